using BenchmarkDotNet.Attributes;
using Linda.Core.Matching;
using Linda.Core.Tests.Matching;

namespace Linda.Benchmarks;

/// <summary>
/// One public verification against the real registry (1,294 agencies) and against synthetic registries of 10,000 and
/// 100,000 agencies (the real ones plus generated names), for a mistyped name and a licence number. The baseline is
/// the naive alternative: Jaro-Winkler of the query against every registered name. Its cost grows with the registry;
/// the matcher's must not.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class MatchingBenchmarks
{
    private const string MistypedName = "riverside manpowr";
    private const string LicenceNumber = "ra 2025 10 24";

    private Registry _real = null!;
    private Registry _tenThousand = null!;
    private Registry _hundredThousand = null!;

    [GlobalSetup]
    public void Setup()
    {
        var real = NeaRegistryCsv.Load(NeaRegistryCsv.Today);
        _real = new Registry(real);
        _tenThousand = new Registry(SyntheticRegistry.Generate(real, 10_000, seed: 2026));
        _hundredThousand = new Registry(SyntheticRegistry.Generate(real, 100_000, seed: 2026));
        // A benchmark of a wrong answer would be worthless.
        foreach (var registry in new[] { _real, _tenThousand, _hundredThousand })
        {
            if (registry.Matcher.Verify(AgencyQuery.Parse(MistypedName)).Matches.FirstOrDefault()?.Agency.Name != "RIVERSIDE MANPOWER LIMITED"
                || registry.Matcher.Verify(AgencyQuery.Parse(LicenceNumber)).Matches.FirstOrDefault()?.Agency.LicenceNumber != "RA/2025/10/24")
            {
                throw new InvalidOperationException($"the matcher does not find RIVERSIDE MANPOWER among {registry.Matcher.Count} agencies");
            }
        }
    }

    [Benchmark(Baseline = true)]
    public int LinearScan_Real() => _real.LinearScan(MistypedName);

    [Benchmark]
    public AgencyVerification VerifyMistypedName_Real() => _real.Matcher.Verify(AgencyQuery.Parse(MistypedName));

    [Benchmark]
    public AgencyVerification VerifyLicenceNumber_Real() => _real.Matcher.Verify(AgencyQuery.Parse(LicenceNumber));

    [Benchmark]
    public int LinearScan_10k() => _tenThousand.LinearScan(MistypedName);

    [Benchmark]
    public AgencyVerification VerifyMistypedName_10k() => _tenThousand.Matcher.Verify(AgencyQuery.Parse(MistypedName));

    [Benchmark]
    public AgencyVerification VerifyLicenceNumber_10k() => _tenThousand.Matcher.Verify(AgencyQuery.Parse(LicenceNumber));

    [Benchmark]
    public int LinearScan_100k() => _hundredThousand.LinearScan(MistypedName);

    [Benchmark]
    public AgencyVerification VerifyMistypedName_100k() => _hundredThousand.Matcher.Verify(AgencyQuery.Parse(MistypedName));

    [Benchmark]
    public AgencyVerification VerifyLicenceNumber_100k() => _hundredThousand.Matcher.Verify(AgencyQuery.Parse(LicenceNumber));

    private sealed class Registry(IReadOnlyList<RegistryAgency> agencies)
    {
        private readonly string[] _lowerCaseNames = agencies.Select(a => a.Name.ToLowerInvariant()).ToArray();

        public AgencyMatcher Matcher { get; } = new(agencies);

        /// <summary>Index of the registered name closest to <paramref name="query"/> by Jaro-Winkler.</summary>
        public int LinearScan(string query)
        {
            var best = -1;
            var bestSimilarity = -1.0;
            for (var i = 0; i < _lowerCaseNames.Length; i++)
            {
                var similarity = StringMetrics.JaroWinkler(query, _lowerCaseNames[i]);
                if (similarity > bestSimilarity)
                {
                    bestSimilarity = similarity;
                    best = i;
                }
            }
            return best;
        }
    }
}
