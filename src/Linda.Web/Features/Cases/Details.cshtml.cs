using Linda.Core.Intake;
using Linda.Core.Triage;
using Linda.Data;
using Linda.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Cases;

/// <summary>One signal in a case's timeline.</summary>
/// <summary>A job ad an oversight officer escalated to this case.</summary>
public sealed record CaseAd(Guid Id, string? Title, string Start, Core.Screening.RiskLevel Risk, int Score, DateTime LastSeenAt);

public sealed record CaseSignal(Guid Id, string Reference, SignalChannel Channel, DateTime ReceivedAt, Urgency Urgency, string Categories, SignalStatus Status, bool Merged);

/// <summary>
/// The case shell opened from the hotline desk: the person, the signals that led to it and who is responsible. Only
/// staff of the case's organisation see it (others get 404, which does not confirm the case exists); each view is
/// audited. The cases module extends this page.
/// </summary>
public sealed class DetailsModel(LindaDbContext db) : PageModel
{
    public const string ReadAction = "case.read";

    public Case Case { get; private set; } = null!;

    public string? Assignee { get; private set; }

    public string? OpenedBy { get; private set; }

    public IReadOnlyList<CaseSignal> Timeline { get; private set; } = [];

    public IReadOnlyList<CaseAd> Ads { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var organisationId = User.OrganisationId();
        var found = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.OrganisationId == organisationId, ct);
        if (found is null)
        {
            return NotFound();
        }
        await db.AuditNowAsync(ReadAction, nameof(Core.Intake.Case), id.ToString(), ct: ct);
        Case = found;
        var staffIds = new[] { found.AssigneeId, found.OpenedById }.OfType<Guid>().ToList();
        var names = await db.Users.AsNoTracking().Where(u => staffIds.Contains(u.Id))
            .Select(u => new { u.Id, u.FullName, u.Email }).ToDictionaryAsync(u => u.Id, u => u.FullName ?? u.Email, ct);
        Assignee = found.AssigneeId is { } assignee ? names.GetValueOrDefault(assignee) : null;
        OpenedBy = found.OpenedById is { } opener ? names.GetValueOrDefault(opener) : null;

        var linked = db.Signals.AsNoTracking().Where(s => s.CaseId == id).Select(s => s.Id);
        var signals = await db.Signals.AsNoTracking()
            .Where(s => s.CaseId == id || (s.MergedIntoId != null && linked.Contains(s.MergedIntoId.Value)))
            .OrderBy(s => s.ReceivedAt)
            .Select(s => new { s.Id, s.Reference, s.Channel, s.ReceivedAt, s.ConfirmedUrgency, s.SuggestedUrgency, s.Categories, s.Status, s.MergedIntoId })
            .ToListAsync(ct);
        Ads = await db.JobAds.AsNoTracking().Where(a => a.CaseId == id).OrderBy(a => a.Id)
            .Select(a => new CaseAd(a.Id, a.Title, a.Text.Substring(0, 200), a.Risk, a.Score, a.LastSeenAt))
            .ToListAsync(ct);
        Timeline = [.. signals.Select(s => new CaseSignal(s.Id, s.Reference, s.Channel, s.ReceivedAt, s.ConfirmedUrgency ?? s.SuggestedUrgency, s.Categories, s.Status, s.MergedIntoId is not null))];
        return Page();
    }
}
