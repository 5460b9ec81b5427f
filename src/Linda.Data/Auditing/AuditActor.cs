namespace Linda.Data.Auditing;

/// <summary>Who is acting, from where: stamped on every audit event written through a context.</summary>
public sealed record AuditActor(string? ActorId, string? OrganisationId, string? IpAddress, string? CorrelationId)
{
    public static readonly AuditActor System = new("system", null, null, null);
}

/// <summary>Supplies the current <see cref="AuditActor"/> (the signed-in user in the web app, the operator at the CLI).</summary>
public interface IAuditContext
{
    AuditActor Current { get; }
}

public sealed class FixedAuditContext(AuditActor actor) : IAuditContext
{
    public static readonly FixedAuditContext System = new(AuditActor.System);

    public AuditActor Current { get; } = actor;
}
