using Linda.Core.Intake;

namespace Linda.Web.Features.Intake;

/// <summary>
/// The report page's words for each <see cref="FieldError"/>: English keys to translate with <c>T[...]</c>
/// (Kiswahili in SharedResource.sw.resx), chosen by the error's code and field, never by its English message.
/// </summary>
public static class ReportFieldMessages
{
    public const string TooLong = "This is too long. Use at most {0} characters.";

    private static readonly Dictionary<string, string> UnknownByField = new()
    {
        ["reporterRelation"] = "Choose who is reporting from the list.",
        ["categories"] = "Choose what is happening from the list.",
        ["country"] = "Choose a country from the list.",
        ["county"] = "Choose a county from the list.",
        ["contact.channel"] = "Choose how to contact them from the list.",
        ["contact.timeZone"] = "Choose a time zone from the list.",
    };

    private static readonly Dictionary<string, string> ByCode = new()
    {
        [FieldErrorCodes.Required] = "Tick at least one thing that is happening, or describe it.",
        [FieldErrorCodes.Unknown] = "Choose from the list.",
        [FieldErrorCodes.NotText] = "This contains characters that are not text. Please type it again.",
        [FieldErrorCodes.Format] = "Give the date as year-month-day, for example 2026-10-01.",
        [FieldErrorCodes.Future] = "The date cannot be in the future.",
        [FieldErrorCodes.TooOld] = "This date is too long ago. Check the year.",
        [FieldErrorCodes.NotInKenya] = "A county is only for places in Kenya. Choose Kenya as the country, or leave the county empty.",
        [FieldErrorCodes.NotAPhone] = "This is not a phone number we can use. If it is not a Kenyan number, start with the country code, for example +966.",
    };

    private const string Fallback = "Check this answer.";

    private static readonly Dictionary<string, int> MaxLengths = new()
    {
        ["description"] = ReportValidator.DescriptionMaxLength,
        ["city"] = ReportValidator.CityMaxLength,
        ["agencyName"] = ReportValidator.NameMaxLength,
        ["employerName"] = ReportValidator.NameMaxLength,
        ["personName"] = ReportValidator.NameMaxLength,
        ["contact.safeTimes"] = ReportValidator.SafeTimesMaxLength,
        ["contact.codeWord"] = ReportValidator.CodeWordMaxLength,
        ["idempotencyKey"] = ReportValidator.IdempotencyKeyMaxLength,
    };

    /// <summary>Every key this class can return, so a test can check each has Kiswahili.</summary>
    public static IEnumerable<string> AllKeys =>
        UnknownByField.Values.Concat(ByCode.Values).Append(TooLong).Append(Fallback).Distinct();

    /// <summary>The key to translate and its arguments.</summary>
    public static (string Key, object[] Arguments) For(FieldError error)
    {
        if (error.Code == FieldErrorCodes.TooLong)
        {
            return (TooLong, [MaxLengths.GetValueOrDefault(error.Field, ReportValidator.NameMaxLength)]);
        }
        if (error.Code == FieldErrorCodes.Unknown && UnknownByField.TryGetValue(error.Field, out var unknown))
        {
            return (unknown, []);
        }
        return (ByCode.GetValueOrDefault(error.Code, Fallback), []);
    }
}
