using Linda.Core.Auditing;
using Linda.Core.Identity;
using Linda.Core.Intake;
using Linda.Core.Triage;
using Linda.Data;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Intake.Desk;

/// <summary>Who is working the desk: the signed-in operator or supervisor.</summary>
public sealed record DeskActor(Guid UserId, Guid OrganisationId, bool IsSupervisor);

/// <summary>The outcome of one action on a signal, in words for the operator.</summary>
public sealed record WorkResult(bool Succeeded, string Message, bool Found = true, Guid? CaseId = null)
{
    public static WorkResult Done(string message, Guid? caseId = null) => new(true, message, CaseId: caseId);
    public static WorkResult Refused(string message) => new(false, message);
    public static readonly WorkResult NotFound = new(false, "There is no such signal.", Found: false);
}

/// <summary>
/// What an operator does with a signal: triage, claim, release, assign, respond, close, merge, link to a case or
/// open one. Claims and releases are conditional updates, so two operators acting at once cannot both win; every
/// change is audited.
/// </summary>
public sealed class SignalWorkHandler(LindaDbContext db, RecordSignalHandler recorder)
{
    public const int ReasonMaxLength = Signal.CloseReasonMaxLength;

    private static readonly SignalStatus[] Workable = [SignalStatus.Open, SignalStatus.InProgress];

    /// <summary>Confirms the suggested urgency or overrides it; a different urgency needs a reason. Both are kept.</summary>
    public async Task<WorkResult> TriageAsync(Guid id, Urgency urgency, string? reason, DeskActor actor, CancellationToken ct)
    {
        var signal = await db.Signals.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (signal is null)
        {
            return WorkResult.NotFound;
        }
        if (!signal.IsTriaged || !Workable.Contains(signal.Status))
        {
            return WorkResult.Refused("This signal is no longer open, so its urgency cannot change.");
        }
        if (!Enum.IsDefined(urgency))
        {
            return WorkResult.Refused("Choose an urgency.");
        }
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (urgency != signal.SuggestedUrgency && reason is null)
        {
            return WorkResult.Refused($"Give a reason for changing the suggested urgency {signal.SuggestedUrgency} to {urgency}.");
        }
        if (reason?.Length > ReasonMaxLength)
        {
            return WorkResult.Refused($"The reason is too long (at most {ReasonMaxLength} characters).");
        }
        var before = signal.Urgency;
        signal.ConfirmedUrgency = urgency;
        signal.OverrideReason = urgency == signal.SuggestedUrgency ? null : reason;
        signal.TriagedById = actor.UserId;
        signal.TriagedAt = db.UtcNow;
        if (urgency < before)
        {
            // More urgent means a shorter target and so a new breach: the escalation job may escalate it again.
            // A less urgent level keeps an escalation that already happened.
            signal.EscalatedAt = null;
        }
        if (urgency == Urgency.P1 && before != Urgency.P1)
        {
            await recorder.AlertIfUrgentAsync(signal, ct);
        }
        await db.SaveChangesAsync(ct);
        return WorkResult.Done(urgency == signal.SuggestedUrgency
            ? $"Urgency {urgency} confirmed."
            : $"Urgency set to {urgency} (suggested {signal.SuggestedUrgency}); your reason is kept.");
    }

    /// <summary>Claims an unclaimed signal. Of two operators claiming at once exactly one wins: the update only applies while nobody holds it.</summary>
    public async Task<WorkResult> ClaimAsync(Guid id, DeskActor actor, CancellationToken ct)
    {
        var now = db.UtcNow;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var won = await db.Signals
            .Where(s => s.Id == id && s.ClaimedById == null && s.IsTriaged && Workable.Contains(s.Status))
            .ExecuteUpdateAsync(u => u
                .SetProperty(s => s.ClaimedById, actor.UserId)
                .SetProperty(s => s.ClaimedAt, now)
                .SetProperty(s => s.Status, SignalStatus.InProgress)
                .SetProperty(s => s.OrganisationId, actor.OrganisationId), ct);
        if (won == 0)
        {
            await transaction.RollbackAsync(ct);
            return await WhyNotClaimedAsync(id, actor, ct);
        }
        await AuditUpdateAsync(id, "ClaimedById,ClaimedAt,Status,OrganisationId", ct);
        await transaction.CommitAsync(ct);
        return WorkResult.Done("You have claimed this signal.");
    }

