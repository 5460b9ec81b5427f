namespace Linda.Core.Agencies.Feedback;

/// <summary>
/// A submission that passed <see cref="FeedbackValidator"/>: trimmed, empty values as null, codes resolved,
/// currency and country codes upper case, the contact phone in E.164 where it could be read as one.
/// </summary>
public sealed record ValidFeedback
{
    public required string Language { get; init; }

    /// <summary>The agency name as given; empty when only a licence number was given.</summary>
    public required string AgencyName { get; init; }

    public string? LicenceNumber { get; init; }

    /// <summary><see cref="LicenceNumbers.Normalise"/> of the licence number given.</summary>
    public string? LicenceKey { get; init; }

    public bool FeesAsked { get; init; }
    public decimal? FeeAmount { get; init; }
    public string? FeeCurrency { get; init; }
    public FeePayee? FeePaidTo { get; init; }
    public string? FeePaidToDetail { get; init; }
    public bool? FeeReceiptGiven { get; init; }

    public bool PassportKept { get; init; }
    public bool ContractChanged { get; init; }
    public bool JobDifferent { get; init; }
    public bool NoLicenceDisplayed { get; init; }
    public bool TravelAgencyActingAsRecruiter { get; init; }
    public bool Abuse { get; init; }

    public string? DestinationCountry { get; init; }
    public string? DestinationCity { get; init; }

    /// <summary>The first day of the month it happened.</summary>
    public DateOnly? HappenedOn { get; init; }

    public int? RatingFees { get; init; }
    public int? RatingContractHonesty { get; init; }
    public int? RatingPreDeparture { get; init; }
    public int? RatingSupportAbroad { get; init; }

    public string? Text { get; init; }
    public string? ContactName { get; init; }

    /// <summary>E.164 when it could be read as a phone number, otherwise as written.</summary>
    public string? ContactPhone { get; init; }

    /// <summary>True when <see cref="ContactPhone"/> is E.164 (only then is it indexed for "same contact").</summary>
    public bool ContactPhoneIsE164 { get; init; }

    public string? ContactNote { get; init; }

    public decimal? SalaryPromised { get; init; }
    public string? SalaryCurrency { get; init; }

    /// <summary>The feedback row for this submission, under review and not yet linked to an agency.</summary>
    public AgencyFeedback ToFeedback(string reference, DateTime receivedAt, FeedbackChannel channel) => new()
    {
        Reference = reference,
        ReceivedAt = receivedAt,
        Channel = channel,
        Language = Language,
        AgencyNameGiven = AgencyName,
        LicenceNumberGiven = LicenceNumber,
        DestinationCountry = DestinationCountry,
        DestinationCity = DestinationCity,
        HappenedOn = HappenedOn,
        FeesAsked = FeesAsked,
        FeeAmount = FeeAmount,
        FeeCurrency = FeeCurrency,
        FeePaidTo = FeePaidTo,
        FeePaidToDetail = FeePaidToDetail,
        FeeReceiptGiven = FeeReceiptGiven,
        SalaryPromised = SalaryPromised,
        SalaryCurrency = SalaryCurrency,
        PassportKept = PassportKept,
        ContractChanged = ContractChanged,
        JobDifferent = JobDifferent,
        NoLicenceDisplayed = NoLicenceDisplayed,
        TravelAgencyActingAsRecruiter = TravelAgencyActingAsRecruiter,
        Abuse = Abuse,
        RatingFees = RatingFees,
        RatingContractHonesty = RatingContractHonesty,
        RatingPreDeparture = RatingPreDeparture,
        RatingSupportAbroad = RatingSupportAbroad,
        Text = Text,
        ContactName = ContactName,
        ContactPhone = ContactPhone,
        ContactNote = ContactNote,
        Status = FeedbackStatus.UnderReview,
    };
}
