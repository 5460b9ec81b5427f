using Linda.Core.Agencies;
using Linda.Core.Agencies.Feedback;
using Linda.Core.Auditing;
using Linda.Core.Intake;
using Linda.Core.Matching;
using Linda.Data;
using Linda.Web.Features.Agencies.Verification;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Agencies.Oversight.Feedback;

/// <summary>
/// One feedback report for an officer: everything it says, decrypted (each view is audited), its history, and the
/// moderation actions: verify, publish, reject with a reason, mark as a duplicate of another report, link to a
/// registry agency or unlink. Every action is a write, so the audit log records who did it and when.
/// </summary>
public sealed class ReviewModel(LindaDbContext db, RegistryMatcher registry, TimeProvider time) : PageModel
{
    private const int MaxCandidates = 10;

    public AgencyFeedback Feedback { get; private set; } = null!;
    public Agency? Agency { get; private set; }
    public LicenceState? AgencyState { get; private set; }
    public string? DuplicateOfReference { get; private set; }
    public string? ModeratedByName { get; private set; }
    public IReadOnlyList<HistoryRow> History { get; private set; } = [];
    public IReadOnlyList<Candidate> Candidates { get; private set; } = [];

    /// <summary>What the officer searched for to link an agency (name, licence number, phone, e-mail or website).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Find { get; set; }

    /// <summary>Why the last action was refused.</summary>
    public string? Refusal { get; private set; }

    public sealed record HistoryRow(DateTime OccurredAt, string Who, string Action, string? Changed);

    public sealed record Candidate(Guid Id, string Name, string LicenceNumber, string State, double Similarity);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await ShowAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostVerifyAsync(Guid id, CancellationToken ct) => MoveAsync(id, FeedbackStatus.Verified, null, ct);

