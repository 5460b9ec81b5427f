using Linda.Core.Agencies;
using Linda.Core.Agencies.Risk;
using static Linda.Core.Tests.Agencies.Risk.RiskInputs;

namespace Linda.Core.Tests.Agencies.Risk;

public sealed class AgencyRiskTests
{
    [Fact]
    public void NothingKnown_ScoresZero_AndListsEveryFactorInTableOrder()
    {
        var score = AgencyRisk.Compute(Agency());

        score.Score.ShouldBe(0);
        score.Band.ShouldBe(RiskBand.Low);
        score.Factors.Select(f => f.Code).ShouldBe(RiskModel.Factors.Select(f => f.Code));
        score.Factors.ShouldAllBe(f => f.Contribution == 0 && f.Explanation.Length > 0);
        score.Factor(RiskModel.Complaints).Explanation.ShouldBe("No verified complaints.");
        score.TopReasons(3).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("abuse", 12)]
    [InlineData("passport", 12)]
    [InlineData("contract", 8)]
    [InlineData("job", 8)]
    [InlineData("fees", 8)]
    [InlineData("nolicence", 4)]
    [InlineData("travel", 4)]
    public void Complaint_CountsByItsMostSevereFinding(string finding, int points)
    {
        var report = Report() with
        {
            Abuse = finding == "abuse",
            PassportKept = finding == "passport",
            ContractChanged = finding == "contract",
            JobDifferent = finding == "job",
            FeesAsked = finding == "fees",
            NoLicenceDisplayed = finding == "nolicence",
            TravelAgencyActingAsRecruiter = finding == "travel",
        };

        AgencyRisk.Compute(Agency().WithReports(report)).Contribution(RiskModel.Complaints).ShouldBe(points);
    }

    [Fact]
    public void Report_WithRatingsOnly_IsNoComplaint()
    {
        var score = AgencyRisk.Compute(Agency().WithReports(Report(), Report(1)));

        score.Score.ShouldBe(0);
        score.Factor(RiskModel.Complaints).Explanation.ShouldBe("No verified complaints.");
    }

    [Fact]
    public void Complaints_AreCappedAndExplained()
    {
        var score = AgencyRisk.Compute(Agency().WithReports(
            Report() with { Abuse = true }, Report(2) with { PassportKept = true }, Report(3) with { ContractChanged = true }, Report(20) with { JobDifferent = true }));

        var complaints = score.Factor(RiskModel.Complaints);
        complaints.Contribution.ShouldBe(30);
        complaints.Weight.ShouldBe(30);
        complaints.Explanation.ShouldBe("4 verified complaints, 2 severe (abuse or a kept passport), 3 in the last 12 months.");
    }

    [Fact]
    public void OneOldComplaint_IsExplainedWithItsMonth()
    {
        var score = AgencyRisk.Compute(Agency().WithReports(Report(18) with { Abuse = true }));

        score.Factor(RiskModel.Complaints).Explanation.ShouldBe("1 verified complaint, severe (abuse or a kept passport), from May 2025.");
    }

    [Theory]
    [InlineData(0, 12.0)]
    [InlineData(12, 6.0)]
    [InlineData(24, 3.0)]
    [InlineData(36, 1.5)]
    public void Complaints_LoseHalfTheirWeightEveryTwelveMonths(int monthsAgo, double expected)
    {
        var report = new RiskFeedback { ReceivedOn = Today.AddDays(-(int)Math.Round(monthsAgo * 365.2425 / 12)), Abuse = true };

        AgencyRisk.Compute(Agency().WithReports(report)).Contribution(RiskModel.Complaints).ShouldBe((decimal)expected);
    }

    [Fact]
    public void Recency_IsMeasuredFromWhenItHappened_NotWhenItWasReported()
    {
        var lateReport = new RiskFeedback { ReceivedOn = Today, HappenedOn = Today.AddDays(-730), PassportKept = true };
        var slip = new RiskFeedback { ReceivedOn = Today, HappenedOn = Today.AddMonths(3), PassportKept = true };

        AgencyRisk.Compute(Agency().WithReports(lateReport)).Contribution(RiskModel.PassportRetention).ShouldBe(2.5m);
        AgencyRisk.Compute(Agency().WithReports(slip)).Contribution(RiskModel.PassportRetention).ShouldBe(10);
    }

