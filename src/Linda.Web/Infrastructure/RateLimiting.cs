using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

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

    private static string ClientKey(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static FixedWindowRateLimiterOptions PerMinute(int permits) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
    };
}
