using Linda.Core.Intake;
using Linda.Core.Triage;
using Linda.Data;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Intake.Desk;

/// <summary>Another contact from or about the same phone.</summary>
public sealed record RepeatSignal(Guid Id, string Reference, SignalChannel Channel, DateTime ReceivedAt, SignalStatus Status, Urgency Urgency, bool IsTriaged, CallType? CallType);

public sealed record RepeatCase(Guid Id, string Reference, DateTime OpenedAt, string Status);

public sealed record RepeatContacts(IReadOnlyList<RepeatSignal> Signals, IReadOnlyList<RepeatCase> Cases)
{
    public int Count => Signals.Count + Cases.Count;
}

/// <summary>
/// Finds repeat contacts by the blind index of E.164 phone numbers, without decrypting anything. Person and
/// reporter phones share one index, so a relative's web report about a worker and the worker's own call are found
/// together, across channels.
/// </summary>
public sealed class RepeatContactsQuery(LindaDbContext db)
{
    /// <summary>Other signals with either phone of this one (as person or reporter), and this organisation's cases about that phone.</summary>
    public async Task<RepeatContacts> ForSignalAsync(Guid signalId, string? personPhoneIndex, string? reporterPhoneIndex, Guid organisationId, CancellationToken ct)
    {
        string[] indexes = [.. new[] { personPhoneIndex, reporterPhoneIndex }.OfType<string>().Distinct()];
        if (indexes.Length == 0)
        {
            return new RepeatContacts([], []);
        }
        var signals = await Matching(indexes)
            .Where(s => s.Id != signalId)
            .OrderByDescending(s => s.ReceivedAt)
            .Take(50)
            .Select(s => new { s.Id, s.Reference, s.Channel, s.ReceivedAt, s.Status, s.ConfirmedUrgency, s.SuggestedUrgency, s.IsTriaged, s.CallType })
            .ToListAsync(ct);
        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.OrganisationId == organisationId && c.PersonPhoneIndex != null && indexes.Contains(c.PersonPhoneIndex))
            .OrderByDescending(c => c.OpenedAt)
            .Select(c => new RepeatCase(c.Id, c.Reference, c.OpenedAt, c.Status))
            .ToListAsync(ct);
        return new RepeatContacts(
            [.. signals.Select(s => new RepeatSignal(s.Id, s.Reference, s.Channel, s.ReceivedAt, s.Status, s.ConfirmedUrgency ?? s.SuggestedUrgency, s.IsTriaged, s.CallType))],
            cases);
    }

    /// <summary>For each signal (id and its two phone indexes), how many other signals and this organisation's cases share a phone with it.</summary>
    public async Task<IReadOnlyDictionary<Guid, int>> CountsAsync(
        IReadOnlyList<(Guid Id, string? PersonPhoneIndex, string? ReporterPhoneIndex)> signals, Guid organisationId, CancellationToken ct)
    {
        string[] indexes = [.. signals.SelectMany(s => new[] { s.PersonPhoneIndex, s.ReporterPhoneIndex }).OfType<string>().Distinct()];
        if (indexes.Length == 0)
        {
            return new Dictionary<Guid, int>();
        }
        var others = await Matching(indexes).Select(s => new { s.Id, s.PersonPhoneIndex, s.ReporterPhoneIndex }).ToListAsync(ct);
        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.OrganisationId == organisationId && c.PersonPhoneIndex != null && indexes.Contains(c.PersonPhoneIndex))
            .Select(c => c.PersonPhoneIndex!)
            .ToListAsync(ct);
        var counts = new Dictionary<Guid, int>();
        foreach (var (id, person, reporter) in signals)
        {
            bool Shares(string? a, string? b) => (a is not null && (a == person || a == reporter)) || (b is not null && (b == person || b == reporter));
            var count = others.Count(o => o.Id != id && Shares(o.PersonPhoneIndex, o.ReporterPhoneIndex))
                + cases.Count(c => c == person || c == reporter);
            if (count > 0)
            {
                counts[id] = count;
            }
        }
        return counts;
    }

    private IQueryable<Signal> Matching(string[] indexes) =>
        db.Signals.AsNoTracking().Where(s =>
            (s.PersonPhoneIndex != null && indexes.Contains(s.PersonPhoneIndex))
            || (s.ReporterPhoneIndex != null && indexes.Contains(s.ReporterPhoneIndex)));
}
