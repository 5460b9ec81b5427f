using System.Globalization;
using System.Text;
using Linda.Core.Phones;
using Linda.Core.Reference;

namespace Linda.Core.Agencies.Feedback;

/// <summary>The outcome of validating a submission: either the cleaned feedback or the errors by field.</summary>
public sealed record FeedbackValidation(ValidFeedback? Feedback, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool IsValid => Feedback is not null;
}

/// <summary>
/// The one validator of agency feedback, for the public form and <c>POST /api/v1/agencies/feedback</c>. Limits
/// are written here once. Errors name the field (<see cref="FeedbackFields"/>) and never repeat the input.
/// </summary>
public static class FeedbackValidator
{
    public const decimal MaxAmount = 100_000_000m;
    public const int NameMaxLength = Agency.NameMaxLength;
    public const int LicenceMaxLength = 64;
    public const int DetailMaxLength = 200;
    public const int PhoneMaxLength = 40;

    /// <summary>Earliest year accepted for "when it happened".</summary>
    public const int EarliestYear = 1970;

    public static FeedbackValidation Validate(FeedbackSubmission submission, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Fail(string field, string message) => errors.TryAdd(field, [message]);

        var language = Clean(submission.Language) ?? "en";
        if (language is not ("en" or "sw"))
        {
            Fail(FeedbackFields.Language, FeedbackMessages.LanguageUnknown);
        }

        var licence = Clean(submission.LicenceNumber);
        string? licenceKey = null;
        if (licence is { Length: > LicenceMaxLength })
        {
            Fail(FeedbackFields.LicenceNumber, FeedbackMessages.AtMost64);
        }
        else if (licence is not null && (licenceKey = LicenceNumbers.Normalise(licence)) is null)
        {
            Fail(FeedbackFields.LicenceNumber, FeedbackMessages.LicenceUnreadable);
        }
        var agencyName = Clean(submission.AgencyName);
        if (agencyName is { Length: > NameMaxLength })
        {
            Fail(FeedbackFields.AgencyName, FeedbackMessages.AtMost200);
        }
        else if (agencyName is null && licence is null)
        {
            Fail(FeedbackFields.AgencyName, FeedbackMessages.AgencyNameRequired);
        }

        var issues = new HashSet<string>(StringComparer.Ordinal);
        foreach (var issue in submission.Issues ?? [])
        {
            var code = Clean(issue);
            if (code is null)
            {
                continue;
            }
            if (!FeedbackCodes.Issues.Contains(code))
            {
                Fail(FeedbackFields.Issues, FeedbackMessages.IssueUnknown);
                continue;
            }
            issues.Add(code);
        }

        var (feeAmount, feeCurrency) = Money(submission.FeeAmount, submission.FeeCurrency, FeedbackFields.FeeAmount, FeedbackFields.FeeCurrency, Fail);
        FeePayee? payee = null;
        if (Clean(submission.FeePaidTo) is { } payeeCode)
        {
            if (FeedbackCodes.Payees.TryGetValue(payeeCode, out var known))
            {
                payee = known;
            }
            else
            {
                Fail(FeedbackFields.FeePaidTo, FeedbackMessages.PayeeUnknown);
            }
        }
        var payeeDetail = Limited(submission.FeePaidToDetail, DetailMaxLength, FeedbackFields.FeePaidToDetail, FeedbackMessages.AtMost200, Fail);

        string? country = null;
        if (Clean(submission.DestinationCountry) is { } countryCode)
        {
            country = Countries.Find(countryCode)?.Alpha3;
            if (country is null)
            {
                Fail(FeedbackFields.DestinationCountry, FeedbackMessages.CountryUnknown);
            }
        }
        var city = Limited(submission.DestinationCity, AgencyFeedback.CityMaxLength, FeedbackFields.DestinationCity, FeedbackMessages.AtMost100, Fail);
        var happenedOn = Month(submission.When, today, Fail);

        var ratingFees = Rating(submission.RatingFees, FeedbackFields.RatingFees, Fail);
        var ratingContract = Rating(submission.RatingContractHonesty, FeedbackFields.RatingContractHonesty, Fail);
        var ratingPreDeparture = Rating(submission.RatingPreDeparture, FeedbackFields.RatingPreDeparture, Fail);
        var ratingSupport = Rating(submission.RatingSupportAbroad, FeedbackFields.RatingSupportAbroad, Fail);

        var text = Limited(submission.Text, AgencyFeedback.TextMaxLength, FeedbackFields.Text, FeedbackMessages.AtMost4000, Fail, multiline: true);
        var contactName = Limited(submission.ContactName, AgencyFeedback.ContactMaxLength, FeedbackFields.ContactName, FeedbackMessages.AtMost200, Fail);
        var contactNote = Limited(submission.ContactNote, AgencyFeedback.ContactMaxLength, FeedbackFields.ContactNote, FeedbackMessages.AtMost200, Fail, multiline: true);
        var phone = Limited(submission.ContactPhone, PhoneMaxLength, FeedbackFields.ContactPhone, FeedbackMessages.AtMost40, Fail);
        string? e164 = null;
        if (phone is not null && !errors.ContainsKey(FeedbackFields.ContactPhone))
        {
            e164 = PhoneNormaliser.ToE164(phone);
            // A number libphonenumber cannot read is kept as written (someone may call it by hand), but it must at
            // least be a number.
            if (e164 is null && phone.Count(char.IsAsciiDigit) < 6)
            {
                Fail(FeedbackFields.ContactPhone, FeedbackMessages.PhoneUnreadable);
            }
        }

        var (salary, salaryCurrency) = Money(submission.SalaryAmount, submission.SalaryCurrency, FeedbackFields.SalaryAmount, FeedbackFields.SalaryCurrency, Fail);

        var rated = ratingFees ?? ratingContract ?? ratingPreDeparture ?? ratingSupport;
        // Fee details say that a fee was asked, even when the box was not ticked.
        var feesAsked = issues.Contains(FeedbackCodes.FeesAsked) || feeAmount is not null || payee is not null;
        if (!feesAsked && issues.Count == 0 && rated is null && text is null && !errors.ContainsKey(FeedbackFields.Issues))
        {
            Fail(FeedbackFields.Issues, FeedbackMessages.NothingToReport);
        }

        if (errors.Count > 0)
        {
            return new FeedbackValidation(null, errors);
        }
        return new FeedbackValidation(new ValidFeedback
        {
            Language = language,
            AgencyName = agencyName ?? "",
            LicenceNumber = licence,
            LicenceKey = licenceKey,
            FeesAsked = feesAsked,
            FeeAmount = feeAmount,
            FeeCurrency = feeCurrency,
            FeePaidTo = payee,
            FeePaidToDetail = payeeDetail,
            FeeReceiptGiven = submission.FeeReceiptGiven,
            PassportKept = issues.Contains(FeedbackCodes.PassportKept),
            ContractChanged = issues.Contains(FeedbackCodes.ContractChanged),
            JobDifferent = issues.Contains(FeedbackCodes.JobDifferent),
            NoLicenceDisplayed = issues.Contains(FeedbackCodes.NoLicenceDisplayed),
            TravelAgencyActingAsRecruiter = issues.Contains(FeedbackCodes.TravelAgencyRecruiting),
            Abuse = issues.Contains(FeedbackCodes.Abuse),
            DestinationCountry = country,
            DestinationCity = city,
            HappenedOn = happenedOn,
            RatingFees = ratingFees,
            RatingContractHonesty = ratingContract,
            RatingPreDeparture = ratingPreDeparture,
            RatingSupportAbroad = ratingSupport,
            Text = text,
            ContactName = contactName,
            ContactPhone = e164 ?? phone,
            ContactPhoneIsE164 = e164 is not null,
            ContactNote = contactNote,
            SalaryPromised = salary,
            SalaryCurrency = salaryCurrency,
        }, errors);
    }