    [Theory]
    [InlineData(FeedbackStatus.UnderReview)]
    [InlineData(FeedbackStatus.Rejected)]
    public void ReportsNotVerified_NeverCount(FeedbackStatus status)
    {
        var report = Report(status: status) with { Abuse = true, PassportKept = true, FeesAsked = true };

        var score = AgencyRisk.Compute(Agency() with { IssuedOn = Today.AddYears(-5) }).Score;
        var withReport = AgencyRisk.Compute(Agency().WithReports(report) with { IssuedOn = Today.AddYears(-5) });

        withReport.Score.ShouldBe(score);
        withReport.Contribution(RiskModel.CleanHistory).ShouldBe(-10);
        withReport.Factor(RiskModel.PassportRetention).Explanation.ShouldBe("No verified reports of passport retention.");
    }

    [Fact]
    public void PublishedReports_CountLikeVerifiedOnes()
    {
        var verified = AgencyRisk.Compute(Agency().WithReports(Report() with { PassportKept = true }));
        var published = AgencyRisk.Compute(Agency().WithReports(Report(status: FeedbackStatus.Published) with { PassportKept = true }));

        published.ShouldBeEquivalentTo(verified);
        published.Score.ShouldBe(22);
    }

    [Fact]
    public void PassportRetention_IsExplainedWithRecentAndEarlierReports()
    {
        var recent = Agency().WithReports(Report(1) with { PassportKept = true }, Report(4) with { PassportKept = true }, Report(11) with { PassportKept = true });

        AgencyRisk.Compute(recent).Factor(RiskModel.PassportRetention).Explanation
            .ShouldBe("3 verified reports of passport retention in the last 12 months.");
        AgencyRisk.Compute(recent.WithReports(Report(30) with { PassportKept = true })).Factor(RiskModel.PassportRetention).Explanation
            .ShouldBe("3 verified reports of passport retention in the last 12 months and 1 earlier.");
        AgencyRisk.Compute(Agency().WithReports(Report(30) with { PassportKept = true })).Factor(RiskModel.PassportRetention).Explanation
            .ShouldBe("1 verified report of passport retention, the latest in May 2024.");
    }

    [Fact]
    public void PassportRetention_IsCapped()
    {
        var reports = Enumerable.Range(0, 5).Select(i => Report(i) with { PassportKept = true }).ToArray();

        var score = AgencyRisk.Compute(Agency().WithReports(reports));

        score.Contribution(RiskModel.PassportRetention).ShouldBe(25);
        score.Contribution(RiskModel.Complaints).ShouldBe(30);
        score.Score.ShouldBe(55);
        score.Band.ShouldBe(RiskBand.Medium);
    }

    [Theory]
    [InlineData(30000, "KES", 10000, "KES", 14)] // three months: 2 + 4 × 3
    [InlineData(5000, "KES", 10000, "KES", 4)] // half a month
    [InlineData(90000, "KES", 1000, "SAR", 12.5)] // 90,000 KES ÷ (1,000 × 34.4) = 2.62 months: 2 + 4 × 2.62
    [InlineData(2000, "USD", 1000, "SAR", 18)] // 7.5 months, counted as 4
    [InlineData(30000, "KES", null, null, 6)] // no salary: base weight
    [InlineData(null, null, 1000, "SAR", 6)] // no amount: base weight
    [InlineData(500, "XYZ", 1000, "SAR", 6)] // a currency the table does not know
    public void Fee_IsWeighedAgainstTheSalaryPromised(int? fee, string? feeCurrency, int? salary, string? salaryCurrency, double expected)
    {
        var report = Report() with { FeesAsked = true, FeeAmount = fee, FeeCurrency = feeCurrency, SalaryPromised = salary, SalaryCurrency = salaryCurrency };

        AgencyRisk.Compute(Agency().WithReports(report)).Contribution(RiskModel.Fees).ShouldBe((decimal)expected);
    }

    [Fact]
    public void Fees_AreExplainedWithTheHighestShareOfSalary()
    {
        var score = AgencyRisk.Compute(Agency().WithReports(
            Report() with { FeesAsked = true, FeeAmount = 25000, FeeCurrency = "KES", SalaryPromised = 10000, SalaryCurrency = "KES" },
            Report() with { FeesAsked = true }));
        var unknown = AgencyRisk.Compute(Agency().WithReports(Report() with { FeesAsked = true }));

        score.Factor(RiskModel.Fees).Explanation.ShouldBe("2 verified reports of recruitment fees in the last 12 months; the highest was 2.5 months of the promised salary.");
        unknown.Factor(RiskModel.Fees).Explanation.ShouldBe("1 verified report of recruitment fees in the last 12 months; the fee could not be compared with a salary.");
        score.Contribution(RiskModel.Fees).ShouldBe(18); // 2 + 4 × 2.5, plus 6
    }

