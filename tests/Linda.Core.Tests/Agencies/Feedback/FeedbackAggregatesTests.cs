using Linda.Core.Agencies;
using Linda.Core.Agencies.Feedback;

namespace Linda.Core.Tests.Agencies.Feedback;

public sealed class FeedbackAggregatesTests
{
    private static FeedbackFacts Published(bool fees = false, bool passport = false, int? ratingFees = null, int? support = null) =>
        new(FeedbackStatus.Published, false, fees, passport, false, false, false, false, false, ratingFees, null, null, support);

    [Fact]
    public void FewerThanFivePublished_ShowsNothing()
    {
        var summary = FeedbackAggregates.Summarise(Enumerable.Repeat(Published(fees: true, ratingFees: 1), 4));

        summary.PublishedReports.ShouldBeNull();
        summary.Figures.ShouldBeEmpty();
    }

    [Fact]
    public void OnlyPublishedReportsCount_NotUnderReviewVerifiedRejectedOrDuplicates()
    {
        var reports = new List<FeedbackFacts>();
        reports.AddRange(Enumerable.Repeat(Published(fees: true), 4));
        reports.Add(Published(fees: true) with { Status = FeedbackStatus.UnderReview });
        reports.Add(Published(fees: true) with { Status = FeedbackStatus.Verified });
        reports.Add(Published(fees: true) with { Status = FeedbackStatus.Rejected });
        reports.Add(Published(fees: true) with { IsDuplicate = true });

        FeedbackAggregates.Summarise(reports).ShouldBe(FeedbackSummary.Empty);
    }

    [Fact]
    public void EachFigure_NeedsFiveReportsBehindThatVeryFigure()
    {
        // Nine published: six mention fees, four a kept passport; six rated fees, four rated support abroad.
        var reports = new List<FeedbackFacts>
        {
            Published(fees: true, passport: true, ratingFees: 1, support: 2),
            Published(fees: true, passport: true, ratingFees: 2, support: 2),
            Published(fees: true, passport: true, ratingFees: 1, support: 3),
            Published(fees: true, passport: true, ratingFees: 2, support: 1),
            Published(fees: true, ratingFees: 1),
            Published(fees: true, ratingFees: 2),
            Published(),
            Published(),
            Published(),
        };

        var summary = FeedbackAggregates.Summarise(reports);

        summary.PublishedReports.ShouldBe(9);
        summary.Figures.ShouldBe(
        [
            new FeedbackFigure(FeedbackFigureKind.FeesAsked, 6, null),
            new FeedbackFigure(FeedbackFigureKind.RatingFees, 6, 1.5),
        ]);
    }

    [Fact]
    public void FifthReport_MakesTheFigureAppear()
    {
        var four = Enumerable.Repeat(Published(passport: true, support: 4), 4).Append(Published()).ToList();
        FeedbackAggregates.Summarise(four).Figures.ShouldBeEmpty();

        var five = four.Append(Published(passport: true, support: 5)).ToList();

        FeedbackAggregates.Summarise(five).Figures.ShouldBe(
        [
            new FeedbackFigure(FeedbackFigureKind.PassportKept, 5, null),
            new FeedbackFigure(FeedbackFigureKind.RatingSupportAbroad, 5, 4.2),
        ]);
    }

    [Fact]
    public void Facts_AreTakenFromTheReport_WithoutItsText()
    {
        var report = new AgencyFeedback
        {
            Reference = "FB-2345-6789",
            Language = "en",
            AgencyNameGiven = "Synthetic",
            Status = FeedbackStatus.Published,
            PassportKept = true,
            Abuse = true,
            RatingPreDeparture = 3,
            DuplicateOfId = Guid.NewGuid(),
            Text = "never used",
        };

        FeedbackFacts.Of(report).ShouldBe(new FeedbackFacts(FeedbackStatus.Published, true, false, true, false, false, false, false, true, null, null, 3, null));
    }
}