    /// <summary>
    /// Reads an amount typed into a form: "150000", "150,000", "150 000" or "1500.50". Empty is no amount (true,
    /// null); false when it is not a number.
    /// </summary>
    public static bool TryParseAmount(string? text, out decimal? amount)
    {
        amount = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        if (text.Length > 40)
        {
            return false;
        }
        var digits = new string(text.Where(c => c is not (',' or ' ' or '\u00A0' or '\u202F' or '_')).ToArray());
        if (decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            amount = value;
            return true;
        }
        return false;
    }

    /// <summary>Reads a rating from a form: empty is no rating (true, null); false unless a whole number.</summary>
    public static bool TryParseRating(string? text, out int? rating)
    {
        rating = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        if (text.Length <= 3 && int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            rating = value;
            return true;
        }
        return false;
    }

    /// <summary>
    /// Trimmed text without control characters (tabs and line breaks kept in multi-line text) and with broken
    /// surrogates replaced; null when nothing is left. PostgreSQL refuses NUL in text: this keeps that a non-event.
    /// </summary>
    public static string? Clean(string? value, bool multiline = false)
    {
        if (value is null)
        {
            return null;
        }
        var builder = new StringBuilder(value.Length);
        foreach (var rune in value.EnumerateRunes())
        {
            if (!Rune.IsControl(rune))
            {
                builder.Append(rune.ToString());
                continue;
            }
            var isBreak = rune.Value is '\n' or '\r' or '\t';
            if (isBreak)
            {
                // Kept in multi-line text; a space in a one-line field. Any other control character is dropped.
                builder.Append(multiline ? (char)rune.Value : ' ');
            }
        }
        var cleaned = builder.ToString().Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }

