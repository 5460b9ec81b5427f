using Linda.Core.Agencies;
using Linda.Core.Agencies.Feedback;

namespace Linda.Core.Tests.Agencies.Feedback;

public sealed class FeedbackModerationTests
{
    private static readonly DateTime Now = new(2026, 11, 28, 9, 0, 0, DateTimeKind.Utc);

    private static AgencyFeedback Report(FeedbackStatus status) =>
        new() { Reference = "FB-2345-6789", Language = "en", AgencyNameGiven = "Synthetic", Status = status };

    [Theory]
    [InlineData(FeedbackStatus.UnderReview, FeedbackStatus.Verified)]
    [InlineData(FeedbackStatus.Verified, FeedbackStatus.Published)]
    [InlineData(FeedbackStatus.UnderReview, FeedbackStatus.Rejected)]
    [InlineData(FeedbackStatus.Verified, FeedbackStatus.Rejected)]
    [InlineData(FeedbackStatus.Published, FeedbackStatus.Rejected)]
    public void AllowedMoves_ChangeTheStatusAndRecordWhoAndWhen(FeedbackStatus from, FeedbackStatus to)
    {
        var report = Report(from);

        var refusal = FeedbackModeration.Apply(report, to, "Synthetic reason", "officer-1", Now);

        refusal.ShouldBeNull();
        report.Status.ShouldBe(to);
        report.ModeratedBy.ShouldBe("officer-1");
        report.ModeratedAt.ShouldBe(Now);
        report.RejectionReason.ShouldBe(to == FeedbackStatus.Rejected ? "Synthetic reason" : null);
    }

    [Theory]
    [InlineData(FeedbackStatus.UnderReview, FeedbackStatus.Published)]
    [InlineData(FeedbackStatus.UnderReview, FeedbackStatus.UnderReview)]
    [InlineData(FeedbackStatus.Verified, FeedbackStatus.Verified)]
    [InlineData(FeedbackStatus.Verified, FeedbackStatus.UnderReview)]
    [InlineData(FeedbackStatus.Published, FeedbackStatus.Published)]
    [InlineData(FeedbackStatus.Published, FeedbackStatus.Verified)]
    [InlineData(FeedbackStatus.Published, FeedbackStatus.UnderReview)]
    [InlineData(FeedbackStatus.Rejected, FeedbackStatus.UnderReview)]
    [InlineData(FeedbackStatus.Rejected, FeedbackStatus.Verified)]
    [InlineData(FeedbackStatus.Rejected, FeedbackStatus.Published)]
    [InlineData(FeedbackStatus.Rejected, FeedbackStatus.Rejected)]
    public void OtherMoves_AreRefusedAndChangeNothing(FeedbackStatus from, FeedbackStatus to)
    {
        var report = Report(from);

        var refusal = FeedbackModeration.Apply(report, to, "Synthetic reason", "officer-1", Now);

        refusal.ShouldNotBeNullOrWhiteSpace();
        report.Status.ShouldBe(from);
        report.ModeratedBy.ShouldBeNull();
        report.ModeratedAt.ShouldBeNull();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Reject_WithoutAReason_IsRefused(string? reason)
    {
        var report = Report(FeedbackStatus.UnderReview);

        FeedbackModeration.Apply(report, FeedbackStatus.Rejected, reason, "officer-1", Now).ShouldBe("Give the reason for rejecting the report.");
        report.Status.ShouldBe(FeedbackStatus.UnderReview);
    }

    [Fact]
    public void Reject_WithAnOverLongReason_IsRefused() =>
        FeedbackModeration.Refusal(FeedbackStatus.Published, FeedbackStatus.Rejected, new string('x', 501)).ShouldNotBeNull();
}
