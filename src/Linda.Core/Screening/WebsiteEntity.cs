namespace Linda.Core.Screening;

/// <summary>A website found in an offer, as its host name without "www." (see <see cref="Matching.AgencyIdentifiers.Domain"/>).</summary>
public sealed record WebsiteEntity(string Domain, IReadOnlyList<TextSpan> Spans);
