using Linda.Core.Privacy;

namespace Linda.Core.Agencies;

/// <summary>
/// Where a feedback report is in moderation. Under review → Verified → Published (counted in public
/// aggregates), or Rejected with a reason. Free text is never published, whatever the status.
/// </summary>
public enum FeedbackStatus
{
    UnderReview,
    Verified,
    Published,
    Rejected,
}

public enum FeedbackChannel
{
    Web,
    Api,
}

/// <summary>Who a recruitment fee was paid to.</summary>
public enum FeePayee
{
    Agency,
    Individual,
    MobileMoney,
    Other,
    Unknown,
}

/// <summary>Reasons a report looks like spam or a duplicate, found when it arrives. A moderator decides.</summary>
[Flags]
public enum FeedbackSpamSignals
{
    None = 0,

    /// <summary>Another report gave the same contact phone for the same agency.</summary>
    SameContact = 1,

    /// <summary>Another report has the same text (after normalising case, spacing and punctuation).</summary>
    SameText = 2,

    /// <summary>Many reports arrived from one network address within a short time.</summary>
    Burst = 4,
}

/// <summary>
/// Community feedback on a recruitment agency: what happened, ratings and free text. The agency may be
/// unknown to the registry (<see cref="AgencyId"/> null) and linked later by an officer. Everything that
/// could identify the person who wrote it is encrypted; look-ups for duplicates use keyed hashes.
/// </summary>
public sealed class AgencyFeedback
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Receipt shown to the reporter, e.g. "FB-7K3M-Q9P2"; carries no personal data.</summary>
    public required string Reference { get; set; }

    public DateTime ReceivedAt { get; set; }
    public FeedbackChannel Channel { get; set; }

    /// <summary>"en" or "sw".</summary>
    public required string Language { get; set; }

    /// <summary>The registry agency, when matched at submission or linked later.</summary>
    public Guid? AgencyId { get; set; }

    /// <summary>The agency name as the reporter gave it.</summary>
    public required string AgencyNameGiven { get; set; }

    public string? LicenceNumberGiven { get; set; }

    /// <summary>ISO 3166-1 alpha-3.</summary>
    public string? DestinationCountry { get; set; }

    public string? DestinationCity { get; set; }

    /// <summary>When it happened, to the month (stored as the first of the month).</summary>
    public DateOnly? HappenedOn { get; set; }

    public bool FeesAsked { get; set; }
    public decimal? FeeAmount { get; set; }

    /// <summary>ISO 4217, e.g. KES, USD, SAR.</summary>
    public string? FeeCurrency { get; set; }

    public FeePayee? FeePaidTo { get; set; }

    /// <summary>Name of the person or number the fee was paid to; may identify a third party, so encrypted.</summary>
    [Encrypted]
    public string? FeePaidToDetail { get; set; }

    public bool? FeeReceiptGiven { get; set; }

    public decimal? SalaryPromised { get; set; }
    public string? SalaryCurrency { get; set; }

    public bool PassportKept { get; set; }
    public bool ContractChanged { get; set; }
    public bool JobDifferent { get; set; }
    public bool NoLicenceDisplayed { get; set; }
    public bool TravelAgencyActingAsRecruiter { get; set; }
    public bool Abuse { get; set; }

    /// <summary>Ratings 1 (very bad) to 5 (very good); null when not given.</summary>
    public int? RatingFees { get; set; }

    public int? RatingContractHonesty { get; set; }
    public int? RatingPreDeparture { get; set; }
    public int? RatingSupportAbroad { get; set; }

    [Encrypted]
    public string? Text { get; set; }

    /// <summary>Optional safe contact: a name to ask for.</summary>
    [Encrypted]
    public string? ContactName { get; set; }

    /// <summary>Optional safe contact phone, E.164 when it could be normalised.</summary>
    [Encrypted]
    public string? ContactPhone { get; set; }

    /// <summary>Optional e-mail, safe times or other instructions for contacting the reporter.</summary>
    [Encrypted]
    public string? ContactNote { get; set; }

    /// <summary>Blind index of <see cref="ContactPhone"/> in E.164, for "same contact" detection.</summary>
    public string? ContactPhoneIndex { get; set; }

    /// <summary>Blind index of the normalised free text, for "same text" detection.</summary>
    public string? TextIndex { get; set; }

    /// <summary>Blind index of the sender's network address and day, for burst detection; never the address itself.</summary>
    public string? SourceIndex { get; set; }

    public FeedbackSpamSignals SpamSignals { get; set; }

    /// <summary>An earlier report this one repeats, when a moderator says so.</summary>
    public Guid? DuplicateOfId { get; set; }

    public FeedbackStatus Status { get; set; } = FeedbackStatus.UnderReview;
    public string? RejectionReason { get; set; }
    public string? ModeratedBy { get; set; }
    public DateTime? ModeratedAt { get; set; }

    public const int TextMaxLength = 4000;
    public const int ReasonMaxLength = 500;
    public const int CityMaxLength = 100;
    public const int ContactMaxLength = 200;
}
