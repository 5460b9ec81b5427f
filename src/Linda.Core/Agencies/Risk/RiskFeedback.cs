namespace Linda.Core.Agencies.Risk;

/// <summary>
/// The facts of one feedback report that the risk model uses: no free text, no contact, nothing encrypted.
/// </summary>
public sealed record RiskFeedback
{
    public FeedbackStatus Status { get; init; } = FeedbackStatus.Verified;

    /// <summary>The day the report arrived (UTC).</summary>
    public required DateOnly ReceivedOn { get; init; }

    /// <summary>When it happened, to the month (the first of the month), when the reporter said.</summary>
    public DateOnly? HappenedOn { get; init; }

    public bool PassportKept { get; init; }
    public bool Abuse { get; init; }
    public bool ContractChanged { get; init; }
    public bool JobDifferent { get; init; }
    public bool NoLicenceDisplayed { get; init; }
    public bool TravelAgencyActingAsRecruiter { get; init; }

    public bool FeesAsked { get; init; }
    public decimal? FeeAmount { get; init; }

    /// <summary>ISO 4217.</summary>
    public string? FeeCurrency { get; init; }

    /// <summary>One month's salary as promised.</summary>
    public decimal? SalaryPromised { get; init; }

    /// <summary>ISO 4217.</summary>
    public string? SalaryCurrency { get; init; }

    /// <summary>Whether moderation let it count: verified or published. Under review and rejected reports never count.</summary>
    public bool Counts => Status is FeedbackStatus.Verified or FeedbackStatus.Published;

    /// <summary>
    /// The day recency is measured from: when it happened, else when it was reported (a month written after the
    /// report arrived is a slip, so the report date wins then).
    /// </summary>
    public DateOnly EventDate => HappenedOn is { } happened && happened <= ReceivedOn ? happened : ReceivedOn;

    /// <summary>Whether the report describes anything wrong at all (ratings alone are not a complaint).</summary>
    public bool IsComplaint =>
        PassportKept || Abuse || ContractChanged || JobDifferent || FeesAsked || NoLicenceDisplayed || TravelAgencyActingAsRecruiter;
}
