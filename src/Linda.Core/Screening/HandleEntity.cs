namespace Linda.Core.Screening;

/// <summary>
/// A WhatsApp or Telegram contact: a wa.me number (E.164), a WhatsApp group invite ("chat.whatsapp.com/…"), or a
/// Telegram user or channel (lower case, without "@" or "t.me/").
/// </summary>
public sealed record HandleEntity(MessagingPlatform Platform, string Value, IReadOnlyList<TextSpan> Spans);