    [Fact]
    public void MonthsOfSalary_ConvertsThroughKenyaShillings()
    {
        ApproximateKesRates.MonthsOfSalary(34400, "KES", 1000, "SAR")!.Value.ShouldBe(1.0, 1e-9);
        ApproximateKesRates.MonthsOfSalary(1000, "sar", 1000, "SAR ")!.Value.ShouldBe(1.0, 1e-9);
        ApproximateKesRates.MonthsOfSalary(100, "ABC", 50, "ABC")!.Value.ShouldBe(2.0, 1e-9);
        ApproximateKesRates.MonthsOfSalary(100, "KES", 0, "KES").ShouldBeNull();
        ApproximateKesRates.MonthsOfSalary(100, "KES", 50, "ABC").ShouldBeNull();
        ApproximateKesRates.MonthsOfSalary(-5, "KES", 50, "KES").ShouldBeNull();
    }

    [Fact]
    public void RecruitingInAMonthAfterTheExpiry_Counts_TheMonthOfTheExpiryDoesNot()
    {
        var expired = Agency() with { State = LicenceState.Expired, ExpiresOn = new DateOnly(2026, 6, 15) };
        var sameMonth = new RiskFeedback { ReceivedOn = Today, HappenedOn = new DateOnly(2026, 6, 1) };
        var after = new RiskFeedback { ReceivedOn = Today, HappenedOn = new DateOnly(2026, 9, 1) };
        var noMonth = new RiskFeedback { ReceivedOn = Today };

        AgencyRisk.Compute(expired.WithReports(sameMonth, noMonth)).Contribution(RiskModel.RecruitingAfterExpiry).ShouldBe(0);
        var score = AgencyRisk.Compute(expired.WithReports(after));
        score.Contribution(RiskModel.RecruitingAfterExpiry).ShouldBe(10.2m); // 12, faded over the 88 days since 1 Sep
        score.Factor(RiskModel.RecruitingAfterExpiry).Explanation
            .ShouldBe("1 verified report of recruiting after the licence expired on 15 Jun 2026, the latest in Sep 2026.");
        AgencyRisk.Compute(expired.WithReports(after, after, after)).Contribution(RiskModel.RecruitingAfterExpiry).ShouldBe(20);
    }

    [Fact]
    public void LookalikeOfASanctionedAgency_AddsItsWeight_AndExplainsWhichAndWhy()
    {
        var input = Agency() with
        {
            LookalikeOf = new RiskLookalike("SYNTHETIC RIVERVIEW MANPOWER LIMITED", "RA/2020/1/1", LicenceState.Deregistered, ["name differs by one letter"]),
        };

        var factor = AgencyRisk.Compute(input).Factor(RiskModel.LookalikeOfSanctioned);

        factor.Contribution.ShouldBe(10);
        factor.Explanation.ShouldBe("The name closely resembles SYNTHETIC RIVERVIEW MANPOWER LIMITED (RA/2020/1/1), which is deregistered: name differs by one letter.");
    }

    [Fact]
    public void Sanctions_DeregistrationAndSuspensionInForceDoNotFade_WarningsAndLiftedSuspensionsDo()
    {
        var deregistered = Agency().WithSanctions(new RiskSanction(SanctionKind.Deregistration, Today.AddYears(-5)));
        var suspended = Agency().WithSanctions(new RiskSanction(SanctionKind.Suspension, Today.AddYears(-3)));
        var lifted = Agency().WithSanctions(new RiskSanction(SanctionKind.Suspension, Today.AddYears(-3), Today.AddDays(-730)));
        var warned = Agency().WithSanctions(new RiskSanction(SanctionKind.Warning, Today.AddDays(-730)));

        AgencyRisk.Compute(deregistered).Contribution(RiskModel.Sanctions).ShouldBe(40);
        AgencyRisk.Compute(suspended).Contribution(RiskModel.Sanctions).ShouldBe(25);
        AgencyRisk.Compute(lifted).Contribution(RiskModel.Sanctions).ShouldBe(12.5m);
        AgencyRisk.Compute(warned).Contribution(RiskModel.Sanctions).ShouldBe(5);
    }

