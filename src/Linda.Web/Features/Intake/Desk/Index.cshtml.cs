using Linda.Core.Identity;
using Linda.Core.Intake;
using Linda.Core.Triage;
using Linda.Data;
using Linda.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Intake.Desk;

/// <summary>The hotline desk: the queue, today's counted-only calls, who is on duty, and a supervisor's duty switch.</summary>
public sealed class IndexModel(LindaDbContext db, DeskQueueQuery queue, RecordSignalHandler recorder, ResponseTargets targets) : PageModel
{
    public ResponseTargets Targets => targets;

    public DeskQueue Queue { get; private set; } = null!;

    public bool IsSupervisor { get; private set; }

    public bool OnDuty { get; private set; }

    public IReadOnlyList<string> SupervisorsOnDuty { get; private set; } = [];

    public Guid Me { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    /// <summary>The reference as typed, shown again when no signal has it.</summary>
    public string? FindReference { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Me = User.StaffId();
        IsSupervisor = User.IsInRole(StaffRoles.Supervisor);
        Queue = await queue.LoadAsync(User.OrganisationId(), ct);
        OnDuty = await db.Users.AsNoTracking().Where(u => u.Id == Me).Select(u => u.OnDuty).SingleAsync(ct);
        var onDuty = recorder.SupervisorsOnDuty();
        SupervisorsOnDuty = [.. (await db.Users.AsNoTracking().Where(u => onDuty.Contains(u.Id)).Select(u => new { u.FullName, u.Email }).ToListAsync(ct))
            .Select(u => u.FullName ?? u.Email ?? "?").Order(StringComparer.CurrentCulture)];
    }

    /// <summary>
    /// Opens the signal with a reference a caller reads out or a colleague passes on, however it was typed (any case,
    /// with or without the dashes and the "LR" prefix); it finds closed and merged signals too, which the queue does not list.
    /// </summary>
    public async Task<IActionResult> OnPostFindAsync(string? reference, CancellationToken ct)
    {
        var normalised = ReferenceCodes.Normalise(reference, RecordSignalHandler.ReferencePrefix);
        var id = normalised is null
            ? null
            : await db.Signals.AsNoTracking().Where(s => s.Reference == normalised).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(ct);
        if (id is not null)
        {
            return RedirectToPage("/Intake/Desk/Details", new { id });
        }
        FindReference = reference;
        ModelState.AddModelError("reference", normalised is null
            ? "Enter a signal reference, e.g. LR-7K3M-Q9P2."
            : $"There is no signal {normalised}.");
        await OnGetAsync(ct);
        return Page();
    }

    /// <summary>A supervisor goes on or off duty: on-duty supervisors receive P1 alerts and escalations.</summary>
    public async Task<IActionResult> OnPostDutyAsync(bool onDuty, CancellationToken ct)
    {
        if (!User.IsInRole(StaffRoles.Supervisor))
        {
            return Forbid();
        }
        var me = await db.Users.SingleAsync(u => u.Id == User.StaffId(), ct);
        if (me.OnDuty != onDuty)
        {
            me.OnDuty = onDuty;
            await db.SaveChangesAsync(ct);
        }
        Notice = onDuty
            ? "You are on duty: P1 alerts and escalations come to you."
            : "You are off duty: P1 alerts and escalations go to the supervisors on duty.";
        return RedirectToPage();
    }
}
