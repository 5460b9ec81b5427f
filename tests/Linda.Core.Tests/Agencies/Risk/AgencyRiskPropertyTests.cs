using Linda.Core.Agencies;
using Linda.Core.Agencies.Risk;
using static Linda.Core.Tests.Agencies.Risk.RiskInputs;

namespace Linda.Core.Tests.Agencies.Risk;

/// <summary>Properties of the score over many random agencies (a fixed seed, so a failure repeats).</summary>
public sealed class AgencyRiskPropertyTests
{
    private const int Cases = 1500;
    private static readonly string?[] Currencies = ["KES", "SAR", "USD", "AED", "QAR", "XYZ", null];

    [Fact]
    public void Score_IsAlwaysWithin0And100_AndItsBandMatches()
    {
        foreach (var (input, _) in Inputs(seed: 1))
        {
            var score = AgencyRisk.Compute(input);

            score.Score.ShouldBeInRange(0, 100);
            score.Band.ShouldBe(RiskModel.BandOf(score.Score));
            score.Points.ShouldBe(score.Factors.Sum(f => f.Contribution));
            score.Factors.ShouldAllBe(f => Math.Abs(f.Contribution) <= f.Weight);
        }
    }

    [Fact]
    public void AddingAComplaintOrAnyReport_NeverLowersTheScore()
    {
        foreach (var (input, random) in Inputs(seed: 2))
        {
            var before = AgencyRisk.Compute(input);
            var complaint = RandomReport(random) with { Status = FeedbackStatus.Verified, Abuse = random.Next(2) == 0, NoLicenceDisplayed = true };
            var any = RandomReport(random);

            var withComplaint = AgencyRisk.Compute(input.WithReports(complaint));
            var withAny = AgencyRisk.Compute(input.WithReports(any));

            withComplaint.Points.ShouldBeGreaterThanOrEqualTo(before.Points);
            withComplaint.Score.ShouldBeGreaterThanOrEqualTo(before.Score);
            withAny.Score.ShouldBeGreaterThanOrEqualTo(before.Score);
        }
    }

    [Fact]
    public void AddingASanctionOrALookalike_NeverLowersTheScore()
    {
        foreach (var (input, random) in Inputs(seed: 3))
        {
            var before = AgencyRisk.Compute(input);

            var sanctioned = AgencyRisk.Compute(input.WithSanctions(RandomSanction(random)));
            var lookalike = AgencyRisk.Compute(input with { LookalikeOf = new RiskLookalike("SYNTHETIC", null, LicenceState.Deregistered, []) });

            sanctioned.Points.ShouldBeGreaterThanOrEqualTo(before.Points);
            sanctioned.Score.ShouldBeGreaterThanOrEqualTo(before.Score);
            lookalike.Score.ShouldBeGreaterThanOrEqualTo(before.Score);
        }
    }

    [Fact]
    public void AddingAFlaggedJobAd_OrConfirmingOrEscalatingOne_NeverLowersTheScore()
    {
        foreach (var (input, random) in Inputs(seed: 7))
        {
            var before = AgencyRisk.Compute(input);
            var added = AgencyRisk.Compute(input.WithAds(RandomAd(random)));
            var reviewed = input.JobAds.Count == 0 ? input : input with
            {
                JobAds = [.. input.JobAds.Select((a, i) => i == 0 ? a with { ConfirmedScam = a.ConfirmedScam || random.Next(2) == 0, Escalated = true } : a)],
            };

            added.Points.ShouldBeGreaterThanOrEqualTo(before.Points);
            added.Score.ShouldBeGreaterThanOrEqualTo(before.Score);
            AgencyRisk.Compute(reviewed).Points.ShouldBeGreaterThanOrEqualTo(before.Points);
        }
    }

    [Fact]
    public void FurtherIrisProgress_NeverRaisesTheScore()
    {
        foreach (var (input, random) in Inputs(seed: 4))
        {
            var before = AgencyRisk.Compute(input);
            var further = (IrisStage)random.Next((int)input.IrisStage, (int)IrisStage.Certified + 1);

            var after = AgencyRisk.Compute(input with { IrisStage = further });

            after.Points.ShouldBeLessThanOrEqualTo(before.Points);
            after.Score.ShouldBeLessThanOrEqualTo(before.Score);
        }
    }

