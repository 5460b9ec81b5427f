using System.Text;
using System.Text.Json;
using Linda.Core.Identity;
using Linda.Core.Intake;
using Linda.Core.Privacy;
using Linda.Core.Triage;
using Linda.Data;
using Linda.Web.Features.Agencies.Verification;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Intake;

/// <summary>The outcome of recording a report: the stored signal and the follow-up code to show once.</summary>
/// <param name="Replayed">True when the idempotency key matched an earlier identical report: nothing new was stored.</param>
/// <param name="Conflict">True when the idempotency key was used before for a different report: nothing was stored.</param>
public sealed record RecordedReport(string Reference, string? FollowUpCode, Urgency Urgency, bool Replayed, bool Conflict);

/// <summary>
/// Turns an inbound contact into a <see cref="Signal"/>: triage suggestion, registry agency, blind indexes for
/// repeat contacts, hashes for secrets, and a P1 alert to every on-duty supervisor, all in one transaction.
/// Every channel (web form, API, hotline call log, later SMS/USSD/WhatsApp) records through here.
/// </summary>
public sealed class RecordSignalHandler(LindaDbContext db, BlindIndex index, RegistryMatcher registry, TimeProvider time)
{
    public const string ReferencePrefix = "LR";

    /// <summary>Blind-index purpose of E.164 phone numbers; person and reporter phones share it so either finds the other.</summary>
    public const string PhonePurpose = "phone";

