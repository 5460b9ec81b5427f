namespace Linda.Core.Matching;

/// <summary>A registry agency close to the query.</summary>
/// <param name="Agency">The registry agency.</param>
/// <param name="Similarity">How close the query is to it, 0..1 (1 for an exact licence number or contact).</param>
/// <param name="IsSameAgency">Whether the matcher believes the query means this agency.</param>
/// <param name="Reasons">Why it was matched, in the order they should be shown.</param>
public sealed record AgencyMatch(RegistryAgency Agency, double Similarity, bool IsSameAgency, IReadOnlyList<MatchReason> Reasons);
