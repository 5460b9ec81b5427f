using System.Globalization;
using Linda.Core.Phones;
using Linda.Core.Reference;
using Linda.Core.Triage;

namespace Linda.Core.Intake;

/// <summary>A report that passed validation, trimmed and normalised (phone in E.164, codes canonical).</summary>
public sealed record ValidReport(
    string Language,
    string? ReporterRelation,
    IReadOnlyList<string> Categories,
    string? Description,
    string? Country,
    string? City,
    string? County,
    DateOnly? Since,
    string? AgencyName,
    string? EmployerName,
    string? PersonName,
    string? PersonPhone,
    string? ContactChannel,
    string? SafeTimes,
    string? TimeZone,
    bool DoNotCall,
    bool NoMessages,
    string? CodeWord,
    bool ConsentToFollowUp,
    string? IdempotencyKey);

/// <summary>One problem with one field, named as in the JSON contract ("contact.timeZone").</summary>
public sealed record FieldError(string Field, string Code, string Message);

/// <summary>Kinds of problem, so a page can word them in the reader's language.</summary>
public static class FieldErrorCodes
{
    public const string Required = "required";
    public const string Unknown = "unknown";
    public const string TooLong = "too_long";
    public const string NotText = "not_text";
    public const string Format = "format";
    public const string Future = "future";
    public const string TooOld = "too_old";
    public const string NotInKenya = "not_in_kenya";
    public const string NotAPhone = "not_a_phone";
}

/// <summary>
/// Decides whether a report is acceptable, for the page and the API alike. Only categories (at least one) or a
/// description is required; everything else is optional but, when given, must be a known code or a sane value.
/// Messages are plain English keys; the page translates them.
/// </summary>
public static class ReportValidator
{
    public const int DescriptionMaxLength = 4000;
    public const int NameMaxLength = 200;
    public const int CityMaxLength = 100;
    public const int SafeTimesMaxLength = 100;
    public const int CodeWordMaxLength = 50;
    public const int IdempotencyKeyMaxLength = 100;

    public static (ValidReport? Report, IReadOnlyList<FieldError> Errors) Validate(ReportRequest request, DateOnly today)
    {
        var errors = new List<FieldError>();

        var language = Trim(request.Language) ?? "en";
        if (language is not ("en" or "sw"))
        {
            errors.Add(new("language", FieldErrorCodes.Unknown, "Language must be \"en\" or \"sw\"."));
        }

        var relation = Trim(request.ReporterRelation);
        if (relation is not null && !ReporterRelations.All.Contains(relation))
        {
            errors.Add(new("reporterRelation", FieldErrorCodes.Unknown, "Unknown reporter relation."));
        }

        var categories = new List<string>();
        foreach (var raw in request.Categories ?? [])
        {
            var code = Trim(raw);
            if (!SignalCategories.IsKnown(code))
            {
                errors.Add(new("categories", FieldErrorCodes.Unknown, "Unknown category."));
                break;
            }
            if (!categories.Contains(code!))
            {
                categories.Add(code!);
            }
        }

        var description = Text(request.Description, DescriptionMaxLength, "description", "Description", errors);
        if (categories.Count == 0 && description is null && !errors.Any(e => e.Field is "categories" or "description"))
        {
            errors.Add(new("categories", FieldErrorCodes.Required, "Tick at least one thing that is happening, or describe it."));
        }

        var countryCode = Trim(request.Country);
        string? country = null;
        if (countryCode is not null)
        {
            country = Countries.Find(countryCode)?.Alpha3;
            if (country is null)
            {
                errors.Add(new("country", FieldErrorCodes.Unknown, "Unknown country."));
            }
        }
        var city = Text(request.City, CityMaxLength, "city", "City", errors);

        var county = Trim(request.County);
        if (county is not null)
        {
            if (KenyaCounties.Find(county) is null)
            {
                errors.Add(new("county", FieldErrorCodes.Unknown, "Unknown county."));
            }
            else if (country is not null && country != "KEN")
            {
                errors.Add(new("county", FieldErrorCodes.NotInKenya, "A county is only for places in Kenya."));
            }
        }

        DateOnly? since = null;
        if (Trim(request.Since) is { } sinceText)
        {
            if (!DateOnly.TryParseExact(sinceText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                errors.Add(new("since", FieldErrorCodes.Format, "Give the date as YYYY-MM-DD."));
            }
            else if (parsed > today)
            {
                errors.Add(new("since", FieldErrorCodes.Future, "The date cannot be in the future."));
            }
            else if (parsed.Year < 1950)
            {
                errors.Add(new("since", FieldErrorCodes.TooOld, "The date is too long ago."));
            }
            else
            {
                since = parsed;
            }
        }

        var agency = Text(request.AgencyName, NameMaxLength, "agencyName", "Agency name", errors);
        var employer = Text(request.EmployerName, NameMaxLength, "employerName", "Employer name", errors);
        var personName = Text(request.PersonName, NameMaxLength, "personName", "Name", errors);

        string? phone = null;
        if (Trim(request.PersonPhone) is { } phoneText)
        {
            phone = PhoneNormaliser.ToE164(phoneText);
            if (phone is null)
            {
                errors.Add(new("personPhone", FieldErrorCodes.NotAPhone, "This is not a phone number we can use. Include the country code if it is not Kenyan."));
            }
        }

        var contact = request.Contact ?? new ReportContact();
        var channel = Trim(contact.Channel);
        if (channel is not null && !ContactChannels.All.Contains(channel))
        {
            errors.Add(new("contact.channel", FieldErrorCodes.Unknown, "Unknown contact channel."));
        }
        var safeTimes = Text(contact.SafeTimes, SafeTimesMaxLength, "contact.safeTimes", "Safe times", errors);
        var timeZone = Trim(contact.TimeZone);
        if (timeZone is not null && (timeZone.Length > 64 || !TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out _)))
        {
            errors.Add(new("contact.timeZone", FieldErrorCodes.Unknown, "Unknown time zone."));
        }
        var codeWord = Text(contact.CodeWord, CodeWordMaxLength, "contact.codeWord", "Code word", errors);
        var idempotencyKey = Text(request.IdempotencyKey, IdempotencyKeyMaxLength, "idempotencyKey", "Idempotency key", errors);

        if (errors.Count > 0)
        {
            return (null, errors);
        }
        return (new ValidReport(
            language, relation, categories, description, country, city, county, since, agency, employer, personName, phone,
            channel, safeTimes, timeZone, contact.DoNotCall, contact.NoMessages, codeWord, request.ConsentToFollowUp, idempotencyKey), []);
    }

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Text(string? value, int maxLength, string field, string label, List<FieldError> errors)
    {
        var trimmed = Trim(value);
        if (trimmed is null)
        {
            return null;
        }
        if (trimmed.Length > maxLength)
        {
            errors.Add(new(field, FieldErrorCodes.TooLong, $"{label} is too long (at most {maxLength} characters)."));
            return null;
        }
        if (trimmed.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            errors.Add(new(field, FieldErrorCodes.NotText, $"{label} contains characters that are not text."));
            return null;
        }
        return trimmed;
    }
}
