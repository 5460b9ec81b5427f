using BenchmarkDotNet.Attributes;
using Linda.Core.Agencies;
using Linda.Core.Agencies.Risk;
using Linda.Core.Matching;
using Linda.Core.Tests.Matching;

namespace Linda.Benchmarks;

/// <summary>
/// The risk of every agency, as the watchlist computes it after loading the data: the real registry (1,294
/// agencies) and a synthetic one of 100,000, each with deterministic synthetic feedback (about two reports per
/// agency, most verified), warnings on 2% of agencies, 40 agencies deregistered or suspended (a few, as the look-alike
/// factor expects) and IRIS progress on 10%. The baseline is what the registry page already does for every agency:
/// compute its licence state from expiry and sanctions. The look-alike pass is measured uncached: the web app
/// remembers its answers until the sanctioned agencies or an agency's names change.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class RiskBenchmarks
{
    private const int Sanctioned = 40;
    private static readonly string?[] Currencies = ["KES", "SAR", "USD", "QAR", "AED", null];

    private Scenario _real = null!;
    private Scenario _hundredThousand = null!;

    [GlobalSetup]
    public void Setup()
    {
        var real = NeaRegistryCsv.Load(NeaRegistryCsv.Today);
        _real = new Scenario(real, seed: 2026);
        _hundredThousand = new Scenario(SyntheticRegistry.Generate(real, 100_000, seed: 2026), seed: 2026);
        // A benchmark of a wrong answer would be worthless.
        foreach (var scenario in new[] { _real, _hundredThousand })
        {
            var scores = scenario.ScoreAll();
            if (scores.Count(s => s.Score > 0) < scores.Length / 4 || scenario.Lookalikes.Count == 0)
            {
                throw new InvalidOperationException($"the synthetic feedback gives too few scores above zero among {scores.Length} agencies");
            }
        }
    }

    [Benchmark(Baseline = true)]
    public int LicenceStates_Real() => _real.LicenceStates();

    [Benchmark]
    public AgencyRiskScore[] ScoreAll_Real() => _real.ScoreAll();

    [Benchmark]
    public int LookalikesOfSanctioned_Real() => _real.FindLookalikes();

    [Benchmark]
    public int LicenceStates_100k() => _hundredThousand.LicenceStates();

    [Benchmark]
    public AgencyRiskScore[] ScoreAll_100k() => _hundredThousand.ScoreAll();

    [Benchmark]
    public int LookalikesOfSanctioned_100k() => _hundredThousand.FindLookalikes();

    private sealed class Scenario
    {
        private readonly RegistryAgency[] _agencies;
        private readonly AgencyRiskInput[] _inputs;
        private readonly AgencySanction[][] _sanctions;

        public Scenario(IReadOnlyList<RegistryAgency> registry, int seed)
        {
            var random = new Random(seed);
            var today = NeaRegistryCsv.Today;
            _agencies = [.. registry];
            _sanctions = new AgencySanction[_agencies.Length][];
            _inputs = new AgencyRiskInput[_agencies.Length];
            var struckOff = Enumerable.Range(0, _agencies.Length).OrderBy(_ => random.Next()).Take(Sanctioned).ToHashSet();
            for (var i = 0; i < _agencies.Length; i++)
            {
                var sanctions = struckOff.Contains(i)
                    ? new[] { new RiskSanction(random.Next(2) == 0 ? SanctionKind.Deregistration : SanctionKind.Suspension, today.AddDays(-random.Next(1500))) }
                    : random.Next(100) < 2 ? [new RiskSanction(SanctionKind.Warning, today.AddDays(-random.Next(1500)))] : [];
                _sanctions[i] = [.. sanctions.Select(s => new AgencySanction { Kind = s.Kind, EffectiveOn = s.EffectiveOn, Reason = "synthetic" })];
                var state = LicenceValidity.Compute(_agencies[i].ValidUntil, _sanctions[i], today);
                _agencies[i] = _agencies[i] with { State = state };
                _inputs[i] = new AgencyRiskInput
                {
                    Today = today,
                    State = state,
                    IssuedOn = _agencies[i].ValidUntil?.AddYears(-random.Next(1, 8)),
                    ExpiresOn = _agencies[i].ValidUntil,
                    Sanctions = sanctions,
                    IrisStage = random.Next(10) == 0 ? (IrisStage)random.Next(1, 5) : IrisStage.NotEngaged,
                    Feedback = [.. Enumerable.Range(0, random.Next(5)).Select(_ => Report(random, today))],
                };
            }
            Lookalikes = new SanctionedLookalikes(_agencies);
        }

        public SanctionedLookalikes Lookalikes { get; }

        public int LicenceStates()
        {
            var licensed = 0;
            for (var i = 0; i < _agencies.Length; i++)
            {
                licensed += LicenceValidity.Compute(_inputs[i].ExpiresOn, _sanctions[i], _inputs[i].Today) == LicenceState.Licensed ? 1 : 0;
            }
            return licensed;
        }

        public AgencyRiskScore[] ScoreAll()
        {
            var scores = new AgencyRiskScore[_inputs.Length];
            for (var i = 0; i < _inputs.Length; i++)
            {
                scores[i] = AgencyRisk.Compute(_inputs[i]);
            }
            return scores;
        }

        public int FindLookalikes()
        {
            var found = 0;
            foreach (var agency in _agencies)
            {
                found += Lookalikes.Find(agency.Id, agency.Name) is null ? 0 : 1;
            }
            return found;
        }

        private static RiskFeedback Report(Random random, DateOnly today)
        {
            var received = today.AddDays(-random.Next(1100));
            bool Flag(int percent) => random.Next(100) < percent;
            return new RiskFeedback
            {
                Status = random.Next(10) switch { < 6 => FeedbackStatus.Verified, < 8 => FeedbackStatus.Published, 8 => FeedbackStatus.UnderReview, _ => FeedbackStatus.Rejected },
                ReceivedOn = received,
                HappenedOn = Flag(70) ? new DateOnly(received.Year, received.Month, 1).AddMonths(-random.Next(12)) : null,
                PassportKept = Flag(15),
                Abuse = Flag(10),
                ContractChanged = Flag(20),
                JobDifferent = Flag(20),
                NoLicenceDisplayed = Flag(10),
                TravelAgencyActingAsRecruiter = Flag(5),
                FeesAsked = Flag(35),
                FeeAmount = Flag(70) ? random.Next(5_000, 200_000) : null,
                FeeCurrency = Currencies[random.Next(Currencies.Length)],
                SalaryPromised = Flag(60) ? random.Next(800, 60_000) : null,
                SalaryCurrency = Currencies[random.Next(Currencies.Length)],
            };
        }
    }
}
