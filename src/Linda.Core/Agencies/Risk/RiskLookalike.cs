namespace Linda.Core.Agencies.Risk;

/// <summary>
/// A deregistered or suspended agency whose name an agency's name closely resembles, with the matcher's reasons
/// in English ("name differs by one letter"), so that the factor explains itself and accuses no one.
/// </summary>
public sealed record RiskLookalike(string Name, string? LicenceNumber, LicenceState State, IReadOnlyList<string> Reasons);
