using Linda.Core.Matching;
using Linda.Core.Phones;

namespace Linda.Core.Agencies;

/// <summary>
/// The one stored form of an agency's phone number, e-mail or website, so that the same contact written two ways is
/// found as one: E.164 for phones (Kenya when no country code is given), a lower-case address for e-mails, the bare
/// lower-case host for websites ("https://www.Example.co.ke/jobs" is "example.co.ke").
/// </summary>
public static class AgencyContactValue
{
    /// <summary>The stored form of <paramref name="text"/> as a contact of <paramref name="kind"/>, or null when it is not one.</summary>
    public static string? Normalise(AgencyContactKind kind, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var value = text.Trim();
        return kind switch
        {
            AgencyContactKind.Phone => PhoneNormaliser.ToE164(value, "KE"),
            AgencyContactKind.Email => AgencyIdentifiers.Email(value),
            AgencyContactKind.Website => AgencyIdentifiers.Domain(value),
            _ => null,
        };
    }

    /// <summary>What to write when <see cref="Normalise"/> gives null.</summary>
    public static string Problem(AgencyContactKind kind) => kind switch
    {
        AgencyContactKind.Phone => "Enter a phone number, e.g. 0712 345 678 or +971 50 123 4567.",
        AgencyContactKind.Email => "Enter an e-mail address, e.g. jobs@agency.co.ke.",
        _ => "Enter a website, e.g. www.agency.co.ke.",
    };
}
