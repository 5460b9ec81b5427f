namespace Linda.Core.Agencies.Feedback;

/// <summary>
/// The names of the fields of a feedback submission, as the API spells them (JSON paths without the "$."):
/// validation errors are keyed by these, and the public form maps them back to its own inputs.
/// </summary>
public static class FeedbackFields
{
    public const string Body = "body";
    public const string Language = "language";
    public const string AgencyName = "agencyName";
    public const string LicenceNumber = "licenceNumber";
    public const string Issues = "issues";
    public const string FeeAmount = "fees.amount";
    public const string FeeCurrency = "fees.currency";
    public const string FeePaidTo = "fees.paidTo";
    public const string FeePaidToDetail = "fees.paidToDetail";
    public const string FeeReceiptGiven = "fees.receiptGiven";
    public const string DestinationCountry = "destination.country";
    public const string DestinationCity = "destination.city";
    public const string When = "when";
    public const string RatingFees = "ratings.fees";
    public const string RatingContractHonesty = "ratings.contractHonesty";
    public const string RatingPreDeparture = "ratings.preDeparture";
    public const string RatingSupportAbroad = "ratings.supportAbroad";
    public const string Text = "text";
    public const string ContactName = "contact.name";
    public const string ContactPhone = "contact.phone";
    public const string ContactNote = "contact.note";
    public const string SalaryAmount = "salaryPromised.amount";
    public const string SalaryCurrency = "salaryPromised.currency";
}
