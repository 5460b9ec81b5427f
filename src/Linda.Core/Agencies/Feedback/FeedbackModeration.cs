namespace Linda.Core.Agencies.Feedback;

/// <summary>
/// The moderation state machine of agency feedback (issue 3): Under review → Verified → Published; Under review,
/// Verified or Published → Rejected with a reason (rejecting a published report withdraws it from the public
/// figures). Nothing else: no skipping verification, no way back, nothing after a rejection.
/// </summary>
public static class FeedbackModeration
{
    /// <summary>Why the move is refused, or null when it is allowed.</summary>
    public static string? Refusal(FeedbackStatus from, FeedbackStatus to, string? reason) => (from, to) switch
    {
        (FeedbackStatus.UnderReview, FeedbackStatus.Verified) => null,
        (_, FeedbackStatus.Verified) => "Only a report under review can be verified.",
        (FeedbackStatus.Verified, FeedbackStatus.Published) => null,
        (_, FeedbackStatus.Published) => "Only a verified report can be published.",
        (FeedbackStatus.Rejected, FeedbackStatus.Rejected) => "The report is already rejected.",
        (_, FeedbackStatus.Rejected) when string.IsNullOrWhiteSpace(reason) => "Give the reason for rejecting the report.",
        (_, FeedbackStatus.Rejected) when reason!.Trim().Length > AgencyFeedback.ReasonMaxLength => "Use at most 500 characters for the reason.",
        (_, FeedbackStatus.Rejected) => null,
        _ => "A report cannot go back to under review.",
    };

    /// <summary>
    /// Moves <paramref name="feedback"/> to <paramref name="to"/> and records who and when; returns the refusal
    /// (and changes nothing) when the move is not allowed.
    /// </summary>
    public static string? Apply(AgencyFeedback feedback, FeedbackStatus to, string? reason, string? moderator, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        if (Refusal(feedback.Status, to, reason) is { } refusal)
        {
            return refusal;
        }
        feedback.Status = to;
        if (to == FeedbackStatus.Rejected)
        {
            feedback.RejectionReason = reason!.Trim();
        }
        feedback.ModeratedBy = moderator;
        feedback.ModeratedAt = now;
        return null;
    }
}
