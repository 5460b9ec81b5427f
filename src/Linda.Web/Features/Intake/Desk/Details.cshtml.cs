using Linda.Core.Identity;
using Linda.Core.Intake;
using Linda.Core.Triage;
using Linda.Data;
using Linda.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Intake.Desk;

/// <summary>
/// One signal for the desk: every detail decrypted (each view audited), the triage suggestion with its evidence,
/// repeat contacts, and the operator's actions. A successful action redirects back here with a notice; a refused
/// one shows the page again with the reason.
/// </summary>
public sealed class DetailsModel(LindaDbContext db, SignalWorkHandler work, RepeatContactsQuery repeats, ResponseTargets targets, TimeProvider time) : PageModel
{
    public const string ReadAction = "signal.read";

    public Signal Signal { get; private set; } = null!;

    public TriageSuggestion Suggestion { get; private set; } = null!;

    public RepeatContacts Repeats { get; private set; } = new([], []);

    public IReadOnlyList<(Guid Id, string Reference)> MergedHere { get; private set; } = [];

    public string? MergedIntoReference { get; private set; }

    public string? CaseReference { get; private set; }

    public string? ClaimedBy { get; private set; }

    public string? TriagedBy { get; private set; }

    public IReadOnlyList<(Guid Id, string Name)> DeskStaff { get; private set; } = [];

    public Guid Me { get; private set; }

    public DateTime Now { get; private set; }

    public ResponseTargets Targets => targets;

    public bool IsWorkable => Signal.IsTriaged && Signal.Status is SignalStatus.Open or SignalStatus.InProgress;