    [Fact]
    public void OlderEvidence_NeverWeighsMore()
    {
        foreach (var (input, random) in Inputs(seed: 5))
        {
            if (input.Feedback.Count == 0)
            {
                continue;
            }
            var days = random.Next(1, 1000);
            var aged = input with
            {
                Feedback = [.. input.Feedback.Select(f => f with { ReceivedOn = f.ReceivedOn.AddDays(-days), HappenedOn = f.HappenedOn?.AddMonths(-(days / 31) - 1) })],
                JobAds = [.. input.JobAds.Select(a => a with { LastSeenOn = a.LastSeenOn.AddDays(-days) })],
            };

            AgencyRisk.Compute(aged).Points.ShouldBeLessThanOrEqualTo(AgencyRisk.Compute(input).Points);
        }
    }

    [Fact]
    public void Score_DoesNotDependOnTheOrderOfReportsAndSanctions()
    {
        foreach (var (input, random) in Inputs(seed: 6))
        {
            var shuffled = input with
            {
                Feedback = [.. input.Feedback.OrderBy(_ => random.Next())],
                Sanctions = [.. input.Sanctions.OrderBy(_ => random.Next())],
                JobAds = [.. input.JobAds.OrderBy(_ => random.Next())],
            };

            var a = AgencyRisk.Compute(input);
            var b = AgencyRisk.Compute(shuffled);

            b.Score.ShouldBe(a.Score);
            b.Factors.Select(f => f.Contribution).ShouldBe(a.Factors.Select(f => f.Contribution));
            b.Factors.Select(f => string.Join(",", f.Evidence.Select(e => e.Id))).ShouldBe(a.Factors.Select(f => string.Join(",", f.Evidence.Select(e => e.Id))));
        }
    }

    private static IEnumerable<(AgencyRiskInput Input, Random Random)> Inputs(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < Cases; i++)
        {
            var input = new AgencyRiskInput
            {
                Today = Today,
                State = (LicenceState)random.Next(5),
                IssuedOn = random.Next(10) == 0 ? null : Today.AddDays(-random.Next(4000)),
                ExpiresOn = random.Next(10) == 0 ? null : Today.AddDays(random.Next(-1200, 800)),
                IrisStage = (IrisStage)random.Next(5),
                IrisStageReachedOn = Today.AddDays(-random.Next(2000)),
                Sanctions = [.. Enumerable.Range(0, random.Next(4) == 0 ? random.Next(1, 4) : 0).Select(_ => RandomSanction(random))],
                Feedback = [.. Enumerable.Range(0, random.Next(9)).Select(_ => RandomReport(random))],
                JobAds = [.. Enumerable.Range(0, random.Next(3) == 0 ? random.Next(1, 5) : 0).Select(_ => RandomAd(random))],
                LookalikeOf = random.Next(5) == 0 ? new RiskLookalike("SYNTHETIC LOOKALIKE LIMITED", "RA/2020/1/1", LicenceState.Suspended, ["name differs by one letter"]) : null,
            };
            yield return (input, random);
        }
    }

    private static RiskJobAd RandomAd(Random random) =>
        new(new Guid(random.Next(), 0, 0, new byte[8]), Today.AddDays(-random.Next(-10, 2000)), random.Next(2) == 0, random.Next(2) == 0);

    private static RiskSanction RandomSanction(Random random)
    {
        var kind = (SanctionKind)random.Next(3);
        var from = Today.AddDays(-random.Next(-30, 3000));
        return new RiskSanction(kind, from, kind == SanctionKind.Suspension && random.Next(2) == 0 ? from.AddDays(random.Next(1, 400)) : null);
    }

    private static RiskFeedback RandomReport(Random random)
    {
        var received = Today.AddDays(-random.Next(-10, 2500));
        bool Flag() => random.Next(10) < 3;
        return new RiskFeedback
        {
            Status = (FeedbackStatus)random.Next(4),
            ReceivedOn = received,
            HappenedOn = random.Next(3) == 0 ? null : new DateOnly(received.Year, received.Month, 1).AddMonths(-random.Next(0, 24)),
            PassportKept = Flag(),
            Abuse = Flag(),
            ContractChanged = Flag(),
            JobDifferent = Flag(),
            NoLicenceDisplayed = Flag(),
            TravelAgencyActingAsRecruiter = Flag(),
            FeesAsked = Flag(),
            FeeAmount = random.Next(3) == 0 ? null : random.Next(1, 300_000),
            FeeCurrency = Currencies[random.Next(Currencies.Length)],
            SalaryPromised = random.Next(3) == 0 ? null : random.Next(1, 100_000),
            SalaryCurrency = Currencies[random.Next(Currencies.Length)],
        };
    }
}
