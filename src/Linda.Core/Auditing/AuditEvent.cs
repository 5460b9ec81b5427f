namespace Linda.Core.Auditing;

/// <summary>
/// One append-only entry of the audit log. Each entry carries a SHA-256 hash over its own content and
/// the previous entry's hash, so an edited, inserted or deleted row breaks the chain (see <see cref="AuditChain"/>).
/// Values of changed properties are never recorded: only their names.
/// </summary>
public sealed class AuditEvent
{
    /// <summary>Position in the chain, 1, 2, 3… assigned under the chain lock, never by the database.</summary>
    public long Sequence { get; set; }

    /// <summary>UTC, truncated to whole microseconds so every database stores it exactly.</summary>
    public DateTime OccurredAt { get; set; }

    public string? ActorId { get; set; }
    public string? OrganisationId { get; set; }
    public string Action { get; set; } = "";
    public string? SubjectType { get; set; }
    public string? SubjectId { get; set; }
    public string? IpAddress { get; set; }
    public string? CorrelationId { get; set; }

    /// <summary>Comma-separated names of the properties a write changed; never their values.</summary>
    public string? ChangedProperties { get; set; }

    public string? PreviousHash { get; set; }
    public string Hash { get; set; } = "";
}