    /// <summary>Gives a signal back to the queue: the holder may, and so may a supervisor.</summary>
    public async Task<WorkResult> ReleaseAsync(Guid id, DeskActor actor, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var released = await db.Signals
            .Where(s => s.Id == id && s.ClaimedById != null && (s.ClaimedById == actor.UserId || actor.IsSupervisor) && Workable.Contains(s.Status))
            .ExecuteUpdateAsync(u => u
                .SetProperty(s => s.ClaimedById, (Guid?)null)
                .SetProperty(s => s.ClaimedAt, (DateTime?)null)
                .SetProperty(s => s.Status, SignalStatus.Open), ct);
        if (released == 0)
        {
            await transaction.RollbackAsync(ct);
            return await ExistsAsync(id, ct)
                ? WorkResult.Refused("Only the operator holding this signal, or a supervisor, can release it.")
                : WorkResult.NotFound;
        }
        await AuditUpdateAsync(id, "ClaimedById,ClaimedAt,Status", ct);
        await transaction.CommitAsync(ct);
        return WorkResult.Done("Released: the signal is back in the queue.");
    }

    /// <summary>
    /// Hands a signal to another operator or supervisor. An unclaimed signal or one the actor holds can be assigned;
    /// a supervisor can reassign any.
    /// </summary>
    public async Task<WorkResult> AssignAsync(Guid id, Guid assigneeId, DeskActor actor, CancellationToken ct)
    {
        var assignee = await DeskStaff().Where(u => u.Id == assigneeId).Select(u => new { u.Id, u.OrganisationId }).FirstOrDefaultAsync(ct);
        if (assignee is null)
        {
            return WorkResult.Refused("Choose an operator or supervisor who works the desk.");
        }
        var now = db.UtcNow;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var assigned = await db.Signals
            .Where(s => s.Id == id && s.IsTriaged && Workable.Contains(s.Status)
                && (s.ClaimedById == null || s.ClaimedById == actor.UserId || actor.IsSupervisor))
            .ExecuteUpdateAsync(u => u
                .SetProperty(s => s.ClaimedById, assignee.Id)
                .SetProperty(s => s.ClaimedAt, now)
                .SetProperty(s => s.Status, SignalStatus.InProgress)
                .SetProperty(s => s.OrganisationId, assignee.OrganisationId), ct);
        if (assigned == 0)
        {
            await transaction.RollbackAsync(ct);
            return await ExistsAsync(id, ct)
                ? WorkResult.Refused("Another operator holds this signal, or it is closed: only they or a supervisor can reassign it.")
                : WorkResult.NotFound;
        }
        await AuditUpdateAsync(id, "ClaimedById,ClaimedAt,Status,OrganisationId", ct);
        await transaction.CommitAsync(ct);
        return WorkResult.Done("Assigned.");
    }

    /// <summary>Records the first response (a call back, a message): the response target is met from then on.</summary>
    public async Task<WorkResult> RespondAsync(Guid id, CancellationToken ct)
    {
        var signal = await db.Signals.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (signal is null)
        {
            return WorkResult.NotFound;
        }
        if (!Workable.Contains(signal.Status))
        {
            return WorkResult.Refused("This signal is no longer open.");
        }
        if (signal.RespondedAt is not null)
        {
            return WorkResult.Done("The response was already recorded.");
        }
        signal.RespondedAt = db.UtcNow;
        await db.SaveChangesAsync(ct);
        return WorkResult.Done("Response recorded: the response target is met.");
    }