    // What the operator typed, shown again when an action is refused.
    public Urgency? TriageUrgency { get; private set; }
    public string? TriageReason { get; private set; }
    public string? CloseOutcome { get; private set; }
    public string? CloseReason { get; private set; }
    public string? MergeTarget { get; private set; }
    public string? CaseReferenceInput { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostTriageAsync(Guid id, Urgency? urgency, string? reason, CancellationToken ct)
    {
        TriageUrgency = urgency;
        TriageReason = reason;
        return urgency is null
            ? RefuseAsync(id, "Choose an urgency.", "urgency", ct)
            : ActAsync(id, work.TriageAsync(id, urgency.Value, reason, Actor(), ct), "reason", ct);
    }

    public Task<IActionResult> OnPostClaimAsync(Guid id, CancellationToken ct) => ActAsync(id, work.ClaimAsync(id, Actor(), ct), null, ct);

    public Task<IActionResult> OnPostReleaseAsync(Guid id, CancellationToken ct) => ActAsync(id, work.ReleaseAsync(id, Actor(), ct), null, ct);

    public Task<IActionResult> OnPostAssignAsync(Guid id, Guid? assigneeId, CancellationToken ct) =>
        assigneeId is null
            ? RefuseAsync(id, "Choose who to assign it to.", "assigneeId", ct)
            : ActAsync(id, work.AssignAsync(id, assigneeId.Value, Actor(), ct), "assigneeId", ct);

    public Task<IActionResult> OnPostRespondAsync(Guid id, CancellationToken ct) => ActAsync(id, work.RespondAsync(id, ct), null, ct);

    public Task<IActionResult> OnPostCloseAsync(Guid id, string? outcome, string? closeReason, CancellationToken ct)
    {
        CloseOutcome = outcome;
        CloseReason = closeReason;
        return outcome is not ("resolved" or "non-actionable")
            ? RefuseAsync(id, "Choose how the signal ends.", "outcome", ct)
            : ActAsync(id, work.CloseAsync(id, outcome == "non-actionable", closeReason, ct), "closeReason", ct);
    }

    public Task<IActionResult> OnPostMergeAsync(Guid id, string? target, CancellationToken ct)
    {
        MergeTarget = target;
        return ActAsync(id, work.MergeAsync(id, target, ct), "target", ct);
    }

    public async Task<IActionResult> OnPostLinkCaseAsync(Guid id, string? caseReference, CancellationToken ct)
    {
        CaseReferenceInput = caseReference;
        return await ActAsync(id, work.LinkToCaseAsync(id, caseReference, Actor(), ct), "caseReference", ct);
    }

    public async Task<IActionResult> OnPostOpenCaseAsync(Guid id, CancellationToken ct)
    {
        var result = await work.OpenCaseAsync(id, Actor(), ct);
        if (result.Succeeded && result.CaseId is { } caseId)
        {
            Notice = result.Message;
            return Redirect($"/staff/cases/{caseId}");
        }
        return await ShowAsync(id, result, null, ct);
    }

    private DeskActor Actor() => new(User.StaffId(), User.OrganisationId(), User.IsInRole(StaffRoles.Supervisor));

    private async Task<IActionResult> ActAsync(Guid id, Task<WorkResult> action, string? field, CancellationToken ct) =>
        await ShowAsync(id, await action, field, ct);

    private Task<IActionResult> RefuseAsync(Guid id, string message, string field, CancellationToken ct) =>
        ShowAsync(id, WorkResult.Refused(message), field, ct);

    private async Task<IActionResult> ShowAsync(Guid id, WorkResult result, string? field, CancellationToken ct)
    {
        if (!result.Found)
        {
            return NotFound();
        }
        if (result.Succeeded)
        {
            Notice = result.Message;
            return RedirectToPage(new { id });
        }
        Problem = result.Message;
        if (field is not null)
        {
            ModelState.AddModelError(field, result.Message);
        }
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var signal = await db.Signals.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (signal is null)
        {
            return false;
        }
        // Every view shows personal data: audited before anything is shown.
        await db.AuditNowAsync(ReadAction, nameof(Core.Intake.Signal), id.ToString(), ct: ct);
        Signal = signal;
        Me = User.StaffId();
        Now = time.GetUtcNow().UtcDateTime;
        TriageUrgency ??= signal.Urgency;
        Suggestion = TriageEngine.Suggest(signal.Categories.Split(',', StringSplitOptions.RemoveEmptyEntries), signal.Description);
        Repeats = await repeats.ForSignalAsync(id, signal.PersonPhoneIndex, signal.ReporterPhoneIndex, User.OrganisationId(), ct);
        MergedHere = [.. (await db.Signals.AsNoTracking().Where(s => s.MergedIntoId == id).OrderBy(s => s.ReceivedAt)
            .Select(s => new { s.Id, s.Reference }).ToListAsync(ct)).Select(s => (s.Id, s.Reference))];
        MergedIntoReference = signal.MergedIntoId is { } target
            ? await db.Signals.AsNoTracking().Where(s => s.Id == target).Select(s => s.Reference).FirstOrDefaultAsync(ct)
            : null;
        CaseReference = signal.CaseId is { } caseId
            ? await db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => c.Reference).FirstOrDefaultAsync(ct)
            : null;
        var staffIds = new[] { signal.ClaimedById, signal.TriagedById }.OfType<Guid>().ToList();
        var names = await db.Users.AsNoTracking().Where(u => staffIds.Contains(u.Id))
            .Select(u => new { u.Id, u.FullName, u.Email }).ToDictionaryAsync(u => u.Id, u => u.FullName ?? u.Email, ct);
        ClaimedBy = signal.ClaimedById is { } holder ? names.GetValueOrDefault(holder) : null;
        TriagedBy = signal.TriagedById is { } triager ? names.GetValueOrDefault(triager) : null;
        DeskStaff = [.. (await work.DeskStaff().AsNoTracking().Select(u => new { u.Id, u.FullName, u.Email }).ToListAsync(ct))
            .Select(u => (u.Id, u.FullName ?? u.Email ?? "?")).OrderBy(u => u.Item2, StringComparer.CurrentCulture)];
        return true;
    }
}
