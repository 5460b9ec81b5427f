using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Linda.Core.Matching;
using Linda.Core.Screening;
using Linda.Core.Tests.Matching;

namespace Linda.Benchmarks;

/// <summary>
/// Screening job offers: a typical WhatsApp-style ad (~400 characters) and a long one (2,000 characters), without
/// and with the real registry (1,294 agencies), and the 152 varied offers of the evaluation set (one operation screens
/// them all). The baseline of each group is running just the rule file's regular expressions over the same text, so
/// the ratio is what extraction, negation, scoring and agency checks add to them.
/// </summary>
[MemoryDiagnoser]
// Longer warm-up than the other benchmarks' short runs: screening code needs ~10,000 calls to reach fully optimised
// (tier-1) code on a busy machine, where the regular expression engine's own code is precompiled.
[SimpleJob(launchCount: 1, warmupCount: 20, iterationCount: 5)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ScreeningBenchmarks
{
    internal const string TypicalAd =
        "🇸🇦 URGENT!! HOUSEMAIDS NEEDED IN RIYADH, SAUDI ARABIA 🇸🇦 Salary SAR 1,500 per month + food & accommodation. "
        + "Requirements: age 21-40, passport, no experience needed. Registration fee Ksh 35,000 payable before the interview "
        + "to secure your slot. Travel on visit visa, work permit on arrival. Only 5 slots left, travel next week! "
        + "WhatsApp 0712 345 678 or call zero seven two two three four five six seven eight. Kazi Bora Recruitment Agency.";

    private static readonly string LongAd = BuildLongAd();

    private readonly OfferScreener _screener = OfferScreener.Default;
    private AgencyMatcher _registry = null!;
    private OfferInput _typical = null!;
    private OfferInput _long = null!;
    private string[] _corpus = null!;

    [GlobalSetup]
    public void Setup()
    {
        _registry = new AgencyMatcher(NeaRegistryCsv.Load(NeaRegistryCsv.Today));
        _typical = new OfferInput(TypicalAd);
        _long = new OfferInput(LongAd);
        _corpus = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Screening", "data"), "*.jsonl")
            .SelectMany(File.ReadLines)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!)
            .ToArray();
        // A benchmark of a wrong answer would be worthless.
        if (_screener.Screen(_typical).Risk != RiskLevel.High || _screener.Screen(_long).Risk != RiskLevel.High
            || !_screener.Screen(_typical, _registry).Flags.Any(f => f.Code == "agency-not-licensed"))
        {
            throw new InvalidOperationException("the screener does not flag the benchmark ads as expected");
        }
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Typical ad (~400 chars)")]
    public int RegexesOnly_Typical() => RunRegexes(TypicalAd);

    [Benchmark]
    [BenchmarkCategory("Typical ad (~400 chars)")]
    public ScreeningResult Screen_Typical() => _screener.Screen(_typical);

    [Benchmark]
    [BenchmarkCategory("Typical ad (~400 chars)")]
    public ScreeningResult Screen_Typical_WithRegistry() => _screener.Screen(_typical, _registry);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Long ad (2,000 chars)")]
    public int RegexesOnly_Long() => RunRegexes(LongAd);

    [Benchmark]
    [BenchmarkCategory("Long ad (2,000 chars)")]
    public ScreeningResult Screen_Long() => _screener.Screen(_long);

    [Benchmark]
    [BenchmarkCategory("Long ad (2,000 chars)")]
    public ScreeningResult Screen_Long_WithRegistry() => _screener.Screen(_long, _registry);

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Evaluation set (152 offers)")]
    public int RegexesOnly_EvaluationSet()
    {
        var matches = 0;
        foreach (var text in _corpus)
        {
            matches += RunRegexes(text);
        }
        return matches;
    }

    [Benchmark]
    [BenchmarkCategory("Evaluation set (152 offers)")]
    public int Screen_EvaluationSet()
    {
        var score = 0;
        foreach (var text in _corpus)
        {
            score += _screener.Screen(new OfferInput(text)).Score;
        }
        return score;
    }

    /// <summary>Every rule's patterns over the text, counting matches: the least any rule-based checker must do.</summary>
    private int RunRegexes(string text)
    {
        var matches = 0;
        foreach (var rule in _screener.Rules.Rules)
        {
            if (rule.Matcher is { } matcher)
            {
                matches += matcher.Count(text);
            }
        }
        return matches;
    }

    private static string BuildLongAd()
    {
        const string body =
            "JOB OPPORTUNITIES IN THE GULF. We are recruiting on behalf of a reputable company in Dubai, United Arab Emirates, "
            + "and a hotel group in Doha, Qatar. Positions: cleaners, waiters, security guards, drivers and kitchen helpers. "
            + "Salary AED 2,500 to AED 4,000 per month depending on the position, plus accommodation, transport and medical cover. "
            + "Duty hours: 8 to 10 hours a day with overtime paid. Contract: two years, renewable. "
            + "Requirements: age 21 to 40, a valid passport with at least two years left, KCSE certificate, good conduct certificate. "
            + "Experience is an added advantage but not a must. Interviews will be held in Nairobi and Mombasa. "
            + "Processing: medical KES 8,000, visa processing KES 55,000 payable in advance, the balance deducted from your salary. "
            + "Your passport will be kept by the office until departure. Limited slots, apply today. "
            + "Send your CV, a copy of your ID and passport to jobs.gulf.recruit@example.com or WhatsApp +254 712 345 678. "
            + "Office: Kenyatta Avenue, Nairobi, 3rd floor. Licence RA/2025/10/24. ";
        var text = body;
        while (text.Length < 2_000)
        {
            text += body;
        }
        return text[..2_000];
    }
}
