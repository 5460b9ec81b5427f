namespace Linda.Core.Agencies.Feedback;

/// <summary>A public figure about one agency.</summary>
public enum FeedbackFigureKind
{
    FeesAsked,
    PassportKept,
    ContractChanged,
    JobDifferent,
    NoLicenceDisplayed,
    TravelAgencyActingAsRecruiter,
    Abuse,
    RatingFees,
    RatingContractHonesty,
    RatingPreDeparture,
    RatingSupportAbroad,
}

/// <param name="Kind">What the figure counts or averages.</param>
/// <param name="Reports">
/// The reports behind the figure: for a count, the reports that mention it; for a rating, the reports that gave it.
/// </param>
/// <param name="Average">For a rating, the average from 1 to 5, to one decimal; null for a count.</param>
public sealed record FeedbackFigure(FeedbackFigureKind Kind, int Reports, double? Average)
{
    public bool IsRating => Average is not null;
}

/// <param name="PublishedReports">How many published reports the figures come from; null when fewer than the minimum.</param>
/// <param name="Figures">The figures that have at least the minimum of reports behind them, in a fixed order.</param>
public sealed record FeedbackSummary(int? PublishedReports, IReadOnlyList<FeedbackFigure> Figures)
{
    public static readonly FeedbackSummary Empty = new(null, []);
}

/// <summary>
/// The public figures about an agency's feedback (issue 3). Only published reports count (not one under review,
/// verified but unpublished, rejected, or marked a duplicate), and a figure is shown only when at least
/// <see cref="MinimumReports"/> reports are behind that very figure: an average of four ratings stays hidden even
/// when the agency has nine reports, so that no figure can point to one person's report. Free text is never used.
/// </summary>
public static class FeedbackAggregates
{
    /// <summary>k: the fewest reports behind any figure that is shown.</summary>
    public const int MinimumReports = 5;

    public static FeedbackSummary Summarise(IEnumerable<FeedbackFacts> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var published = reports.Where(r => r.Status == FeedbackStatus.Published && !r.IsDuplicate).ToList();
        if (published.Count < MinimumReports)
        {
            return FeedbackSummary.Empty;
        }
        var figures = new List<FeedbackFigure>();
        void Count(FeedbackFigureKind kind, Func<FeedbackFacts, bool> mentions)
        {
            var count = published.Count(mentions);
            if (count >= MinimumReports)
            {
                figures.Add(new FeedbackFigure(kind, count, null));
            }
        }
        void Rating(FeedbackFigureKind kind, Func<FeedbackFacts, int?> rating)
        {
            var given = published.Select(rating).OfType<int>().ToList();
            if (given.Count >= MinimumReports)
            {
                figures.Add(new FeedbackFigure(kind, given.Count, Math.Round(given.Average(), 1, MidpointRounding.AwayFromZero)));
            }
        }
        Count(FeedbackFigureKind.FeesAsked, r => r.FeesAsked);
        Count(FeedbackFigureKind.PassportKept, r => r.PassportKept);
        Count(FeedbackFigureKind.ContractChanged, r => r.ContractChanged);
        Count(FeedbackFigureKind.JobDifferent, r => r.JobDifferent);
        Count(FeedbackFigureKind.NoLicenceDisplayed, r => r.NoLicenceDisplayed);
        Count(FeedbackFigureKind.TravelAgencyActingAsRecruiter, r => r.TravelAgencyActingAsRecruiter);
        Count(FeedbackFigureKind.Abuse, r => r.Abuse);
        Rating(FeedbackFigureKind.RatingFees, r => r.RatingFees);
        Rating(FeedbackFigureKind.RatingContractHonesty, r => r.RatingContractHonesty);
        Rating(FeedbackFigureKind.RatingPreDeparture, r => r.RatingPreDeparture);
        Rating(FeedbackFigureKind.RatingSupportAbroad, r => r.RatingSupportAbroad);
        return new FeedbackSummary(published.Count, figures);
    }
}
