namespace Linda.Core.Agencies.Risk;

/// <summary>What one factor did to one agency's score, and why.</summary>
/// <param name="Code">The factor's code (<see cref="RiskModel"/>).</param>
/// <param name="Name">The factor's short name.</param>
/// <param name="Direction">Whether the factor adds or takes off points.</param>
/// <param name="Weight">The most points the factor can add or take off (its cap).</param>
/// <param name="Contribution">Points added (positive) or taken off (negative), to one decimal.</param>
/// <param name="Explanation">One line in English, e.g. "3 verified reports of passport retention in the last 12 months".</param>
public sealed record RiskFactorResult(string Code, string Name, RiskDirection Direction, decimal Weight, decimal Contribution, string Explanation)
{
    /// <summary>The records behind the contribution that an officer can open, heaviest first; empty for factors without any.</summary>
    public IReadOnlyList<RiskEvidence> Evidence { get; init; } = [];
}
