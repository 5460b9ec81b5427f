using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Linda.Core.Triage;

/// <summary>A fact found in a report, and where: a ticked category, or the words of the text that show it.</summary>
public sealed record TriageEvidence(string Fact, string? Category, string? Phrase);

/// <summary>A rule that fired, with the evidence for each of its facts.</summary>
public sealed record TriageReason(TriageRule Rule, IReadOnlyList<TriageEvidence> Evidence)
{
    public string Code => Rule.Code;
    public Urgency Urgency => Rule.Urgency;
    public string Text(string language) => Rule.Text(language);
}

/// <summary>A suggested urgency, the most urgent reason first. The operator confirms or overrides it.</summary>
public sealed record TriageSuggestion(Urgency Urgency, IReadOnlyList<TriageReason> Reasons);

/// <summary>
/// Suggests how urgent a report is from its ticked categories and its free text (English, Kiswahili or mixed).
/// It only ever suggests: the operator decides. When in doubt it leans urgent, because a missed P1 costs more
/// than an operator's minute. Negations ("not locked in") are not understood; the operator sees the evidence.
/// </summary>
public static class TriageEngine
{
    private static readonly FrozenDictionary<string, Regex> Patterns = TriageLexicon.Phrases.ToFrozenDictionary(
        p => p.Key,
        p => new Regex(
            @"(?<![\p{L}\p{N}])(?:" + string.Join("|", p.Value) + @")(?![\p{L}\p{N}])",
            RegexOptions.CultureInvariant | RegexOptions.Compiled,
            TimeSpan.FromSeconds(1)));

    /// <summary>Texts longer than this are read up to this length (the report form allows 4,000 characters).</summary>
    public const int MaxTextLength = 20_000;

    public static TriageSuggestion Suggest(IEnumerable<string>? categories, string? text)
    {
        var evidence = FindFacts(categories, text);
        var reasons = new List<TriageReason>();
        foreach (var rule in TriageRules.All)
        {
            if (rule.AllOf.All(evidence.ContainsKey) && (rule.AnyOf.Length == 0 || rule.AnyOf.Any(evidence.ContainsKey)))
            {
                var used = rule.AllOf.Concat(rule.AnyOf.Where(evidence.ContainsKey)).Select(f => evidence[f]).ToList();
                reasons.Add(new TriageReason(rule, used));
            }
        }
        if (reasons.Count == 0)
        {
            reasons.Add(new TriageReason(TriageRules.NoDangerFound, []));
        }
        // Stable order: most urgent first, then the order of the rule table.
        var ordered = reasons.OrderBy(r => r.Urgency).ToList();
        return new TriageSuggestion(ordered[0].Urgency, ordered);
    }

    private static Dictionary<string, TriageEvidence> FindFacts(IEnumerable<string>? categories, string? text)
    {
        var facts = new Dictionary<string, TriageEvidence>(StringComparer.Ordinal);
        foreach (var category in categories ?? [])
        {
            if (TriageLexicon.FactOfCategory.TryGetValue(category, out var fact))
            {
                facts.TryAdd(fact, new TriageEvidence(fact, category, null));
            }
        }
        if (!string.IsNullOrWhiteSpace(text))
        {
            var normalised = Normalise(text.Length > MaxTextLength ? text[..MaxTextLength] : text);
            foreach (var (fact, pattern) in Patterns)
            {
                if (facts.ContainsKey(fact))
                {
                    continue;
                }
                var match = pattern.Match(normalised);
                if (match.Success)
                {
                    facts[fact] = new TriageEvidence(fact, null, match.Value);
                }
            }
        }
        return facts;
    }

    /// <summary>Lower case, one kind of apostrophe, single spaces.</summary>
    private static string Normalise(string text)
    {
        var lower = text.ToLowerInvariant().Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('`', '\'');
        return WhiteSpace.Replace(lower, " ");
    }

    private static readonly Regex WhiteSpace = new(@"\s+", RegexOptions.Compiled | RegexOptions.CultureInvariant);
}
