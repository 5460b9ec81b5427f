using Linda.Core.Intake;
using Linda.Core.Triage;
using Linda.Data;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Intake.Desk;

/// <summary>One line of the queue: what an operator needs to pick the next signal, and no personal data.</summary>
public sealed record QueueRow(
    Guid Id,
    string Reference,
    Urgency Urgency,
    bool Confirmed,
    bool Escalated,
    SignalChannel Channel,
    DateTime ReceivedAt,
    TimeSpan TimeLeft,
    bool Responded,
    Guid? ClaimedById,
    string? ClaimedBy,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> Categories,
    string? Country,
    int RepeatContacts)
{
    public bool Overdue => !Responded && TimeLeft < TimeSpan.Zero;
}

public sealed record UntriagedCount(CallType Type, int Count);

public sealed record DeskQueue(IReadOnlyList<QueueRow> Rows, int Total, IReadOnlyList<UntriagedCount> UntriagedToday, DateTime Now);

/// <summary>
/// The desk's queue: open and in-progress triaged signals, most urgent first; within one urgency, escalated signals
/// first, then the longest waiting. Also today's (Nairobi) counts of calls that were only counted.
/// </summary>
public sealed class DeskQueueQuery(LindaDbContext db, ResponseTargets targets, RepeatContactsQuery repeats, TimeProvider time)
{
    /// <summary>Rows shown at once; the caption says how many more wait.</summary>
    public const int Limit = 200;

    public async Task<DeskQueue> LoadAsync(Guid organisationId, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var open = db.Signals.AsNoTracking()
            .Where(s => s.IsTriaged && (s.Status == SignalStatus.Open || s.Status == SignalStatus.InProgress));
        var total = await open.CountAsync(ct);
        // Urgency is stored as "P1".."P4", so its text order is its urgency order.
        var signals = await open
            .OrderBy(s => s.ConfirmedUrgency ?? s.SuggestedUrgency)
            .ThenBy(s => s.EscalatedAt == null)
            .ThenBy(s => s.ReceivedAt)
            .Take(Limit)
            .Select(s => new
            {
                s.Id,
                s.Reference,
                s.ConfirmedUrgency,
                s.SuggestedUrgency,
                s.EscalatedAt,
                s.Channel,
                s.ReceivedAt,
                s.RespondedAt,
                s.ClaimedById,
                s.SuggestedReasons,
                s.Categories,
                s.Country,
                s.PersonPhoneIndex,
                s.ReporterPhoneIndex,
            })
            .ToListAsync(ct);

        var holderIds = signals.Select(s => s.ClaimedById).OfType<Guid>().Distinct().ToList();
        var holders = await db.Users.AsNoTracking().Where(u => holderIds.Contains(u.Id))
            .Select(u => new { u.Id, u.FullName, u.Email }).ToDictionaryAsync(u => u.Id, u => u.FullName ?? u.Email, ct);
        var repeatCounts = await repeats.CountsAsync([.. signals.Select(s => (s.Id, s.PersonPhoneIndex, s.ReporterPhoneIndex))], organisationId, ct);

        var rows = signals.Select(s =>
        {
            var urgency = s.ConfirmedUrgency ?? s.SuggestedUrgency;
            return new QueueRow(
                s.Id, s.Reference, urgency, s.ConfirmedUrgency is not null, s.EscalatedAt is not null, s.Channel, s.ReceivedAt,
                targets.TimeLeft(s.ReceivedAt, urgency, now), s.RespondedAt is not null,
                s.ClaimedById, s.ClaimedById is { } holder ? holders.GetValueOrDefault(holder) : null,
                [.. DeskText.Reasons(s.SuggestedReasons)], [.. DeskText.Categories(s.Categories)], s.Country,
                repeatCounts.GetValueOrDefault(s.Id));
        }).ToList();

        return new DeskQueue(rows, total, await UntriagedTodayAsync(now, ct), now);
    }

    /// <summary>Calls counted but not triaged (silent, prank, wrong number, abusive) since midnight in Nairobi, by type.</summary>
    public async Task<IReadOnlyList<UntriagedCount>> UntriagedTodayAsync(DateTime now, CancellationToken ct)
    {
        var midnight = TimeZoneInfo.ConvertTimeToUtc(TimeZoneInfo.ConvertTimeFromUtc(now, DeskText.DeskZone).Date, DeskText.DeskZone);
        var counts = await db.Signals.AsNoTracking()
            .Where(s => !s.IsTriaged && s.CallType != null && s.ReceivedAt >= midnight)
            .GroupBy(s => s.CallType)
            .Select(g => new { Type = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        return [.. Enum.GetValues<CallType>().Where(t => !t.IsTriaged())
            .Select(t => new UntriagedCount(t, counts.FirstOrDefault(c => c.Type == t)?.Count ?? 0))];
    }
}
