using Linda.Data;
using Linda.Web.Features.Agencies.Feedback;
using Linda.Web.Features.Agencies.Verification;
using Linda.Web.Features.Intake;
using Linda.Web.Features.Offers;
using Linda.Web.Features.Reference;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Infrastructure;

public static class LindaPipeline
{
    public static bool IsApiRequest(HttpContext http) =>
        http.Request.Path.StartsWithSegments("/api") || http.Request.Path.StartsWithSegments("/hooks")
        || http.Request.Path.StartsWithSegments("/healthz") || http.Request.Path.StartsWithSegments("/openapi");

    public static void UseLindaPipeline(this WebApplication app)
    {
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<LindaSettings>>().Value.TrustForwardedHeaders)
        {
            // Only behind a load balancer that overwrites these headers; see docs/operations.md.
            var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
            app.UseForwardedHeaders(forwarded);
        }
        // Before the error and status pages: their re-executed request drops the query string, so
        // "page not found" would otherwise lose a ?culture=sw the person asked for.
        app.UseRequestLocalization();
        app.Use(RememberLanguageFromQuery);
        if (!app.Environment.IsDevelopment())
        {
            // No stack traces outside Development: API callers get problem details, people get a plain page.
            app.UseWhen(IsApiRequest, api => api.UseExceptionHandler());
            app.UseWhen(http => !IsApiRequest(http), pages => pages.UseExceptionHandler("/error"));
        }
        app.UseWhen(IsApiRequest, api => api.UseStatusCodePages());
        app.UseWhen(http => !IsApiRequest(http), pages => pages.UseStatusCodePagesWithReExecute("/status/{0}"));
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.Use(async (http, next) =>
        {
            // Pages may show personal data, and a person in danger must leave no trace in the browser cache.
            http.Response.Headers.CacheControl = "no-store";
            await next(http);
        });
        app.UseRouting();
        app.Use(RejectOversizedBodies);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
    }

    /// <summary>
    /// A link with <c>?culture=sw</c> chooses the language for the whole visit: without this, the next form
    /// (a GET search, say) would drop the parameter and answer in English.
    /// </summary>
    private static Task RememberLanguageFromQuery(HttpContext http, RequestDelegate next)
    {
        if (http.Request.Query.TryGetValue("culture", out var requested)
            && LindaServices.SupportedCultures.FirstOrDefault(c => c.Name == requested.ToString()) is { } culture)
        {
            AppendLanguageCookie(http, culture.Name);
        }
        return next(http);
    }

    private static void AppendLanguageCookie(HttpContext http, string culture) =>
        http.Response.Cookies.Append(
            Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.DefaultCookieName,
            Microsoft.AspNetCore.Localization.CookieRequestCultureProvider.MakeCookieValue(new(culture)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });

    /// <summary>
    /// Refuses a declared body larger than the endpoint allows with a clear 413 before anything reads it
    /// (Kestrel also stops undeclared, chunked bodies at the same limit as they are read).
    /// </summary>
    private static async Task RejectOversizedBodies(HttpContext http, RequestDelegate next)
    {
        var limit = http.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata>()?.MaxRequestBodySize
            ?? http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<LindaSettings>>().Value.MaxRequestBodyBytes;
        if (http.Request.ContentLength > limit)
        {
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = { Status = StatusCodes.Status413PayloadTooLarge, Title = "The request is too large.", Detail = $"At most {limit} bytes are accepted here." },
            });
            return;
        }
        await next(http);
    }

    public static void MapLindaEndpoints(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapGet("/healthz", async (LindaDbContext db, CancellationToken ct) =>
            {
                try
                {
                    await db.Organisations.AsNoTracking().AnyAsync(ct);
                    return Results.Ok(new { status = "healthy" });
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The database is not usable.");
                }
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
        app.MapOpenApi().AllowAnonymous();
        app.MapLanguageSwitch();

        var api = app.MapGroup("/api/v1");
        api.MapReferenceApi();
        api.MapAgencyVerificationApi();
        api.MapAgencyFeedbackApi();
        api.MapJobOfferCheckApi();
        api.MapReportsApi();
    }

    private static void MapLanguageSwitch(this WebApplication app)
    {
        // Works without JavaScript: a plain link sets the cookie and returns to the same page.
        app.MapGet("/language", (HttpContext http, string? culture, string? returnUrl) =>
            {
                AppendLanguageCookie(http, LindaServices.SupportedCultures.FirstOrDefault(c => c.Name == culture)?.Name ?? "en");
                var target = returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
                    && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
                    ? returnUrl
                    : "/";
                return Results.LocalRedirect(target);
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
    }
}
