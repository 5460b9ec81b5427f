namespace Linda.Core.Screening;

/// <summary>A destination country (ISO 3166-1 alpha-3) with the places of it the offer names ("Riyadh", "KSA").</summary>
public sealed record DestinationEntity(string Country, IReadOnlyList<string> Places, IReadOnlyList<TextSpan> Spans);
