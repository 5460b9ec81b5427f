namespace Linda.Core.Screening;

/// <summary>An agency name the offer gives (or the person typed), and what the registry says about it when one was checked.</summary>
public sealed record AgencyEntity(string Name, IReadOnlyList<TextSpan> Spans, AgencyCheck? Check);
