namespace Linda.Core.Agencies.Feedback;

/// <summary>
/// What public figures may be computed from in one feedback report: its status and what was ticked and rated.
/// Never its text or anything about the person who wrote it.
/// </summary>
public sealed record FeedbackFacts(
    FeedbackStatus Status,
    bool IsDuplicate,
    bool FeesAsked,
    bool PassportKept,
    bool ContractChanged,
    bool JobDifferent,
    bool NoLicenceDisplayed,
    bool TravelAgencyActingAsRecruiter,
    bool Abuse,
    int? RatingFees,
    int? RatingContractHonesty,
    int? RatingPreDeparture,
    int? RatingSupportAbroad)
{
    public static FeedbackFacts Of(AgencyFeedback f) => new(
        f.Status, f.DuplicateOfId is not null, f.FeesAsked, f.PassportKept, f.ContractChanged, f.JobDifferent,
        f.NoLicenceDisplayed, f.TravelAgencyActingAsRecruiter, f.Abuse,
        f.RatingFees, f.RatingContractHonesty, f.RatingPreDeparture, f.RatingSupportAbroad);
}