    /// <summary>Closes a signal as resolved, or as non-actionable with a required reason (it stays counted).</summary>
    public async Task<WorkResult> CloseAsync(Guid id, bool nonActionable, string? reason, CancellationToken ct)
    {
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (nonActionable && reason is null)
        {
            return WorkResult.Refused("Give the reason this signal is non-actionable.");
        }
        if (reason?.Length > ReasonMaxLength)
        {
            return WorkResult.Refused($"The reason is too long (at most {ReasonMaxLength} characters).");
        }
        var signal = await db.Signals.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (signal is null)
        {
            return WorkResult.NotFound;
        }
        if (!Workable.Contains(signal.Status))
        {
            return WorkResult.Refused("This signal is already closed.");
        }
        signal.Status = nonActionable ? SignalStatus.ClosedNonActionable : SignalStatus.Resolved;
        signal.CloseReason = reason;
        signal.ClosedAt = db.UtcNow;
        await db.SaveChangesAsync(ct);
        return WorkResult.Done(nonActionable ? "Closed as non-actionable." : "Closed as resolved.");
    }

    /// <summary>
    /// Merges a duplicate (another relative reporting the same worker) into the signal with <paramref name="targetReference"/>.
    /// The duplicate leaves the queue and points to the target; duplicates merged into it earlier follow it.
    /// </summary>
    public async Task<WorkResult> MergeAsync(Guid id, string? targetReference, CancellationToken ct)
    {
        var reference = ReferenceCodes.Normalise(targetReference, RecordSignalHandler.ReferencePrefix);
        if (reference is null)
        {
            return WorkResult.Refused("Enter the reference of the signal to merge into, e.g. LR-7K3M-Q9P2.");
        }
        var signal = await db.Signals.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (signal is null)
        {
            return WorkResult.NotFound;
        }
        if (!Workable.Contains(signal.Status))
        {
            return WorkResult.Refused("Only an open signal can be merged.");
        }
        var target = await db.Signals.AsNoTracking().Where(s => s.Reference == reference)
            .Select(s => new { s.Id, s.Reference, s.MergedIntoId, s.IsTriaged }).FirstOrDefaultAsync(ct);
        // Follow earlier merges to the signal that carries them all.
        for (var hops = 0; target?.MergedIntoId is { } next && hops < 20; hops++)
        {
            target = await db.Signals.AsNoTracking().Where(s => s.Id == next)
                .Select(s => new { s.Id, s.Reference, s.MergedIntoId, s.IsTriaged }).FirstOrDefaultAsync(ct);
        }
        if (target is null || !target.IsTriaged)
        {
            return WorkResult.Refused($"There is no signal {reference} to merge into.");
        }
        if (target.Id == signal.Id)
        {
            return WorkResult.Refused("A signal cannot be merged into itself.");
        }
        var now = db.UtcNow;
        signal.MergedIntoId = target.Id;
        signal.Status = SignalStatus.Merged;
        signal.ClosedAt = now;
        foreach (var earlier in await db.Signals.Where(s => s.MergedIntoId == signal.Id).ToListAsync(ct))
        {
            earlier.MergedIntoId = target.Id;
        }
        await db.SaveChangesAsync(ct);
        return WorkResult.Done($"Merged into {target.Reference}.");
    }

