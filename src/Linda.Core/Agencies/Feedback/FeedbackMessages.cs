namespace Linda.Core.Agencies.Feedback;

/// <summary>
/// What the validator says, in English. Each text is also the key of its Kiswahili translation on the public
/// form (SharedResource.sw.resx), so none of them is ever built from the input: errors never echo what was sent.
/// </summary>
public static class FeedbackMessages
{
    public const string Unreadable = "The value has the wrong type, or the request is not valid JSON.";
    public const string LanguageUnknown = "Choose English (en) or Kiswahili (sw).";
    public const string AgencyNameRequired = "Enter the agency's name, or its licence number.";
    public const string LicenceUnreadable = "This does not look like a licence number (for example RA/2025/10/24). Leave it empty if you do not know it.";
    public const string IssueUnknown = "Choose what happened from the list.";
    public const string NothingToReport = "Tick what happened, give a rating or tell us in your own words.";
    public const string AmountNotANumber = "Enter the amount as a number, for example 150000.";
    public const string AmountOutOfRange = "Enter an amount from 0 to 100,000,000.";
    public const string AmountNeedsCurrency = "Choose the currency of the amount.";
    public const string CurrencyUnknown = "Choose a currency from the list.";
    public const string PayeeUnknown = "Choose who the money was paid to from the list.";
    public const string CountryUnknown = "Choose a country from the list.";
    public const string WhenUnreadable = "Choose the month and the year.";
    public const string WhenInFuture = "The month cannot be in the future.";
    public const string WhenTooLongAgo = "Choose a year from 1970 onwards.";
    public const string RatingOutOfRange = "Give a rating from 1 to 5.";
    public const string PhoneUnreadable = "Enter a phone number we can call, with its country code if it is not Kenyan.";
    public const string AtMost40 = "Use at most 40 characters.";
    public const string AtMost64 = "Use at most 64 characters.";
    public const string AtMost100 = "Use at most 100 characters.";
    public const string AtMost200 = "Use at most 200 characters.";
    public const string AtMost4000 = "Use at most 4,000 characters.";

    /// <summary>Every message, for the check that each has a Kiswahili translation.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        Unreadable, LanguageUnknown, AgencyNameRequired, LicenceUnreadable, IssueUnknown, NothingToReport,
        AmountNotANumber, AmountOutOfRange, AmountNeedsCurrency, CurrencyUnknown, PayeeUnknown, CountryUnknown,
        WhenUnreadable, WhenInFuture, WhenTooLongAgo, RatingOutOfRange, PhoneUnreadable,
        AtMost40, AtMost64, AtMost100, AtMost200, AtMost4000,
    ];
}
