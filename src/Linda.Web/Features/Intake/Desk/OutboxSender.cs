using Linda.Core.Auditing;
using Linda.Core.Intake;
using Linda.Data;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Intake.Desk;

/// <summary>One message to deliver: decrypted, for the gateway only.</summary>
public sealed record OutboxDelivery(Guid Id, string Kind, string Recipient, string Body, int Attempt);

/// <summary>
/// Delivers staff notifications (P1 alerts, escalations) outside Linda: SMS, e-mail or push, by deployment. An
/// implementation throws when delivery failed; the sender retries with backoff.
/// </summary>
public interface INotificationGateway
{
    /// <summary>The outbox kinds this gateway delivers; the sender leaves other kinds to their own senders.</summary>
    IReadOnlyCollection<string> Kinds { get; }

    Task SendAsync(OutboxDelivery message, CancellationToken ct);
}

/// <summary>
/// The default gateway: writes one structured log line per notification (id, kind, attempt), never the body or the
/// recipient, so the in-app notification is what people read until a real gateway is configured.
/// </summary>
public sealed class LoggingNotificationGateway(ILogger<LoggingNotificationGateway> logger) : INotificationGateway
{
    public IReadOnlyCollection<string> Kinds { get; } = ["notification.p1", EscalateOverdueSignalsHandler.OutboxKind];

    public Task SendAsync(OutboxDelivery message, CancellationToken ct)
    {
        logger.LogInformation("Notification {MessageId} of kind {Kind} delivered to the log (attempt {Attempt}).", message.Id, message.Kind, message.Attempt);
        return Task.CompletedTask;
    }
}

/// <summary>
/// Delivers due outbox messages through the <see cref="INotificationGateway"/>. Several instances may run it at
/// once: a message is leased by a conditional update on its attempt count (only the instance that moved the count
/// from the value it read owns the attempt), and a lease that is not completed (a crash) expires so another
/// instance retries. Delivery is therefore at least once; notification texts are safe to receive twice.
/// </summary>
public sealed class DeliverOutboxHandler(LindaDbContext db, INotificationGateway gateway, DeskSettings settings, TimeProvider time, ILogger<DeliverOutboxHandler> logger)
{
    /// <summary>How long an attempt owns a message; a gateway call must finish well within it.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    public const int BatchSize = 20;

    /// <summary>Wait before attempt n+1: 30 s, 1 min, 2 min … at most an hour.</summary>
    public static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(3600, 30 * Math.Pow(2, Math.Max(0, attempts - 1))));

    /// <summary>Delivers what is due now; returns how many messages this call sent.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        string[] kinds = [.. gateway.Kinds];
        var due = await db.Outbox.AsNoTracking()
            .Where(m => m.SentAt == null && m.NextAttemptAt != null && m.NextAttemptAt <= now && kinds.Contains(m.Kind))
            .OrderBy(m => m.NextAttemptAt)
            .Take(BatchSize)
            .Select(m => new { m.Id, m.Attempts })
            .ToListAsync(ct);
        var sent = 0;
        foreach (var candidate in due)
        {
            if (await DeliverAsync(candidate.Id, candidate.Attempts, now, ct))
            {
                sent++;
            }
        }
        return sent;
    }

    private async Task<bool> DeliverAsync(Guid id, int seenAttempts, DateTime now, CancellationToken ct)
    {
        var attempt = seenAttempts + 1;
        var leased = await db.Outbox
            .Where(m => m.Id == id && m.SentAt == null && m.Attempts == seenAttempts && m.NextAttemptAt != null && m.NextAttemptAt <= now)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.Attempts, attempt).SetProperty(m => m.NextAttemptAt, now + Lease), ct);
        if (leased == 0)
        {
            // Another instance took this attempt.
            return false;
        }
        var message = await db.Outbox.AsNoTracking().Where(m => m.Id == id)
            .Select(m => new OutboxDelivery(m.Id, m.Kind, m.Recipient, m.Body, attempt)).SingleAsync(ct);
        string? error = null;
        try
        {
            await gateway.SendAsync(message, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // The type only: a gateway's message may quote the recipient.
            error = e.GetType().Name;
        }

        var finished = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var query = db.Outbox.Where(m => m.Id == id && m.Attempts == attempt && m.SentAt == null);
        if (error is null)
        {
            await query.ExecuteUpdateAsync(u => u.SetProperty(m => m.SentAt, finished).SetProperty(m => m.NextAttemptAt, (DateTime?)null).SetProperty(m => m.LastError, (string?)null), ct);
            db.Audit(AuditActions.Updated, nameof(OutboxMessage), id.ToString(), "SentAt,Attempts");
        }
        else
        {
            var givingUp = attempt >= settings.OutboxMaxAttempts;
            DateTime? next = givingUp ? null : finished + Backoff(attempt);
            await query.ExecuteUpdateAsync(u => u.SetProperty(m => m.NextAttemptAt, next).SetProperty(m => m.LastError, error), ct);
            db.Audit(AuditActions.Updated, nameof(OutboxMessage), id.ToString(), "Attempts,NextAttemptAt,LastError");
            if (givingUp)
            {
                logger.LogError("Outbox message {MessageId} ({Kind}) failed {Attempts} times and is given up: {Error}", id, message.Kind, attempt, error);
            }
            else
            {
                logger.LogWarning("Outbox message {MessageId} ({Kind}) failed attempt {Attempt}: {Error}; retrying at {NextAttemptAt:u}", id, message.Kind, attempt, error, next);
            }
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return error is null;
    }
}

/// <summary>Runs <see cref="DeliverOutboxHandler"/> every <see cref="DeskSettings.OutboxInterval"/> (5 s by default).</summary>
public sealed class OutboxSender(IServiceScopeFactory scopes, DeskSettings settings, ILogger<OutboxSender> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (settings.OutboxInterval <= TimeSpan.Zero)
        {
            return;
        }
        using var timer = new PeriodicTimer(settings.OutboxInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DeliverOutboxHandler>().RunAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The outbox sender failed; it runs again at the next interval.");
            }
        }
    }
}
