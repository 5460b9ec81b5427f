namespace Linda.Core.Screening;

/// <summary>An agency licence number as first written, and its comparable key (<see cref="Matching.AgencyIdentifiers.LicenceKey"/>).</summary>
public sealed record LicenceEntity(string Number, string Key, IReadOnlyList<TextSpan> Spans);
