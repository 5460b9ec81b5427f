namespace Linda.Core.Agencies.Risk;

/// <summary>
/// What the risk model knows about one agency on <see cref="Today"/>. Built by the caller from the registry,
/// sanctions, IRIS milestones and moderated feedback; <see cref="AgencyRisk.Compute"/> does the rest.
/// </summary>
public sealed record AgencyRiskInput
{
    /// <summary>The day the score is for: recency and "licensed for three years" are measured from it.</summary>
    public required DateOnly Today { get; init; }

    /// <summary>The licence state on <see cref="Today"/>, computed by <see cref="LicenceValidity"/>.</summary>
    public LicenceState State { get; init; } = LicenceState.Unknown;

    /// <summary>The registry's issue date: when the agency was first licensed.</summary>
    public DateOnly? IssuedOn { get; init; }

    public DateOnly? ExpiresOn { get; init; }

    public IReadOnlyList<RiskSanction> Sanctions { get; init; } = [];

    /// <summary>The furthest IRIS stage reached (<see cref="IrisProgress.CurrentStage"/>).</summary>
    public IrisStage IrisStage { get; init; } = IrisStage.NotEngaged;

    public DateOnly? IrisStageReachedOn { get; init; }

    /// <summary>
    /// Feedback linked to the agency. Only <see cref="FeedbackStatus.Verified"/> and <see cref="FeedbackStatus.Published"/>
    /// reports count; others are ignored, whoever passes them in.
    /// </summary>
    public IReadOnlyList<RiskFeedback> Feedback { get; init; } = [];

    /// <summary>
    /// Monitored job ads linked to the agency. Only ads an officer confirmed as a scam or escalated to the agency's
    /// risk count (<see cref="RiskJobAd.Counts"/>); others are ignored, whoever passes them in.
    /// </summary>
    public IReadOnlyList<RiskJobAd> JobAds { get; init; } = [];

    /// <summary>The deregistered or suspended agency this agency's name closely resembles, if any.</summary>
    public RiskLookalike? LookalikeOf { get; init; }
}
