using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Linda.Web.Infrastructure;

/// <summary>
/// Every anonymous request is limited per client address; sign-in has its own, tighter limit.
/// Limits are per instance (approximate across a cluster), which is enough to blunt abuse.
/// </summary>
public static class RateLimiting
{
    public const string SignInPolicy = "sign-in";

    private static readonly string[] UnlimitedPrefixes = ["/css", "/js", "/lib", "/img", "/favicon.ico"];

    public static void AddLindaRateLimiting(this IServiceCollection services, RateLimitSettings limits)
    {
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, ct) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
                    ? (int)Math.Ceiling(wait.TotalSeconds)
                    : 60;
                context.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.TryWriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests",
                        Detail = $"Please wait {retryAfter} seconds and try again. In an emergency call 0800 222 223 (free).",
                    },
                });
            };
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                if (http.User.Identity?.IsAuthenticated == true
                    || UnlimitedPrefixes.Any(p => http.Request.Path.StartsWithSegments(p)))
                {
                    return RateLimitPartition.GetNoLimiter("unlimited");
                }
                return RateLimitPartition.GetFixedWindowLimiter(ClientKey(http), _ => PerMinute(limits.PublicPerMinute));
            });
            o.AddPolicy(SignInPolicy, http =>
                HttpMethods.IsPost(http.Request.Method)
                    ? RateLimitPartition.GetFixedWindowLimiter(ClientKey(http), _ => PerMinute(limits.SignInPerMinute))
                    : RateLimitPartition.GetNoLimiter("sign-in-get"));
        });
    }

    /// <summary>The address a client is limited by (the proxy's client address when forwarded headers are trusted).</summary>
    public static string ClientKey(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static FixedWindowRateLimiterOptions PerMinute(int permits) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
    };
}

/// <summary>
/// Counts failed guesses per client address (a wrong report reference or follow-up code) in a fixed window. Once a
/// client has used its allowance every further check is refused until the window ends, right or wrong, so guessing
/// learns nothing. Only failures count: a person checking their own report again and again is never refused.
/// Per instance, like the other limits.
/// </summary>
public sealed class FailedGuessLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;
    private readonly TimeSpan _window;

    public FailedGuessLimiter(IOptions<LindaSettings> settings)
    {
        var limits = settings.Value.RateLimits;
        _window = TimeSpan.FromMinutes(Math.Max(1, limits.ReportStatusFailureWindowMinutes));
        var options = new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, limits.ReportStatusFailures), Window = _window, QueueLimit = 0 };
        _limiter = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetFixedWindowLimiter(client, _ => options));
    }

    /// <summary>True when the client has no guesses left; <paramref name="retryAfter"/> says how long to wait.</summary>
    public bool IsExhausted(HttpContext http, out TimeSpan retryAfter)
    {
        using var lease = _limiter.AttemptAcquire(RateLimiting.ClientKey(http), 0);
        retryAfter = lease.IsAcquired ? TimeSpan.Zero : lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : _window;
        return !lease.IsAcquired;
    }

    /// <summary>Counts one failed guess for the client.</summary>
    public void RecordFailure(HttpContext http)
    {
        using var lease = _limiter.AttemptAcquire(RateLimiting.ClientKey(http));
    }

    /// <summary>Seconds for a <c>Retry-After</c> header.</summary>
    public static string RetryAfterSeconds(TimeSpan wait) =>
        ((int)Math.Ceiling(Math.Max(1, wait.TotalSeconds))).ToString(CultureInfo.InvariantCulture);

    public void Dispose() => _limiter.Dispose();
}
