namespace Linda.Core.Screening;

/// <summary>The checker's answer for one offer.</summary>
/// <param name="Risk">Low, medium or high, from the score and the rule file's thresholds.</param>
/// <param name="Score">0–100; never lower when a flag is added; the same text always gives the same score.</param>
/// <param name="Flags">The red flags, heaviest first.</param>
/// <param name="Entities">What was extracted from the offer.</param>
/// <param name="Rules">The rule file that produced the answer (for its next steps).</param>
public sealed record ScreeningResult(RiskLevel Risk, int Score, IReadOnlyList<RedFlag> Flags, OfferEntities Entities, ScreeningRules Rules)
{
    /// <summary>What the person should do next, for this risk, in the language ("sw" or English).</summary>
    public IReadOnlyList<string> NextSteps(string? language) => Rules.NextSteps(Risk, language);
}