    /// <summary>Links the signal to an existing case of the actor's organisation, by the case reference.</summary>
    public async Task<WorkResult> LinkToCaseAsync(Guid id, string? caseReference, DeskActor actor, CancellationToken ct)
    {
        var reference = ReferenceCodes.Normalise(caseReference, CaseReferencePrefix);
        if (reference is null)
        {
            return WorkResult.Refused("Enter the case reference, e.g. LC-7K3M-Q9P2.");
        }
        var signal = await db.Signals.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (signal is null)
        {
            return WorkResult.NotFound;
        }
        if (!Workable.Contains(signal.Status))
        {
            return WorkResult.Refused("Only an open signal can be linked to a case.");
        }
        var caseId = await db.Cases.AsNoTracking()
            .Where(c => c.Reference == reference && c.OrganisationId == actor.OrganisationId)
            .Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        if (caseId is null)
        {
            return WorkResult.Refused($"Your organisation has no case {reference}.");
        }
        signal.CaseId = caseId;
        signal.Status = SignalStatus.LinkedToCase;
        await db.SaveChangesAsync(ct);
        return WorkResult.Done($"Linked to case {reference}.", caseId);
    }

    /// <summary>
    /// Opens a case shell for the signal's person, assigned to the actor in the actor's organisation, and links the
    /// signal to it. When the caller reports about themself, their number is the person's.
    /// </summary>
    public async Task<WorkResult> OpenCaseAsync(Guid id, DeskActor actor, CancellationToken ct)
    {
        var signal = await db.Signals.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (signal is null)
        {
            return WorkResult.NotFound;
        }
        if (!signal.IsTriaged || !Workable.Contains(signal.Status))
        {
            return WorkResult.Refused("Only an open signal can open a case.");
        }
        var now = db.UtcNow;
        var opened = new Case
        {
            Reference = ReferenceCodes.New(CaseReferencePrefix),
            OrganisationId = actor.OrganisationId,
            PersonName = signal.PersonName,
            PersonPhoneIndex = signal.PersonPhoneIndex ?? (signal.ReporterRelation == "self" ? signal.ReporterPhoneIndex : null),
            AssigneeId = actor.UserId,
            OpenedAt = now,
            OpenedById = actor.UserId,
        };
        db.Cases.Add(opened);
        signal.CaseId = opened.Id;
        signal.Status = SignalStatus.LinkedToCase;
        await db.SaveChangesAsync(ct);
        return WorkResult.Done($"Case {opened.Reference} opened and assigned to you.", opened.Id);
    }

    public const string CaseReferencePrefix = "LC";

    /// <summary>Enabled staff who work the desk: hotline operators and supervisors.</summary>
    public IQueryable<Data.Identity.StaffUser> DeskStaff()
    {
        var roleIds = db.Roles.Where(r => r.Name == StaffRoles.HotlineOperator || r.Name == StaffRoles.Supervisor).Select(r => r.Id);
        return db.Users.Where(u => !u.IsDisabled && db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)));
    }

    private async Task<WorkResult> WhyNotClaimedAsync(Guid id, DeskActor actor, CancellationToken ct)
    {
        var current = await db.Signals.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new { s.ClaimedById, s.Status, s.IsTriaged }).FirstOrDefaultAsync(ct);
        if (current is null)
        {
            return WorkResult.NotFound;
        }
        if (!current.IsTriaged || !Workable.Contains(current.Status))
        {
            return WorkResult.Refused("This signal is closed and cannot be claimed.");
        }
        if (current.ClaimedById == actor.UserId)
        {
            return WorkResult.Done("You already hold this signal.");
        }
        var holder = await db.Users.AsNoTracking().Where(u => u.Id == current.ClaimedById).Select(u => new { u.FullName, u.Email }).FirstOrDefaultAsync(ct);
        return WorkResult.Refused($"Someone else claimed this signal first: {holder?.FullName ?? holder?.Email ?? "another operator"} is handling it.");
    }

    private Task<bool> ExistsAsync(Guid id, CancellationToken ct) => db.Signals.AnyAsync(s => s.Id == id, ct);

    // A conditional update bypasses SaveChanges, so the audit event it would have written is queued by hand.
    private async Task AuditUpdateAsync(Guid id, string changedProperties, CancellationToken ct)
    {
        db.Audit(AuditActions.Updated, nameof(Signal), id.ToString(), changedProperties);
        await db.SaveChangesAsync(ct);
    }
}
