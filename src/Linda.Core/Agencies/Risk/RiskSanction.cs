namespace Linda.Core.Agencies.Risk;

/// <summary>A sanction as the risk model needs it (<see cref="AgencySanction"/> without its reason and author).</summary>
public sealed record RiskSanction(SanctionKind Kind, DateOnly EffectiveOn, DateOnly? EndsOn = null);
