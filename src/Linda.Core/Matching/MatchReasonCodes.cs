using Linda.Core.Agencies;
namespace Linda.Core.Matching;

/// <summary>
/// The codes of <see cref="MatchReason"/>, stable for API clients, with the values each one carries.
/// Their texts are in <see cref="MatchReasonText"/>.
/// </summary>
public static class MatchReasonCodes
{
    // The name
    /// <summary>Same name once case, punctuation, spacing and legal form are ignored.</summary>
    public const string NameIdentical = "name-identical";
    /// <summary>The name matched one of the agency's other registered names. Values: alias.</summary>
    public const string MatchesAlias = "matches-alias";
    /// <summary>Same words in another order.</summary>
    public const string WordsInDifferentOrder = "words-in-different-order";
    /// <summary>The same name with or without the Arabic article "Al-".</summary>
    public const string ArticleDiffers = "article-differs";
    /// <summary>Typing slips. Values: count.</summary>
    public const string NameDiffersByLetters = "name-differs-by-letters";
    /// <summary>Another transliteration of the same word. Values: query, registered.</summary>
    public const string SoundsAlike = "sounds-alike";
    /// <summary>One sector word in place of another. Values: query, registered.</summary>
    public const string SectorWordDiffers = "sector-word-differs";
    /// <summary>The registered name has a sector word the query does not. Values: word.</summary>
    public const string SectorWordMissing = "sector-word-missing";
    /// <summary>The query has a sector word the registered name does not. Values: word.</summary>
    public const string SectorWordExtra = "sector-word-extra";
    /// <summary>Several registered agencies have this distinctive name; their sector words tell them apart. Values: name.</summary>
    public const string CoreSharedBySeveral = "core-shared-by-several";
    /// <summary>The distinctive part of the names differs. Values: query, registered.</summary>
    public const string DistinctiveNameDiffers = "distinctive-name-differs";
    /// <summary>Distinctive words in common (for "also similar"). Values: words.</summary>
    public const string SharesWords = "shares-words";
    /// <summary>Spelt alike without a word in common (for "also similar").</summary>
    public const string SimilarSpelling = "similar-spelling";
    /// <summary>The name given is not the name registered with the licence or contact. Values: registered.</summary>
    public const string NameDoesNotMatch = "name-does-not-match";

    // Licence numbers and contacts
    /// <summary>Values: licence.</summary>
    public const string SameLicenceNumber = "same-licence-number";
    public const string SamePhone = "same-phone";
    public const string SameEmail = "same-email";
    public const string SameWebsite = "same-website";
    /// <summary>An e-mail at the agency's own domain. Values: domain.</summary>
    public const string SameEmailDomain = "same-email-domain";
    /// <summary>Values: licence, agency.</summary>
    public const string LicenceNumberBelongsToOtherAgency = "licence-number-belongs-to-other-agency";
    /// <summary>Values: agency, state (a <see cref="LicenceState"/> name).</summary>
    public const string PhoneBelongsToOtherAgency = "phone-belongs-to-other-agency";
    /// <summary>Values: agency, state.</summary>
    public const string EmailBelongsToOtherAgency = "email-belongs-to-other-agency";
    /// <summary>Values: agency, state.</summary>
    public const string WebsiteBelongsToOtherAgency = "website-belongs-to-other-agency";
    /// <summary>Values: licence.</summary>
    public const string LicenceNumberNotRegistered = "licence-number-not-registered";
    /// <summary>The licence number registered for the agency named, shown beside one it does not have. Values: licence.</summary>
    public const string RegisteredLicenceNumber = "registered-licence-number";
    public const string PhoneNotRegistered = "phone-not-registered";
    public const string EmailNotRegistered = "email-not-registered";
    public const string WebsiteNotRegistered = "website-not-registered";

    // Look-alikes
    public const string ResemblesExpiredAgency = "resembles-expired-agency";
    public const string ResemblesSuspendedAgency = "resembles-suspended-agency";
    public const string ResemblesDeregisteredAgency = "resembles-deregistered-agency";

    // The licence
    /// <summary>Values: date (yyyy-MM-dd).</summary>
    public const string LicenceValidUntil = "licence-valid-until";
    public const string LicenceValid = "licence-valid";
    /// <summary>Values: date (yyyy-MM-dd).</summary>
    public const string LicenceExpiredOn = "licence-expired-on";
    public const string LicenceExpired = "licence-expired";
    public const string LicenceSuspended = "licence-suspended";
    public const string AgencyDeregistered = "agency-deregistered";
    public const string LicenceStateUnknown = "licence-state-unknown";

    /// <summary>Every code, for tests and API documentation.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        NameIdentical, MatchesAlias, WordsInDifferentOrder, ArticleDiffers, NameDiffersByLetters, SoundsAlike, SectorWordDiffers,
        SectorWordMissing, SectorWordExtra, CoreSharedBySeveral, DistinctiveNameDiffers, SharesWords, SimilarSpelling, NameDoesNotMatch,
        SameLicenceNumber, SamePhone, SameEmail, SameWebsite, SameEmailDomain, LicenceNumberBelongsToOtherAgency,
        PhoneBelongsToOtherAgency, EmailBelongsToOtherAgency, WebsiteBelongsToOtherAgency, LicenceNumberNotRegistered, RegisteredLicenceNumber,
        PhoneNotRegistered, EmailNotRegistered, WebsiteNotRegistered, ResemblesExpiredAgency, ResemblesSuspendedAgency,
        ResemblesDeregisteredAgency, LicenceValidUntil, LicenceValid, LicenceExpiredOn, LicenceExpired, LicenceSuspended,
        AgencyDeregistered, LicenceStateUnknown,
    ];
}
