using System.Globalization;
using System.Text.Json;
using Linda.Core.Screening;

namespace Linda.Benchmarks;

/// <summary>
/// Screening throughput per core measured by this thread's own CPU time (Linux /proc), which other processes on a
/// shared machine do not inflate the way they inflate wall-clock benchmarks: the evaluation set's offers and the
/// benchmarks' typical ad, screened and run through just the rule file's regular expressions, after a warm-up long
/// enough for fully optimised code. Run with <c>-- --cpu-time</c>.
/// </summary>
public static class ScreeningCpuTime
{
    public static void Run()
    {
        var corpus = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Screening", "data"), "*.jsonl")
            .SelectMany(File.ReadLines)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!)
            .ToArray();
        var typical = Enumerable.Repeat(ScreeningBenchmarks.TypicalAd, corpus.Length).ToArray();
        var screener = OfferScreener.Default;

        int Regexes(string text)
        {
            var matches = 0;
            foreach (var rule in screener.Rules.Rules)
            {
                if (rule.Matcher is { } matcher)
                {
                    matches += matcher.Count(text);
                }
            }
            return matches;
        }

        int Screen(string text) => screener.Screen(new OfferInput(text)).Score;

        // About 20,000 calls of each: screening code reaches tier-1 after ~10,000 on a busy machine.
        for (var warm = 0; warm < 150; warm++)
        {
            foreach (var text in corpus)
            {
                Regexes(text);
                Screen(text);
            }
        }

        foreach (var (name, texts) in new[] { ($"evaluation set ({corpus.Length} offers, mean {corpus.Average(t => t.Length):F0} chars)", corpus), ("typical ad (~400 chars)", typical) })
        {
            var regexes = BestMicroseconds(texts, Regexes);
            var screen = BestMicroseconds(texts, Screen);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {regexes:F1} µs | {screen:F1} µs | {screen / regexes:F2} | {1_000_000 / screen:F0} |"));
        }
    }

    /// <summary>The least CPU time per text over five rounds of 60 passes (the clock ticks every 10 ms).</summary>
    private static double BestMicroseconds(string[] texts, Func<string, int> work)
    {
        var best = double.MaxValue;
        for (var round = 0; round < 5; round++)
        {
            var start = ThreadCpuMilliseconds();
            for (var pass = 0; pass < 60; pass++)
            {
                foreach (var text in texts)
                {
                    work(text);
                }
            }
            best = Math.Min(best, (ThreadCpuMilliseconds() - start) * 1000 / (60.0 * texts.Length));
        }
        return best;
    }

    /// <summary>User plus system time of the calling thread, from /proc/thread-self/stat (fields 14 and 15, in ticks of 10 ms).</summary>
    private static double ThreadCpuMilliseconds()
    {
        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * 10.0;
    }
}