    public async Task<RecordedReport> RecordReportAsync(ValidReport report, SignalChannel channel, CancellationToken ct)
    {
        string? keyHash = null, fingerprint = null;
        if (report.IdempotencyKey is { } key)
        {
            keyHash = index.Compute("report-idempotency-key", key);
            fingerprint = index.Compute("report-fingerprint", JsonSerializer.Serialize(report with { IdempotencyKey = null }));
            var earlier = await ReplayAsync(keyHash, fingerprint, key, ct);
            if (earlier is not null)
            {
                return earlier;
            }
        }

        var reference = ReferenceCodes.New(ReferencePrefix);
        var followUpCode = report.IdempotencyKey is { } k ? DerivedSecret(k) : ReferenceCodes.NewSecret();
        var triage = TriageEngine.Suggest(report.Categories, report.Description);
        var signal = new Signal
        {
            Reference = reference,
            FollowUpCodeHash = FollowUpCodeHash(reference, followUpCode),
            IdempotencyKeyHash = keyHash,
            RequestFingerprint = fingerprint,
            Channel = channel,
            ReceivedAt = time.GetUtcNow().UtcDateTime,
            Language = report.Language,
            ReporterRelation = report.ReporterRelation,
            Categories = string.Join(',', report.Categories),
            Description = report.Description,
            Country = report.Country,
            City = report.City,
            County = report.County,
            Since = report.Since,
            AgencyName = report.AgencyName,
            AgencyId = await registry.ResolveAsync(report.AgencyName, null, ct),
            EmployerName = report.EmployerName,
            PersonName = report.PersonName,
            PersonPhone = report.PersonPhone,
            PersonPhoneIndex = PhoneIndex(report.PersonPhone),
            ContactChannel = report.ContactChannel,
            SafeTimes = report.SafeTimes,
            TimeZone = report.TimeZone,
            DoNotCall = report.DoNotCall,
            NoMessages = report.NoMessages,
            CodeWordHash = report.CodeWord is null ? null : index.Compute("code-word", reference + "\n" + report.CodeWord.Trim().ToLowerInvariant()),
            ConsentToFollowUp = report.ConsentToFollowUp,
            SuggestedUrgency = triage.Urgency,
            SuggestedReasons = string.Join(',', triage.Reasons.Select(r => r.Code)),
        };
        db.Signals.Add(signal);
        await AlertIfUrgentAsync(signal, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (keyHash is not null)
        {
            // A concurrent retry with the same key won the race: answer as it did.
            db.ChangeTracker.Clear();
            return await ReplayAsync(keyHash, fingerprint!, report.IdempotencyKey!, ct) ?? throw new InvalidOperationException("Idempotent report vanished.");
        }
        return new RecordedReport(reference, followUpCode, signal.Urgency, Replayed: false, Conflict: false);
    }

    /// <summary>
    /// Records a hotline call. Calls that carry something (a case, a question, a referral, a follow-up) are triaged
    /// like any report and alert supervisors when P1; silent, prank, wrong-number and abusive calls are stored closed
    /// and untriaged, so they are counted but never queued. A call gets no follow-up code: the caller has the hotline.
    /// </summary>
    public async Task<Signal> RecordCallAsync(HotlineCall call, CancellationToken ct)
    {
        var report = call.Report;
        var triaged = call.Type.IsTriaged();
        var triage = triaged ? TriageEngine.Suggest(report.Categories, report.Description) : null;
        var now = time.GetUtcNow().UtcDateTime;
        var signal = new Signal
        {
            Reference = ReferenceCodes.New(ReferencePrefix),
            Channel = SignalChannel.Hotline,
            ReceivedAt = now,
            Language = report.Language,
            ReporterRelation = report.ReporterRelation,
            Categories = string.Join(',', report.Categories),
            Description = report.Description,
            Country = report.Country,
            City = report.City,
            County = report.County,
            Since = report.Since,
            AgencyName = report.AgencyName,
            AgencyId = await registry.ResolveAsync(report.AgencyName, null, ct),
            EmployerName = report.EmployerName,
            PersonName = report.PersonName,
            PersonPhone = report.PersonPhone,
            PersonPhoneIndex = PhoneIndex(report.PersonPhone),
            ReporterPhone = call.CallerPhone,
            ReporterPhoneIndex = PhoneIndex(call.CallerPhone),
            ContactChannel = report.ContactChannel,
            SafeTimes = report.SafeTimes,
            TimeZone = report.TimeZone,
            DoNotCall = report.DoNotCall,
            NoMessages = report.NoMessages,
            ConsentToFollowUp = report.ConsentToFollowUp,
            CallType = call.Type,
            CallDurationSeconds = call.DurationSeconds,
            // Untriaged calls still need a value: the least urgent, never shown or queued.
            SuggestedUrgency = triage?.Urgency ?? Urgency.P4,
            SuggestedReasons = triage is null ? "" : string.Join(',', triage.Reasons.Select(r => r.Code)),
            IsTriaged = triaged,
        };
        if (!triaged)
        {
            signal.Status = SignalStatus.ClosedNonActionable;
            signal.CloseReason = $"{call.Type} call";
            signal.ClosedAt = now;
        }
        else if (call.HandledDuringCall)
        {
            signal.Status = SignalStatus.Resolved;
            signal.RespondedAt = now;
            signal.ClosedAt = now;
        }
        db.Signals.Add(signal);
        await AlertIfUrgentAsync(signal, ct);
        await db.SaveChangesAsync(ct);
        return signal;
    }

    /// <summary>Blind index of an E.164 number (null stays null).</summary>
    public string? PhoneIndex(string? e164) => e164 is null ? null : index.Compute(PhonePurpose, e164);

    /// <summary>Keyed hash binding a follow-up code to its reference.</summary>
    public string FollowUpCodeHash(string reference, string followUpCode) => index.Compute("report-follow-up-code", reference + "\n" + followUpCode);

    /// <summary>
    /// When a signal is P1, queues an in-app notice and an outbox notification for every on-duty supervisor, to be
    /// saved with the signal. No personal data: the reference and the reason only.
    /// </summary>
    public async Task AlertIfUrgentAsync(Signal signal, CancellationToken ct)
    {
        if (signal.Urgency != Urgency.P1 || !signal.IsTriaged)
        {
            return;
        }
        var supervisors = await SupervisorsOnDuty().ToListAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        // An operator who raised a signal to P1 is the reason, not the suggestion they overrode.
        var reason = signal.ConfirmedUrgency is not null && signal.ConfirmedUrgency != signal.SuggestedUrgency
            ? "raised to P1 by the operator"
            : signal.SuggestedReasons.Split(',')[0];
        foreach (var supervisor in supervisors)
        {
            var text = $"P1 report {signal.Reference}: {reason.Replace('_', ' ')}";
            db.StaffNotifications.Add(new StaffNotification { UserId = supervisor, Kind = "p1_alert", SignalId = signal.Id, Text = text, CreatedAt = now });
            db.Outbox.Add(new OutboxMessage { Kind = "notification.p1", Recipient = supervisor.ToString(), Body = text, CreatedAt = now, NextAttemptAt = now });
        }
    }

    /// <summary>Ids of enabled supervisors who are on duty.</summary>
    public IQueryable<Guid> SupervisorsOnDuty()
    {
        var roleId = db.Roles.Where(r => r.Name == StaffRoles.Supervisor).Select(r => r.Id);
        return db.Users
            .Where(u => u.OnDuty && !u.IsDisabled)
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && roleId.Contains(ur.RoleId)))
            .Select(u => u.Id);
    }

    private async Task<RecordedReport?> ReplayAsync(string keyHash, string fingerprint, string key, CancellationToken ct)
    {
        var earlier = await db.Signals.AsNoTracking()
            .Where(s => s.IdempotencyKeyHash == keyHash)
            .Select(s => new { s.Reference, s.RequestFingerprint, s.SuggestedUrgency, s.ConfirmedUrgency })
            .FirstOrDefaultAsync(ct);
        if (earlier is null)
        {
            return null;
        }
        return earlier.RequestFingerprint == fingerprint
            ? new RecordedReport(earlier.Reference, DerivedSecret(key), earlier.ConfirmedUrgency ?? earlier.SuggestedUrgency, Replayed: true, Conflict: false)
            : new RecordedReport(earlier.Reference, null, earlier.SuggestedUrgency, Replayed: false, Conflict: true);
    }

    // With an idempotency key the follow-up code is derived from it under a server secret, so a retry gets the
    // same code back although only its hash is stored.
    private string DerivedSecret(string idempotencyKey)
    {
        var bytes = Convert.FromBase64String(index.Compute("report-follow-up-secret", idempotencyKey));
        var chars = new StringBuilder(9);
        for (var i = 0; i < 8; i++)
        {
            if (i == 4)
            {
                chars.Append('-');
            }
            chars.Append(ReferenceCodes.Alphabet[bytes[i] % ReferenceCodes.Alphabet.Length]);
        }
        return chars.ToString();
    }
}
