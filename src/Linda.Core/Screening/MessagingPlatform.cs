namespace Linda.Core.Screening;

public enum MessagingPlatform
{
    WhatsApp,
    Telegram,
}