    [Fact]
    public void Sanctions_AreCappedAndListedNewestFirst()
    {
        var input = Agency().WithSanctions(
            new RiskSanction(SanctionKind.Warning, new DateOnly(2025, 3, 12)),
            new RiskSanction(SanctionKind.Deregistration, new DateOnly(2026, 11, 1)),
            new RiskSanction(SanctionKind.Suspension, new DateOnly(2025, 6, 1), new DateOnly(2025, 9, 30)));

        var factor = AgencyRisk.Compute(input).Factor(RiskModel.Sanctions);

        factor.Contribution.ShouldBe(45);
        factor.Explanation.ShouldBe("Deregistered from 1 Nov 2026; suspended 1 Jun 2025 to 30 Sep 2025; warned on 12 Mar 2025.");
    }

    [Fact]
    public void IrisProgress_TakesOffMoreAtEachStage()
    {
        var input = Agency().WithReports(Report() with { Abuse = true }, Report() with { Abuse = true });
        var scores = Enum.GetValues<IrisStage>().Select(stage => AgencyRisk.Compute(input with { IrisStage = stage })).ToList();

        scores.Select(s => s.Contribution(RiskModel.IrisProgress)).ShouldBe([0m, -3m, -6m, -10m, -15m]);
        scores.Select(s => s.Score).ShouldBe([24, 21, 18, 14, 9]);
        AgencyRisk.Compute(input with { IrisStage = IrisStage.Certified, IrisStageReachedOn = new DateOnly(2026, 3, 12) })
            .Factor(RiskModel.IrisProgress).Explanation.ShouldBe("IRIS: certified since 12 Mar 2026.");
    }

    [Fact]
    public void CleanHistory_NeedsThreeLicensedYearsWithoutComplaintsOrSanctions()
    {
        var clean = Agency() with { IssuedOn = new DateOnly(2019, 5, 7) };

        var score = AgencyRisk.Compute(clean);
        score.Contribution(RiskModel.CleanHistory).ShouldBe(-10);
        score.Factor(RiskModel.CleanHistory).Explanation.ShouldBe("Licensed since 7 May 2019 (7 years) with no verified complaint, no sanction and no flagged job ad.");
        AgencyRisk.Compute(clean.WithReports(Report())).Contribution(RiskModel.CleanHistory).ShouldBe(-10); // ratings only
        AgencyRisk.Compute(clean with { IssuedOn = Today.AddYears(-3).AddDays(1) }).Contribution(RiskModel.CleanHistory).ShouldBe(0);
        AgencyRisk.Compute(clean with { State = LicenceState.Expired }).Factor(RiskModel.CleanHistory).Explanation
            .ShouldBe("Does not apply: not licensed today (expired).");
        AgencyRisk.Compute(clean.WithReports(Report(60) with { NoLicenceDisplayed = true })).Factor(RiskModel.CleanHistory).Explanation
            .ShouldBe("Does not apply: has verified complaints.");
        AgencyRisk.Compute(clean.WithSanctions(new RiskSanction(SanctionKind.Warning, new DateOnly(2020, 1, 1)))).Contribution(RiskModel.CleanHistory).ShouldBe(0);
        AgencyRisk.Compute(clean.WithAds(Ad(40, escalated: true))).Factor(RiskModel.CleanHistory).Explanation
            .ShouldBe("Does not apply: has job ads confirmed as scams or escalated.");
        AgencyRisk.Compute(clean.WithAds(Ad(0, confirmed: false, escalated: false))).Contribution(RiskModel.CleanHistory).ShouldBe(-10);
    }

    [Fact]
    public void JobAds_NobodyReviewed_DoNotCount()
    {
        var score = AgencyRisk.Compute(Agency().WithAds(Ad(0, confirmed: false, escalated: false), Ad(1, confirmed: false, escalated: false)));

        score.Score.ShouldBe(0);
        var factor = score.Factor(RiskModel.FlaggedJobAds);
        factor.Contribution.ShouldBe(0);
        factor.Evidence.ShouldBeEmpty();
        factor.Explanation.ShouldBe("No monitored job ads linked to the agency were confirmed as scams or escalated by an officer.");
    }

    [Theory]
    [InlineData(true, false, 10)]
    [InlineData(false, true, 6)]
    [InlineData(true, true, 10)]
    public void JobAd_CountsOnceByItsHeavierFinding(bool confirmed, bool escalated, int points) =>
        AgencyRisk.Compute(Agency().WithAds(Ad(0, confirmed, escalated))).Contribution(RiskModel.FlaggedJobAds).ShouldBe(points);

