namespace Linda.Core.Screening;

/// <summary>A phone number found in an offer, in E.164, with every place it was written and how it is meant to be used.</summary>
public sealed record PhoneEntity(string E164, IReadOnlyList<TextSpan> Spans, bool WhatsApp, bool Telegram);
