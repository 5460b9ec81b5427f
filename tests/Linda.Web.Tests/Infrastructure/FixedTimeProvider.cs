namespace Linda.Web.Tests.Infrastructure;

/// <summary>A clock stopped at one instant, so date-dependent answers (licence validity) are repeatable.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
