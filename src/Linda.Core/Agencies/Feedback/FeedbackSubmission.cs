namespace Linda.Core.Agencies.Feedback;

/// <summary>
/// Feedback on a recruitment agency as it arrives from the public form or the API, before validation.
/// Codes are those of <see cref="FeedbackCodes"/>; <see cref="When"/> is a year and month, "2026-09".
/// </summary>
public sealed record FeedbackSubmission
{
    public string? Language { get; init; }
    public string? AgencyName { get; init; }
    public string? LicenceNumber { get; init; }
    public IReadOnlyList<string>? Issues { get; init; }

    public decimal? FeeAmount { get; init; }
    public string? FeeCurrency { get; init; }
    public string? FeePaidTo { get; init; }
    public string? FeePaidToDetail { get; init; }
    public bool? FeeReceiptGiven { get; init; }

    public string? DestinationCountry { get; init; }
    public string? DestinationCity { get; init; }
    public string? When { get; init; }

    public int? RatingFees { get; init; }
    public int? RatingContractHonesty { get; init; }
    public int? RatingPreDeparture { get; init; }
    public int? RatingSupportAbroad { get; init; }

    public string? Text { get; init; }

    public string? ContactName { get; init; }
    public string? ContactPhone { get; init; }
    public string? ContactNote { get; init; }

    public decimal? SalaryAmount { get; init; }
    public string? SalaryCurrency { get; init; }
}
