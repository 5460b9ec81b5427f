namespace Linda.Core.Agencies.Risk;

/// <summary>
/// One factor of the risk model as officers read it on "How the risk score works": what counts, how much each
/// piece of evidence is worth (<see cref="Weights"/>), the most it can add or take off (<see cref="Cap"/>) and how
/// fast old evidence fades (<see cref="HalfLifeMonths"/>).
/// </summary>
/// <param name="Code">Stable identifier, used in filters and CSV columns.</param>
/// <param name="Name">Short English name.</param>
/// <param name="Direction">Adds points or takes them off.</param>
/// <param name="Cap">The most points this factor can add (or take off).</param>
/// <param name="HalfLifeMonths">Evidence this many months old counts half; null when it does not fade.</param>
/// <param name="Weights">Points per piece of evidence, by kind.</param>
/// <param name="Description">What counts, in one or two sentences.</param>
public sealed record RiskFactorDefinition(
    string Code,
    string Name,
    RiskDirection Direction,
    decimal Cap,
    double? HalfLifeMonths,
    IReadOnlyList<RiskWeight> Weights,
    string Description)
{
    public decimal Weight(string key) =>
        Weights.FirstOrDefault(w => w.Key == key)?.Value ?? throw new KeyNotFoundException($"{Code} has no weight {key}.");
}
