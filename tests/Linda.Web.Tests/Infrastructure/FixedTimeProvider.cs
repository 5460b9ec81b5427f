namespace Linda.Web.Tests.Infrastructure;

/// <summary>A clock that moves only when told, so date- and interval-dependent behaviour is repeatable.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
