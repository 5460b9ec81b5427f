using Linda.Core.Auditing;
using Linda.Core.Intake;
using Linda.Core.Triage;
using Linda.Data;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Intake.Desk;

/// <summary>
/// Escalates signals whose response target has passed: open or in progress, triaged, not responded to and not yet
/// escalated. Each one is marked with a conditional update (only while <see cref="Signal.EscalatedAt"/> is empty),
/// so however many instances run this at once a breach is escalated exactly once; the winner notifies every
/// on-duty supervisor in the same transaction.
/// </summary>
public sealed class EscalateOverdueSignalsHandler(LindaDbContext db, ResponseTargets targets, RecordSignalHandler recorder, TimeProvider time)
{
    public const string NotificationKind = "escalation";
    public const string OutboxKind = "notification.escalation";

    /// <summary>Escalates what is overdue now; returns the references this run escalated.</summary>
    public async Task<IReadOnlyList<string>> RunAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var overdue = new List<(Guid Id, string Reference, Urgency Urgency, DateTime ReceivedAt)>();
        foreach (var urgency in Enum.GetValues<Urgency>())
        {
            var receivedBefore = now - targets.For(urgency);
            var found = await db.Signals.AsNoTracking()
                .Where(s => s.IsTriaged && s.RespondedAt == null && s.EscalatedAt == null
                    && (s.Status == SignalStatus.Open || s.Status == SignalStatus.InProgress)
                    && (s.ConfirmedUrgency == urgency || (s.ConfirmedUrgency == null && s.SuggestedUrgency == urgency))
                    && s.ReceivedAt <= receivedBefore)
                .OrderBy(s => s.ReceivedAt)
                .Select(s => new { s.Id, s.Reference, s.ReceivedAt })
                .ToListAsync(ct);
            overdue.AddRange(found.Select(s => (s.Id, s.Reference, urgency, s.ReceivedAt)));
        }

        var escalated = new List<string>();
        foreach (var signal in overdue)
        {
            if (await EscalateAsync(signal.Id, signal.Reference, signal.Urgency, signal.ReceivedAt, now, ct))
            {
                escalated.Add(signal.Reference);
            }
        }
        return escalated;
    }

    private async Task<bool> EscalateAsync(Guid id, string reference, Urgency urgency, DateTime receivedAt, DateTime now, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // The same conditions again: an operator may have responded, closed or re-triaged it since it was found.
        var won = await db.Signals
            .Where(s => s.Id == id && s.EscalatedAt == null && s.RespondedAt == null
                && (s.Status == SignalStatus.Open || s.Status == SignalStatus.InProgress)
                && (s.ConfirmedUrgency == urgency || (s.ConfirmedUrgency == null && s.SuggestedUrgency == urgency)))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.EscalatedAt, now), ct);
        if (won == 0)
        {
            await transaction.RollbackAsync(ct);
            return false;
        }
        var text = $"Escalation: {urgency} report {reference} missed its {DeskText.Span(targets.For(urgency))} response target (waiting {DeskText.Span(now - receivedAt)}).";
        foreach (var supervisor in await recorder.SupervisorsOnDuty().ToListAsync(ct))
        {
            db.StaffNotifications.Add(new StaffNotification { UserId = supervisor, Kind = NotificationKind, SignalId = id, Text = text, CreatedAt = now });
            db.Outbox.Add(new OutboxMessage { Kind = OutboxKind, Recipient = supervisor.ToString(), Body = text, CreatedAt = now, NextAttemptAt = now });
        }
        // The conditional update bypassed SaveChanges, which would have audited it.
        db.Audit(AuditActions.Updated, nameof(Signal), id.ToString(), nameof(Signal.EscalatedAt));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }
}

/// <summary>Runs <see cref="EscalateOverdueSignalsHandler"/> every <see cref="DeskSettings.EscalationInterval"/> (30 s by default).</summary>
public sealed class EscalationJob(IServiceScopeFactory scopes, DeskSettings settings, ILogger<EscalationJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (settings.EscalationInterval <= TimeSpan.Zero)
        {
            return;
        }
        using var timer = new PeriodicTimer(settings.EscalationInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var escalated = await scope.ServiceProvider.GetRequiredService<EscalateOverdueSignalsHandler>().RunAsync(stoppingToken);
                if (escalated.Count > 0)
                {
                    // References carry no personal data.
                    logger.LogWarning("Escalated {Count} signal(s) past their response target: {References}", escalated.Count, string.Join(", ", escalated));
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The escalation job failed; it runs again at the next interval.");
            }
        }
    }
}