    private static string? Limited(string? value, int maxLength, string field, string message, Action<string, string> fail, bool multiline = false)
    {
        var cleaned = Clean(value, multiline);
        if (cleaned is { } text && text.Length > maxLength)
        {
            fail(field, message);
            return null;
        }
        return cleaned;
    }

    private static (decimal? Amount, string? Currency) Money(decimal? amount, string? currency, string amountField, string currencyField, Action<string, string> fail)
    {
        var code = Clean(currency)?.ToUpperInvariant();
        if (code is not null && !FeedbackCodes.Currencies.Contains(code))
        {
            fail(currencyField, FeedbackMessages.CurrencyUnknown);
            return (null, null);
        }
        if (amount is null)
        {
            // A currency alone says nothing (the form preselects one).
            return (null, null);
        }
        if (amount < 0 || amount > MaxAmount)
        {
            fail(amountField, FeedbackMessages.AmountOutOfRange);
            return (null, null);
        }
        if (code is null)
        {
            fail(currencyField, FeedbackMessages.AmountNeedsCurrency);
            return (null, null);
        }
        return (decimal.Round(amount.Value, 2, MidpointRounding.AwayFromZero), code);
    }

    private static int? Rating(int? rating, string field, Action<string, string> fail)
    {
        if (rating is null or (>= 1 and <= 5))
        {
            return rating;
        }
        fail(field, FeedbackMessages.RatingOutOfRange);
        return null;
    }

    private static DateOnly? Month(string? when, DateOnly today, Action<string, string> fail)
    {
        var text = Clean(when);
        if (text is null)
        {
            return null;
        }
        if (text.Length != 7
            || !DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            fail(FeedbackFields.When, FeedbackMessages.WhenUnreadable);
            return null;
        }
        if (month > new DateOnly(today.Year, today.Month, 1))
        {
            fail(FeedbackFields.When, FeedbackMessages.WhenInFuture);
            return null;
        }
        if (month.Year < EarliestYear)
        {
            fail(FeedbackFields.When, FeedbackMessages.WhenTooLongAgo);
            return null;
        }
        return month;
    }
}
