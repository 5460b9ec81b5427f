using Linda.Core.Agencies;
using Linda.Core.Agencies.Feedback;
using Linda.Data;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Agencies.Feedback;

/// <summary>
/// The public figures about agencies' feedback (<see cref="FeedbackAggregates"/>), read from published reports only
/// and never from their text.
/// </summary>
public sealed class FeedbackSummaries(LindaDbContext db)
{
    /// <summary>The summary of each registry agency with one of <paramref name="licenceNumbers"/>, by licence key.</summary>
    public async Task<IReadOnlyDictionary<string, FeedbackSummary>> ForLicencesAsync(IEnumerable<string?> licenceNumbers, CancellationToken ct)
    {
        var keys = licenceNumbers.Select(LicenceNumbers.Normalise).OfType<string>().Distinct().ToList();
        if (keys.Count == 0)
        {
            return new Dictionary<string, FeedbackSummary>();
        }
        var agencies = await db.Agencies.AsNoTracking().Where(a => keys.Contains(a.LicenceKey)).Select(a => new { a.Id, a.LicenceKey }).ToListAsync(ct);
        var ids = agencies.Select(a => (Guid?)a.Id).ToList();
        var facts = await db.AgencyFeedback.AsNoTracking()
            .Where(f => ids.Contains(f.AgencyId) && f.Status == FeedbackStatus.Published && f.DuplicateOfId == null)
            .Select(f => new
            {
                f.AgencyId,
                Facts = new FeedbackFacts(f.Status, f.DuplicateOfId != null, f.FeesAsked, f.PassportKept, f.ContractChanged, f.JobDifferent,
                    f.NoLicenceDisplayed, f.TravelAgencyActingAsRecruiter, f.Abuse,
                    f.RatingFees, f.RatingContractHonesty, f.RatingPreDeparture, f.RatingSupportAbroad),
            })
            .ToListAsync(ct);
        return agencies.ToDictionary(
            a => a.LicenceKey,
            a => FeedbackAggregates.Summarise(facts.Where(f => f.AgencyId == a.Id).Select(f => f.Facts)));
    }
}
