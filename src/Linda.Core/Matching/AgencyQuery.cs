using System.Text.RegularExpressions;
using Linda.Core.Phones;

namespace Linda.Core.Matching;

/// <summary>What a person asks about: a name, a licence number, a phone number, an e-mail or a website (or several).</summary>
public sealed partial record AgencyQuery(string? Name = null, string? LicenceNumber = null, string? Phone = null, string? Email = null, string? Website = null)
{
    /// <summary>Free text longer than this is read as a name (and the name is cut; see <see cref="NormalisedAgencyName"/>).</summary>
    private const int MaxIdentifierLength = 256;

    /// <summary>True when nothing was asked.</summary>
    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(LicenceNumber) && string.IsNullOrWhiteSpace(Phone)
        && string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Website);

    /// <summary>
    /// Reads one free-text query as the kind of thing it is: a licence number in any separators or case
    /// ("RA/2025/10/24", "ra-2025-10-24", "RA 2025 10 24"), an e-mail address, a phone number in any Kenyan or
    /// international format (kept in E.164), a website with or without scheme, "www." or path; anything else is a name.
    /// Never throws; empty or whitespace gives an empty query.
    /// </summary>
    public static AgencyQuery Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new AgencyQuery();
        }
        var value = text.Trim();
        if (value.Length > MaxIdentifierLength)
        {
            return new AgencyQuery(Name: value);
        }
        if (LooksLikeEmail(value))
        {
            return new AgencyQuery(Email: value);
        }
        if (IsMatch(LicencePattern(), value))
        {
            return new AgencyQuery(LicenceNumber: value);
        }
        if (IsMatch(PhonePattern(), value) && PhoneNormaliser.ToE164(value) is { } e164)
        {
            return new AgencyQuery(Phone: e164);
        }
        if (IsMatch(WebsitePattern(), value) && AgencyIdentifiers.Domain(value) is not null)
        {
            return new AgencyQuery(Website: value);
        }
        return new AgencyQuery(Name: value);
    }

    /// <summary>
    /// A free-text query with the details a person was given beside it ("the name they told me, and this phone
    /// number"), so that a name and a contact or licence number that belong to different agencies can be told apart.
    /// Each detail fills its own slot, in place of a reading of the text as the same kind. Blank details are ignored;
    /// a phone number is kept in E.164 when it can be read. Never throws.
    /// </summary>
    public static AgencyQuery Parse(string? text, string? phone, string? licenceNumber, string? email)
    {
        var query = Parse(text);
        if (!string.IsNullOrWhiteSpace(phone))
        {
            var value = phone.Trim();
            query = query with { Phone = PhoneNormaliser.ToE164(value) ?? value };
        }
        if (!string.IsNullOrWhiteSpace(licenceNumber))
        {
            query = query with { LicenceNumber = licenceNumber.Trim() };
        }
        if (!string.IsNullOrWhiteSpace(email))
        {
            query = query with { Email = email.Trim() };
        }
        return query;
    }

    /// <summary>The patterns are linear; the timeout is a guard, and a guard must not turn into a 500.</summary>
    private static bool IsMatch(Regex pattern, string value)
    {
        try
        {
            return pattern.IsMatch(value);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static bool LooksLikeEmail(string value)
    {
        var at = value.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && !value.Any(char.IsWhiteSpace) && AgencyIdentifiers.Email(value) is not null;
    }

    /// <summary>NEA licence numbers: a letter prefix (RA, NA), year, month and a serial, in any separators.</summary>
    [GeneratedRegex(@"^(?:[A-Za-z]{1,4}[\s/\\._-]*)?(?:19|20)\d{2}[\s/\\._-]+\d{1,2}[\s/\\._-]+\d{1,4}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex LicencePattern();

    /// <summary>Digits with the usual phone punctuation: "+254 712-345-678", "(0712) 345678".</summary>
    [GeneratedRegex(@"^\+?[\d\s().-]{7,24}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex PhonePattern();

    /// <summary>A host name, optionally with scheme, port and path: "www.riversidemanpower.com/jobs".</summary>
    [GeneratedRegex(@"^(?:https?://)?(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,24}(?::\d{1,5})?(?:[/?#]\S*)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex WebsitePattern();
}
