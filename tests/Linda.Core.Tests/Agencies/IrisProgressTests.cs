using Linda.Core.Agencies;

namespace Linda.Core.Tests.Agencies;

public sealed class IrisProgressTests
{
    [Fact]
    public void Count_IncludesAgenciesThatWentFurther_ExceptUnderAssessment()
    {
        IrisStage[] stages =
        [
            IrisStage.Trained, IrisStage.Trained, IrisStage.EnrolledInCapacityBuilding,
            IrisStage.MaturityAssessment, IrisStage.Certified, IrisStage.NotEngaged,
        ];

        IrisProgress.Count(stages).ShouldBe(new IrisCounts(Trained: 5, Enrolled: 3, UnderAssessment: 1, Certified: 1));
    }

    [Fact]
    public void CurrentStage_IsTheFurthestReached_WhateverTheOrder()
    {
        IrisProgress.CurrentStage([]).ShouldBe(IrisStage.NotEngaged);
        IrisProgress.CurrentStage(
        [
            new IrisMilestone { Stage = IrisStage.MaturityAssessment },
            new IrisMilestone { Stage = IrisStage.Trained },
            new IrisMilestone { Stage = IrisStage.EnrolledInCapacityBuilding },
        ]).ShouldBe(IrisStage.MaturityAssessment);
    }
}