    [Theory]
    [InlineData(0, 10.0)]
    [InlineData(12, 5.0)]
    [InlineData(24, 2.5)]
    public void JobAds_FadeFromTheLastDayTheyWereSeen(int monthsAgo, double expected) =>
        AgencyRisk.Compute(Agency().WithAds(Ad(monthsAgo))).Contribution(RiskModel.FlaggedJobAds).ShouldBe((decimal)expected, 0.1m);

    [Fact]
    public void JobAds_AreCappedExplainedWithCounts_AndListedAsEvidenceHeaviestFirst()
    {
        var escalated = Ad(2, confirmed: false, escalated: true);
        var oldConfirmed = Ad(20);
        var recentConfirmed = Ad(1, confirmed: true, escalated: true);
        var latest = Ad(0);
        var score = AgencyRisk.Compute(Agency().WithAds(escalated, oldConfirmed, recentConfirmed, latest, Ad(0, confirmed: false, escalated: false)));

        var factor = score.Factor(RiskModel.FlaggedJobAds);
        factor.Contribution.ShouldBe(20);
        factor.Weight.ShouldBe(20);
        factor.Explanation.ShouldBe("4 monitored job ads: 3 confirmed as scams, 1 escalated by an officer; 3 seen in the last 12 months.");
        factor.Evidence.Select(e => e.Id).ShouldBe([latest.Id, recentConfirmed.Id, oldConfirmed.Id, escalated.Id]);
        factor.Evidence.ShouldAllBe(e => e.Kind == RiskEvidence.JobAd);
        factor.Evidence.Select(e => e.Label).ShouldBe(
            ["Confirmed scam, last seen 28 Nov 2026", "Confirmed scam, escalated, last seen 28 Oct 2026", "Confirmed scam, last seen 28 Mar 2025", "Escalated, last seen 28 Sep 2026"]);
        score.Factors.Where(f => f.Code != RiskModel.FlaggedJobAds).ShouldAllBe(f => f.Evidence.Count == 0);
    }

    [Fact]
    public void OneOldJobAd_IsExplainedWithTheMonthItWasLastSeen()
    {
        var score = AgencyRisk.Compute(Agency().WithAds(Ad(18, confirmed: false, escalated: true)));

        score.Factor(RiskModel.FlaggedJobAds).Explanation.ShouldBe("1 monitored job ad: 1 escalated by an officer; last seen in May 2025.");
    }

    [Fact]
    public void Score_IsKeptWithin0And100_ButPointsStillOrderTheWorst()
    {
        var worst = Agency().WithSanctions(new RiskSanction(SanctionKind.Deregistration, Today.AddMonths(-1)))
            .WithReports([.. Enumerable.Range(0, 4).Select(_ => Report() with { Abuse = true, PassportKept = true, FeesAsked = true })]);
        var best = Agency() with { IssuedOn = Today.AddYears(-8), IrisStage = IrisStage.Certified };

        var high = AgencyRisk.Compute(worst);
        var low = AgencyRisk.Compute(best);

        high.Score.ShouldBe(100);
        high.Band.ShouldBe(RiskBand.High);
        high.Points.ShouldBe(30 + 25 + 20 + 40);
        low.Score.ShouldBe(0);
        low.Points.ShouldBe(-25);
        high.TopReasons(2).Select(f => f.Code).ShouldBe([RiskModel.Sanctions, RiskModel.Complaints]);
    }

    [Theory]
    [InlineData(0, RiskBand.Low)]
    [InlineData(29, RiskBand.Low)]
    [InlineData(30, RiskBand.Medium)]
    [InlineData(59, RiskBand.Medium)]
    [InlineData(60, RiskBand.High)]
    [InlineData(100, RiskBand.High)]
    public void Bands_FollowTheThresholds(int score, RiskBand band) => RiskModel.BandOf(score).ShouldBe(band);

    [Fact]
    public void RiskModel_EveryFactorHasACodeAPositiveCapAndWeights()
    {
        RiskModel.Factors.Select(f => f.Code).ShouldBeUnique();
        RiskModel.Factors.ShouldAllBe(f => f.Cap > 0 && f.Weights.Count > 0 && f.Weights.All(w => w.Value > 0) && f.Description.Length > 0);
        RiskModel.Find("nonsense").ShouldBeNull();
    }
}