    public Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct) => MoveAsync(id, FeedbackStatus.Published, null, ct);

    public Task<IActionResult> OnPostRejectAsync(Guid id, string? reason, CancellationToken ct) => MoveAsync(id, FeedbackStatus.Rejected, reason, ct);

    /// <summary>A duplicate is rejected with a reason naming the original, and never counted in public figures.</summary>
    public async Task<IActionResult> OnPostDuplicateAsync(Guid id, string? duplicateOf, CancellationToken ct)
    {
        var feedback = await db.AgencyFeedback.FirstOrDefaultAsync(f => f.Id == id, ct);
        if (feedback is null)
        {
            return NotFound();
        }
        var reference = ReferenceCodes.Normalise(duplicateOf, "FB");
        var original = reference is null ? null
            : await db.AgencyFeedback.AsNoTracking().Where(f => f.Reference == reference).Select(f => new { f.Id, f.Reference }).FirstOrDefaultAsync(ct);
        var refusal = original is null ? "Enter the reference of an existing report, for example FB-7K3M-Q9P2."
            : original.Id == id ? "A report cannot be a duplicate of itself."
            : null;
        if (refusal is null && feedback.Status != FeedbackStatus.Rejected)
        {
            refusal = FeedbackModeration.Apply(feedback, FeedbackStatus.Rejected, $"Duplicate of {original!.Reference}", db.CurrentActor.ActorId, db.UtcNow);
        }
        if (refusal is not null)
        {
            return await RefuseAsync(id, refusal, ct);
        }
        feedback.DuplicateOfId = original!.Id;
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostLinkAsync(Guid id, Guid agencyId, CancellationToken ct)
    {
        var feedback = await db.AgencyFeedback.FirstOrDefaultAsync(f => f.Id == id, ct);
        if (feedback is null)
        {
            return NotFound();
        }
        if (!await db.Agencies.AnyAsync(a => a.Id == agencyId, ct))
        {
            return await RefuseAsync(id, "Choose an agency from the registry.", ct);
        }
        feedback.AgencyId = agencyId;
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostUnlinkAsync(Guid id, CancellationToken ct)
    {
        var feedback = await db.AgencyFeedback.FirstOrDefaultAsync(f => f.Id == id, ct);
        if (feedback is null)
        {
            return NotFound();
        }
        feedback.AgencyId = null;
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> MoveAsync(Guid id, FeedbackStatus to, string? reason, CancellationToken ct)
    {
        var feedback = await db.AgencyFeedback.FirstOrDefaultAsync(f => f.Id == id, ct);
        if (feedback is null)
        {
            return NotFound();
        }
        if (FeedbackModeration.Apply(feedback, to, reason, db.CurrentActor.ActorId, db.UtcNow) is { } refusal)
        {
            return await RefuseAsync(id, refusal, ct);
        }
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> RefuseAsync(Guid id, string refusal, CancellationToken ct)
    {
        // Nothing of the refused action is saved: the page is shown again from the database as it stands.
        db.ChangeTracker.Clear();
        Refusal = refusal;
        await ShowAsync(id, ct);
        return Page();
    }

    private async Task<bool> ShowAsync(Guid id, CancellationToken ct)
    {
        var feedback = await db.AgencyFeedback.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);
        if (feedback is null)
        {
            return false;
        }
        Feedback = feedback;
        // The page shows the decrypted text and contact: every view is recorded.
        await db.AuditNowAsync(AuditActions.FeedbackRead, nameof(AgencyFeedback), id.ToString(), ct: ct);

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (feedback.AgencyId is { } agencyId)
        {
            Agency = await db.Agencies.AsNoTracking().Include(a => a.Sanctions).FirstOrDefaultAsync(a => a.Id == agencyId, ct);
            AgencyState = Agency?.StateOn(today);
        }
        if (feedback.DuplicateOfId is { } originalId)
        {
            DuplicateOfReference = await db.AgencyFeedback.AsNoTracking().Where(f => f.Id == originalId).Select(f => f.Reference).FirstOrDefaultAsync(ct);
        }
        var subject = id.ToString();
        var events = await db.AuditEvents.AsNoTracking()
            .Where(e => e.SubjectType == nameof(AgencyFeedback) && e.SubjectId == subject)
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.OccurredAt, e.ActorId, e.Action, e.ChangedProperties })
            .Take(100)
            .ToListAsync(ct);
        var actorIds = events.Select(e => e.ActorId).Append(feedback.ModeratedBy)
            .Select(a => Guid.TryParse(a, out var g) ? g : (Guid?)null).OfType<Guid>().Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => actorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id.ToString(), u => u.Email ?? u.UserName ?? "", ct);
        string Who(string? actor) => actor is null ? "the public (no account)" : names.GetValueOrDefault(actor, actor);
        History = events.Select(e => new HistoryRow(e.OccurredAt, Who(e.ActorId), e.Action, e.ChangedProperties)).ToList();
        ModeratedByName = feedback.ModeratedBy is null ? null : Who(feedback.ModeratedBy);

        await FindCandidatesAsync(feedback, today, ct);
        return true;
    }

    /// <summary>Registry agencies to link to: the officer's search, or what the reporter gave while unlinked.</summary>
    private async Task FindCandidatesAsync(AgencyFeedback feedback, DateOnly today, CancellationToken ct)
    {
        var search = Find?.Trim();
        if (string.IsNullOrEmpty(search) && feedback.AgencyId is null)
        {
            search = feedback.LicenceNumberGiven ?? (feedback.AgencyNameGiven.Length > 0 ? feedback.AgencyNameGiven : null);
            Find = search;
        }
        if (string.IsNullOrEmpty(search) || search.Length > VerifyAgencyHandler.MaxQueryLength)
        {
            return;
        }
        var candidates = new List<Candidate>();
        if (LicenceNumbers.Normalise(search) is { } key)
        {
            var exact = await db.Agencies.AsNoTracking().Include(a => a.Sanctions).FirstOrDefaultAsync(a => a.LicenceKey == key, ct);
            if (exact is not null)
            {
                candidates.Add(new Candidate(exact.Id, exact.Name, exact.LicenceNumber, exact.StateOn(today).ToString(), 1));
            }
        }
        var matcher = await registry.GetAsync(ct);
        var result = matcher.Verify(AgencyQuery.Parse(search));
        foreach (var match in result.Matches.Concat(result.AlsoSimilar))
        {
            if (Guid.TryParse(match.Agency.Id, out var agencyId) && candidates.All(c => c.Id != agencyId))
            {
                candidates.Add(new Candidate(agencyId, match.Agency.Name, match.Agency.LicenceNumber ?? "", match.Agency.State.ToString(), Math.Round(match.Similarity, 2)));
            }
        }
        Candidates = candidates.Take(MaxCandidates).ToList();
    }
}
