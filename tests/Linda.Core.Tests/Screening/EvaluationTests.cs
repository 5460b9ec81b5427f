using System.Globalization;
using System.Text;
using Linda.Core.Screening;
using Xunit.Abstractions;

namespace Linda.Core.Tests.Screening;

/// <summary>
/// Precision, recall and ROC AUC of the checker on the labelled development and held-out sets, with modest floors on the
/// held-out set. With LINDA_SCREENING_REPORT=&lt;path to docs/perf.md&gt; it rewrites that file's screening section:
/// <c>LINDA_SCREENING_REPORT=$PWD/docs/perf.md dotnet test tests/Linda.Core.Tests --filter "FullyQualifiedName~Screening.EvaluationTests"</c>.
/// </summary>
public sealed class EvaluationTests(ITestOutputHelper output)
{
    public const string ReportVariable = "LINDA_SCREENING_REPORT";
    private const string Start = "<!-- screening:start -->";
    private const string End = "<!-- screening:end -->";

    public sealed record Quality(string Name, int Offers, int Scams, int Genuine, int TruePositives, int FalsePositives, double Precision, double Recall, double RocAuc);

    [Fact]
    public void Sets_AreLargeEnough_Balanced_AndDisjoint()
    {
        var development = EvaluationSet.Load(EvaluationSet.Development);
        var heldOut = EvaluationSet.Load(EvaluationSet.HeldOut);

        (development.Count + heldOut.Count).ShouldBeGreaterThanOrEqualTo(120);
        foreach (var set in new[] { development, heldOut })
        {
            set.Count(o => o.IsScam).ShouldBeGreaterThan(set.Count / 3);
            set.Count(o => !o.IsScam).ShouldBeGreaterThan(set.Count / 3);
            set.Select(o => o.Id).ShouldBeUnique();
            set.Select(o => o.Language).Distinct().ShouldBe(["en", "sw", "mix"], ignoreOrder: true);
        }
        development.Select(o => o.Text).Intersect(heldOut.Select(o => o.Text)).ShouldBeEmpty();
    }

    [Fact]
    public void HeldOut_MeetsTheFloors_AndTheFiguresAreReported()
    {
        var development = Measure("development (rules tuned on it)", EvaluationSet.Load(EvaluationSet.Development));
        var heldOut = Measure("held out (never tuned on)", EvaluationSet.Load(EvaluationSet.HeldOut));
        var report = Report([development, heldOut]);
        output.WriteLine(report);

        heldOut.Precision.ShouldBeGreaterThanOrEqualTo(0.8);
        heldOut.Recall.ShouldBeGreaterThanOrEqualTo(0.7);
        heldOut.RocAuc.ShouldBeGreaterThanOrEqualTo(0.85);

        if (Environment.GetEnvironmentVariable(ReportVariable) is { Length: > 0 } path)
        {
            var document = File.ReadAllText(path);
            var start = document.IndexOf(Start, StringComparison.Ordinal);
            var end = document.IndexOf(End, StringComparison.Ordinal);
            (start >= 0 && end > start).ShouldBeTrue($"{path} has no {Start} … {End} section");
            File.WriteAllText(path, document[..(start + Start.Length)] + "\n" + report + document[end..]);
        }
    }

    [Fact]
    public void RocAuc_CountsTiesAsHalf()
    {
        RocAuc([(true, 80), (false, 10)]).ShouldBe(1.0);
        RocAuc([(true, 10), (false, 80)]).ShouldBe(0.0);
        RocAuc([(true, 50), (false, 50)]).ShouldBe(0.5);
        RocAuc([(true, 80), (true, 50), (false, 50), (false, 0)]).ShouldBe(0.875);
    }

    public static Quality Measure(string name, IReadOnlyList<LabelledOffer> offers)
    {
        var scored = offers.Select(o => (o.IsScam, Result: OfferScreener.Default.Screen(new OfferInput(o.Text)))).ToList();
        var flagged = scored.Where(s => s.Result.Risk >= RiskLevel.Medium).ToList();
        var truePositives = flagged.Count(s => s.IsScam);
        var scams = offers.Count(o => o.IsScam);
        return new Quality(
            name, offers.Count, scams, offers.Count - scams, truePositives, flagged.Count - truePositives,
            flagged.Count == 0 ? 0 : (double)truePositives / flagged.Count,
            scams == 0 ? 0 : (double)truePositives / scams,
            RocAuc(scored.Select(s => (s.IsScam, s.Result.Score)).ToList()));
    }

    /// <summary>The chance that a random scam scores above a random genuine offer (Mann-Whitney), ties counting half.</summary>
    public static double RocAuc(IReadOnlyList<(bool IsScam, int Score)> scored)
    {
        var scams = scored.Where(s => s.IsScam).Select(s => s.Score).ToList();
        var genuine = scored.Where(s => !s.IsScam).Select(s => s.Score).ToList();
        var wins = scams.Sum(p => genuine.Sum(n => p > n ? 1.0 : p == n ? 0.5 : 0.0));
        return wins / (scams.Count * (double)genuine.Count);
    }

    private static string Report(IEnumerable<Quality> sets)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Rule file version {ScreeningRules.Default.Version}; offers screened without a registry; \"flagged\" means risk medium or high (score ≥ {ScreeningRules.Default.MediumThreshold}).");
        text.AppendLine();
        text.AppendLine("| set | offers | scams | genuine | flagged scams | flagged genuine | precision | recall | ROC AUC |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var q in sets)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {q.Name} | {q.Offers} | {q.Scams} | {q.Genuine} | {q.TruePositives} | {q.FalsePositives} | {q.Precision:0.000} | {q.Recall:0.000} | {q.RocAuc:0.000} |");
        }
        return text.ToString();
    }
}
