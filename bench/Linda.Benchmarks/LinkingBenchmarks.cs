using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Linda.Core.Offers.Linking;
using Linda.Core.Tests.Offers;

namespace Linda.Benchmarks;

/// <summary>
/// Linking synthetic ads into operations (<see cref="SyntheticAds"/>: operations of 2–80 ads sharing phones, e-mails,
/// handles and agency names, noise ads, and a few identifiers quoted in thousands of ads). The baseline is collecting
/// the distinct identifiers in a hash set, which any linker must at least do; the ratio is what counting, the
/// down-weighting, the union-find and the "why linked" explanations add.
/// </summary>
[MemoryDiagnoser]
// One linking of a million ads takes seconds: measure whole runs, without the pilot stage that suits nanoseconds.
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class LinkingBenchmarks
{
    private AdIdentifierKey[][] _ads = null!;

    [Params(100_000, 1_000_000)]
    public int Ads { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _ads = SyntheticAds.Generate(Ads);
        // A benchmark of a wrong answer would be worthless: the hotline must be common and operations must form.
        var links = AdLinker.Link(_ads);
        if (!links.Common.Contains(SyntheticAds.Hotline) || links.GroupCount >= Ads * 9 / 10 || links.GroupCount < Ads / 10)
        {
            throw new InvalidOperationException($"unexpected linking of the synthetic ads: {links.GroupCount} groups");
        }
    }

    [Benchmark(Baseline = true)]
    public int DistinctIdentifiers()
    {
        var distinct = new HashSet<AdIdentifierKey>();
        foreach (var ad in _ads)
        {
            foreach (var key in ad)
            {
                distinct.Add(key);
            }
        }
        return distinct.Count;
    }

    [Benchmark]
    public int Link() => AdLinker.Link(_ads).GroupCount;
}
