using System.Text.RegularExpressions;

namespace Linda.Core.Screening;

/// <summary>One red flag of the rule file (Screening/rules.json): what it is called, how much it weighs, and how it is found.</summary>
public sealed class ScreeningRule
{
    /// <summary>Stable code for API clients and officers, e.g. "visit-visa".</summary>
    public required string Code { get; init; }

    /// <summary>The severity the flag has when it fires (the fee rule raises it with the fee's size).</summary>
    public required Severity Severity { get; init; }

    /// <summary>The chance, 0..1, that this flag alone means a dangerous offer (the fee rule raises it with the fee's size).</summary>
    public required double Weight { get; init; }

    public required RuleDetector Detector { get; init; }

    /// <summary>Whether a negation ("do not", "usi-", "hakuna") before a match in the same clause cancels it.</summary>
    public required bool Negatable { get; init; }

    /// <summary>A short title for a job seeker.</summary>
    public required LocalisedText Title { get; init; }

    /// <summary>One sentence for a job seeker: why this is a warning sign.</summary>
    public required LocalisedText Explanation { get; init; }

    /// <summary>A template for the figures behind a computed flag ("{fee}", "{months}"), if the rule has one.</summary>
    public LocalisedText? Detail { get; init; }

    public required IReadOnlyList<string> PatternsEn { get; init; }

    public required IReadOnlyList<string> PatternsSw { get; init; }

    /// <summary>Offers on which the rule must fire (the tests check each one).</summary>
    public required IReadOnlyList<string> ExamplesEn { get; init; }

    public required IReadOnlyList<string> ExamplesSw { get; init; }

    /// <summary>Offers on which the rule must not fire.</summary>
    public required IReadOnlyList<string> CounterExamplesEn { get; init; }

    public required IReadOnlyList<string> CounterExamplesSw { get; init; }

    /// <summary>The patterns of both languages as one expression (null when the rule has none), run without backtracking.</summary>
    public Regex? Matcher { get; init; }
}
