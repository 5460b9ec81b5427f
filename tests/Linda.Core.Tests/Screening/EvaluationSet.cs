using System.Text.Json;

namespace Linda.Core.Tests.Screening;

/// <summary>One labelled offer of the evaluation set (Screening/data, see its README).</summary>
public sealed record LabelledOffer(string Id, bool IsScam, string Language, string Text);

public static class EvaluationSet
{
    public const string Development = "offers-dev.jsonl";
    public const string HeldOut = "offers-heldout.jsonl";

    public static IReadOnlyList<LabelledOffer> Load(string file) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Screening", "data", file))
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line =>
            {
                var item = JsonDocument.Parse(line).RootElement;
                var label = item.GetProperty("label").GetString();
                label.ShouldBeOneOf("scam", "genuine");
                return new LabelledOffer(item.GetProperty("id").GetString()!, label == "scam", item.GetProperty("lang").GetString()!, item.GetProperty("text").GetString()!);
            })
            .ToList();
}
