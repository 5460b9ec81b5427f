using Linda.Core.Identity;

namespace Linda.Web.Infrastructure;

/// <summary>The <c>Linda</c> configuration section (see docs/operations.md).</summary>
public sealed class LindaSettings
{
    public const string Section = "Linda";

    /// <summary>Where the SQLite database and (Development only) the generated master key live. Relative to the content root.</summary>
    public string DataDirectory { get; set; } = "App_Data";

    /// <summary>Apply migrations when the web app starts. <c>linda migrate</c> does the same on demand.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Seed synthetic demo organisations and accounts (Development only; ignored elsewhere).</summary>
    public bool SeedDemoData { get; set; } = true;

    /// <summary>
    /// Roles that must sign in with a second factor; when unset, every role that can see a person's data
    /// (<see cref="StaffRoles.TwoFactorByDefault"/>). Null by default because configuration binding appends to arrays.
    /// </summary>
    public string[]? TwoFactorRoles { get; set; }

    /// <summary>Where "quick exit" sends a person: a neutral page that reveals nothing.</summary>
    public string QuickExitUrl { get; set; } = "https://www.google.com/search?q=weather";

    public RateLimitSettings RateLimits { get; set; } = new();

    /// <summary>Honour X-Forwarded-For/-Proto: only behind a load balancer that overwrites them (docs/operations.md).</summary>
    public bool TrustForwardedHeaders { get; set; }

    /// <summary>Largest request body accepted, in bytes.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1_048_576;
}

public sealed class RateLimitSettings
{
    /// <summary>Anonymous requests per client address per minute. Kenyan mobile networks put many people behind one address: keep it generous.</summary>
    public int PublicPerMinute { get; set; } = 300;

    /// <summary>Sign-in attempts per client address per minute (account lockout covers a single account).</summary>
    public int SignInPerMinute { get; set; } = 20;

    /// <summary>Wrong reference or follow-up code guesses per client address per window before report status checks are refused.</summary>
    public int ReportStatusFailures { get; set; } = 10;

    /// <summary>The window for <see cref="ReportStatusFailures"/>, in minutes.</summary>
    public int ReportStatusFailureWindowMinutes { get; set; } = 15;
}
