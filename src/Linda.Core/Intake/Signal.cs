using Linda.Core.Privacy;
using Linda.Core.Triage;

namespace Linda.Core.Intake;

public enum SignalChannel
{
    Web,
    Api,
    Hotline,
    Sms,
    Ussd,
    WhatsApp,
}

/// <summary>What a hotline call was. The last four are counted but never triaged.</summary>
public enum CallType
{
    CaseReport,
    InformationRequest,
    ReferralRequest,
    FollowUp,
    Silent,
    Prank,
    WrongNumber,
    Abusive,
}

public enum SignalStatus
{
    /// <summary>Waiting for an operator.</summary>
    Open,

    /// <summary>An operator has claimed it and is working on it.</summary>
    InProgress,

    /// <summary>Linked to a case; the case carries it on.</summary>
    LinkedToCase,

    /// <summary>Merged into another signal about the same person.</summary>
    Merged,

    /// <summary>Closed as non-actionable, with a reason; still counted.</summary>
    ClosedNonActionable,

    /// <summary>Handled without a case (information given, referral made).</summary>
    Resolved,
}

/// <summary>
/// One inbound contact from any channel: a web or API report, a hotline call, later SMS, USSD and WhatsApp.
/// Personal details and free text are encrypted; phones are also kept as blind indexes so repeat contacts are
/// found without decrypting; the follow-up code and code word are kept only as keyed hashes.
/// </summary>
public sealed class Signal
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Public reference, e.g. "LR-7K3M-Q9P2"; no personal data.</summary>
    public required string Reference { get; set; }

    /// <summary>Keyed hash of reference and follow-up code; null for contacts that were given no code (calls).</summary>
    public string? FollowUpCodeHash { get; set; }

    /// <summary>Keyed hash of the client's idempotency key: the same key returns the same reference.</summary>
    public string? IdempotencyKeyHash { get; set; }

    /// <summary>Keyed hash of the validated request: a reused idempotency key with a different report is refused.</summary>
    public string? RequestFingerprint { get; set; }

    public SignalChannel Channel { get; set; }
    public DateTime ReceivedAt { get; set; }

    /// <summary>"en" or "sw".</summary>
    public string Language { get; set; } = "en";

    /// <summary>self, family, friend, community, organisation.</summary>
    public string? ReporterRelation { get; set; }

    /// <summary>Category codes (<see cref="SignalCategories"/>), comma-separated.</summary>
    public string Categories { get; set; } = "";

    [Encrypted]
    public string? Description { get; set; }

    /// <summary>ISO 3166-1 alpha-3.</summary>
    public string? Country { get; set; }

    [Encrypted]
    public string? City { get; set; }

    /// <summary>Kenyan county code "001".."047".</summary>
    public string? County { get; set; }

    public DateOnly? Since { get; set; }

    /// <summary>Agency named by the reporter, as given.</summary>
    public string? AgencyName { get; set; }

    /// <summary>The registry agency, when matched.</summary>
    public Guid? AgencyId { get; set; }

    /// <summary>Employers are often private households: personal data.</summary>
    [Encrypted]
    public string? EmployerName { get; set; }

    [Encrypted]
    public string? PersonName { get; set; }

    /// <summary>The person's phone in E.164.</summary>
    [Encrypted]
    public string? PersonPhone { get; set; }

    public string? PersonPhoneIndex { get; set; }

    /// <summary>The caller's or sender's number in E.164 (hotline, SMS, WhatsApp).</summary>
    [Encrypted]
    public string? ReporterPhone { get; set; }

    public string? ReporterPhoneIndex { get; set; }

    public string? ContactChannel { get; set; }

    [Encrypted]
    public string? SafeTimes { get; set; }

    /// <summary>IANA time zone of the person, for safe times.</summary>
    public string? TimeZone { get; set; }

    public bool DoNotCall { get; set; }
    public bool NoMessages { get; set; }

    /// <summary>Keyed hash of the code word; the word itself is never stored.</summary>
    public string? CodeWordHash { get; set; }

    public bool ConsentToFollowUp { get; set; }

    // Hotline calls
    public CallType? CallType { get; set; }
    public int? CallDurationSeconds { get; set; }

    // Triage
    public Urgency SuggestedUrgency { get; set; }

    /// <summary>Codes of the triage reasons, comma-separated, most urgent first.</summary>
    public string SuggestedReasons { get; set; } = "";

    /// <summary>The operator's urgency; null until confirmed. The queue uses it when set.</summary>
    public Urgency? ConfirmedUrgency { get; set; }

    public string? OverrideReason { get; set; }
    public Guid? TriagedById { get; set; }
    public DateTime? TriagedAt { get; set; }

    /// <summary>Contacts that are not triaged (silent calls, pranks, wrong numbers, abuse) are counted only.</summary>
    public bool IsTriaged { get; set; } = true;

    public Urgency Urgency => ConfirmedUrgency ?? SuggestedUrgency;

    // Work
    public SignalStatus Status { get; set; } = SignalStatus.Open;
    public Guid? ClaimedById { get; set; }
    public DateTime? ClaimedAt { get; set; }

    /// <summary>Set once when the response target was missed; the escalation job never fires twice for one breach.</summary>
    public DateTime? EscalatedAt { get; set; }

    /// <summary>When the operator first responded; the response target is met when this is before the due time.</summary>
    public DateTime? RespondedAt { get; set; }

    public Guid? CaseId { get; set; }
    public Guid? MergedIntoId { get; set; }
    public string? CloseReason { get; set; }
    public DateTime? ClosedAt { get; set; }

    /// <summary>Organisation whose desk handles it (the hotline's); null until claimed.</summary>
    public Guid? OrganisationId { get; set; }

    public const int CloseReasonMaxLength = 500;
}

/// <summary>
/// The beginning of a case: the person, the signals that led to it and who is responsible. The cases issue
/// extends it with screening, services and referrals.
/// </summary>
public sealed class Case
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Staff reference, e.g. "LC-7K3M-Q9P2".</summary>
    public required string Reference { get; set; }

    public Guid OrganisationId { get; set; }

    [Encrypted]
    public string? PersonName { get; set; }

    public string? PersonPhoneIndex { get; set; }

    public Guid? AssigneeId { get; set; }
    public DateTime OpenedAt { get; set; }
    public Guid? OpenedById { get; set; }
    public string Status { get; set; } = "open";
}

/// <summary>An in-app notice for one staff user (a P1 alert, an escalation).</summary>
public sealed class StaffNotification
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid UserId { get; set; }

    /// <summary>p1_alert, escalation.</summary>
    public required string Kind { get; set; }

    public Guid? SignalId { get; set; }

    /// <summary>Plain words without personal data ("P1 report LR-7K3M-Q9P2 waiting 3 min").</summary>
    public required string Text { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }
}

/// <summary>
/// A message to send outside Linda (SMS, e-mail, push), written in the same transaction as the change that
/// caused it and delivered by a background sender with retries.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>notification.p1, notification.escalation, sms.</summary>
    public required string Kind { get; set; }

    /// <summary>Staff user id or E.164 number, by kind.</summary>
    [Encrypted]
    public required string Recipient { get; set; }

    [Encrypted]
    public required string Body { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime? SentAt { get; set; }
    public int Attempts { get; set; }
    public DateTime? NextAttemptAt { get; set; }
    public string? LastError { get; set; }
}
