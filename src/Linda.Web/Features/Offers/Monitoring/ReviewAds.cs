using Linda.Core.Intake;
using Linda.Core.Offers;
using Linda.Data;
using Linda.Web.Features.Intake.Desk;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Offers.Monitoring;

/// <summary>What an officer's review acts on: one ad, or every ad of an operation.</summary>
public enum ReviewScope
{
    Ad,
    Operation,
}

/// <summary>The outcome of a review action: done (with words for the officer), refused (why), or nothing found.</summary>
public sealed record ReviewResult(bool Found, string? Done, string? Refusal, Guid? CaseId = null)
{
    public static readonly ReviewResult NotFound = new(false, null, null);

    public static ReviewResult Refused(string why) => new(true, null, why);
}

/// <summary>An officer's review: who acts, for which organisation a case is opened.</summary>
public sealed record Reviewer(Guid UserId, Guid OrganisationId);

/// <summary>
/// The officer's review actions on an ad or a whole operation: label it confirmed scam or benign (with an optional
/// note), escalate it to a case, or escalate it to its registry agency's risk. Each is an ordinary audited save, so
/// the audit log records who did what to which ad. Other modules read the fields set here (agency risk, the
/// evaluation set); this handler only sets them.
/// </summary>
public sealed class ReviewAdsHandler(LindaDbContext db)
{
    /// <summary>The labels an officer can give; <see cref="AdLabel.Unreviewed"/> is where every ad starts.</summary>
    public static readonly IReadOnlyList<AdLabel> Verdicts = [AdLabel.ConfirmedScam, AdLabel.Benign];

    /// <summary>Labels every ad in scope; a note longer than <see cref="JobAd.NoteMaxLength"/> or an unknown label is refused.</summary>
    public async Task<ReviewResult> LabelAsync(ReviewScope scope, Guid id, AdLabel label, string? note, Reviewer reviewer, CancellationToken ct)
    {
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (!Verdicts.Contains(label))
        {
            return ReviewResult.Refused("Choose confirmed scam or benign.");
        }
        if (note?.Length > JobAd.NoteMaxLength)
        {
            return ReviewResult.Refused($"The note can be at most {JobAd.NoteMaxLength} characters.");
        }
        var ads = await AdsAsync(scope, id, ct);
        if (ads.Count == 0)
        {
            return ReviewResult.NotFound;
        }
        var now = db.UtcNow;
        foreach (var ad in ads)
        {
            ad.Label = label;
            ad.LabelNote = note;
            ad.LabelledById = reviewer.UserId;
            ad.LabelledAt = now;
        }
        await db.SaveChangesAsync(ct);
        await RefreshUnreviewedAsync(ads, ct);
        var what = label == AdLabel.ConfirmedScam ? "confirmed scam" : "benign";
        return new ReviewResult(true, ads.Count == 1 ? $"Marked as {what}." : $"{ads.Count} ads marked as {what}.", null);
    }

    /// <summary>
    /// Opens a case shell in the officer's organisation and links every ad in scope that has no case yet; refused when
    /// they all have one.
    /// </summary>
    public async Task<ReviewResult> EscalateToCaseAsync(ReviewScope scope, Guid id, Reviewer reviewer, CancellationToken ct)
    {
        var ads = await AdsAsync(scope, id, ct);
        if (ads.Count == 0)
        {
            return ReviewResult.NotFound;
        }
        var open = ads.Where(a => a.CaseId is null).ToList();
        if (open.Count == 0)
        {
            var reference = await db.Cases.AsNoTracking().Where(c => c.Id == ads[0].CaseId).Select(c => c.Reference).FirstOrDefaultAsync(ct);
            return ReviewResult.Refused($"Already escalated to case {reference}.");
        }
        var opened = new Case
        {
            Reference = ReferenceCodes.New(SignalWorkHandler.CaseReferencePrefix),
            OrganisationId = reviewer.OrganisationId,
            OpenedAt = db.UtcNow,
            OpenedById = reviewer.UserId,
        };
        db.Cases.Add(opened);
        foreach (var ad in open)
        {
            ad.CaseId = opened.Id;
        }
        await db.SaveChangesAsync(ct);
        return new ReviewResult(true, $"Case {opened.Reference} opened with {(open.Count == 1 ? "this ad" : $"{open.Count} ads")}.", null, opened.Id);
    }

    /// <summary>
    /// Marks the ads in scope that are linked to a registry agency as escalated to that agency's risk. When
    /// <paramref name="agencyId"/> is given (the officer found the agency), ads without an agency are linked to it
    /// first. Refused when no ad has an agency.
    /// </summary>
    public async Task<ReviewResult> EscalateToAgencyAsync(ReviewScope scope, Guid id, Guid? agencyId, Reviewer reviewer, CancellationToken ct)
    {
        if (agencyId is { } chosen && !await db.Agencies.AnyAsync(a => a.Id == chosen, ct))
        {
            return ReviewResult.Refused("Choose an agency from the registry.");
        }
        var ads = await AdsAsync(scope, id, ct);
        if (ads.Count == 0)
        {
            return ReviewResult.NotFound;
        }
        if (agencyId is not null)
        {
            foreach (var ad in ads.Where(a => a.AgencyId is null))
            {
                ad.AgencyId = agencyId;
            }
        }
        var linked = ads.Where(a => a.AgencyId is not null).ToList();
        if (linked.Count == 0)
        {
            return ReviewResult.Refused("No ad here is linked to a registry agency: find the agency below first.");
        }
        var now = db.UtcNow;
        var escalated = 0;
        foreach (var ad in linked.Where(a => a.AgencyEscalatedAt is null))
        {
            ad.AgencyEscalatedAt = now;
            ad.AgencyEscalatedById = reviewer.UserId;
            escalated++;
        }
        if (escalated == 0)
        {
            return ReviewResult.Refused("Already escalated to the agency's risk.");
        }
        await db.SaveChangesAsync(ct);
        return new ReviewResult(true, escalated == 1 ? "Escalated to the agency's risk." : $"{escalated} ads escalated to their agency's risk.", null);
    }

    private Task<List<JobAd>> AdsAsync(ReviewScope scope, Guid id, CancellationToken ct) =>
        (scope == ReviewScope.Ad ? db.JobAds.Where(a => a.Id == id) : db.JobAds.Where(a => a.OperationId == id))
            .OrderBy(a => a.Id).ToListAsync(ct);

    /// <summary>
    /// The queue shows labelled work as done at once; the linking job would also correct the count at its next run
    /// (a label is a change it looks for).
    /// </summary>
    private async Task RefreshUnreviewedAsync(List<JobAd> ads, CancellationToken ct)
    {
        var operations = ads.Select(a => a.OperationId).OfType<Guid>().Distinct().ToList();
        await db.AdOperations.Where(o => operations.Contains(o.Id))
            .ExecuteUpdateAsync(u => u.SetProperty(o => o.UnreviewedCount,
                o => db.JobAds.Count(a => a.OperationId == o.Id && a.Label == AdLabel.Unreviewed)), ct);
    }
}
