namespace Linda.Core.Screening;

/// <summary>An e-mail address found in an offer, in lower case.</summary>
public sealed record EmailEntity(string Address, IReadOnlyList<TextSpan> Spans);
