using System.Globalization;
using System.Security.Claims;
using Linda.Core.Identity;
using Linda.Data;
using Linda.Data.Auditing;
using Linda.Data.Encryption;
using Linda.Data.Identity;
using Linda.Web.Features.Account;
using Linda.Web.Features.Admin;
using Linda.Web.Features.Intake.Desk;
using Linda.Web.Features.Offers.Monitoring;
using Linda.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Linda.Web.Infrastructure;

public static class LindaServices
{
    public static readonly CultureInfo[] SupportedCultures = [new("en"), new("sw")];

    public static void AddLindaServices(this WebApplicationBuilder builder, TextWriter console)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.Configure<LindaSettings>(configuration.GetSection(LindaSettings.Section));
        var settings = configuration.GetSection(LindaSettings.Section).Get<LindaSettings>() ?? new LindaSettings();

        var dataDirectory = Path.GetFullPath(settings.DataDirectory, builder.Environment.ContentRootPath);
        var masterKey = MasterKey.Load(configuration, builder.Environment.IsDevelopment(), dataDirectory,
            warning => console.WriteLine($"warning: {warning}"));
        services.AddHttpContextAccessor();
        // Before the database: a CLI or test registration made earlier wins, and so does this over the database's default.
        services.TryAddScoped<IAuditContext, HttpAuditContext>();
        services.AddLindaDatabase(DatabaseSettings.FromConfiguration(configuration, dataDirectory), masterKey);
        services.AddHostedService<KeyRingKeeper>();

        AddIdentity(services);
        services.AddHotlineDesk(configuration);
        services.AddAdMonitoring(configuration);
        AddWeb(builder, settings);
    }

    private static void AddIdentity(IServiceCollection services)
    {
        services.AddIdentity<StaffUser, IdentityRole<Guid>>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireDigit = false;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<LindaDbContext>()
            .AddSignInManager<StaffSignInManager>()
            .AddClaimsPrincipalFactory<StaffClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "linda.staff";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/staff/account/signin";
            o.LogoutPath = "/staff/account/signout";
            o.AccessDeniedPath = "/staff/account/denied";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            // A disabled account or a reset second factor ends sessions within a minute.
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            o.OnRefreshingPrincipal = context =>
            {
                var amr = context.CurrentPrincipal?.FindAll(LindaClaims.AuthenticationMethod).ToList() ?? [];
                if (amr.Count > 0 && context.NewPrincipal?.Identity is ClaimsIdentity identity)
                {
                    identity.AddClaims(amr.Select(c => new Claim(c.Type, c.Value)));
                }
                return Task.CompletedTask;
            };
        });

        services.AddAuthorizationBuilder()
            // Deny by default: every endpoint needs a signed-in user unless it says otherwise.
            // A request that matched no endpoint is let through, so that it gets a plain 404; so is one that matched only
            // routing's own "405 method not allowed" / "415 unsupported media type" answer (not a sign-in page).
            .SetFallbackPolicy(new AuthorizationPolicyBuilder()
                .RequireAssertion(c => c.User.Identity?.IsAuthenticated == true || (c.Resource is HttpContext http && IsRoutingRefusal(http.GetEndpoint())))
                .Build())
            .AddPolicy(Policies.Staff, p => p.RequireAuthenticatedUser().RequireRole(StaffRoles.All))
            .AddPolicy(Policies.Admin, p => p.RequireRole(StaffRoles.Admin))
            .AddPolicy(Policies.Oversight, p => p.RequireRole(StaffRoles.OversightOfficer))
            .AddPolicy(Policies.Desk, p => p.RequireRole(StaffRoles.HotlineOperator, StaffRoles.Supervisor))
            .AddPolicy(Policies.Cases, p => p.RequireRole(StaffRoles.Caseworker, StaffRoles.Supervisor, StaffRoles.HotlineOperator));
        services.AddSingleton<TwoFactorPolicy>();
        services.AddScoped<Features.Admin.Users.CreateStaffUserHandler>();
        services.AddScoped<SignInOutcome>();
        services.AddScoped<Features.Agencies.Oversight.ImportRegistryHandler>();
        services.AddScoped<Features.Agencies.Oversight.AgencyRiskScorer>();
        services.AddScoped<Features.Offers.ExportLabelledAdsHandler>();
        services.AddSingleton<Features.Agencies.Oversight.LookalikeCache>();
        services.AddSingleton<Features.Agencies.Oversight.RegistryImportQueue>();
        services.AddHostedService<Features.Agencies.Oversight.RegistryImportWorker>();
        services.AddSingleton<Features.Agencies.Verification.RegistryMatcher>();
        services.AddScoped<Features.Agencies.Verification.VerifyAgencyHandler>();
        services.AddScoped<Features.Intake.RecordSignalHandler>();
        services.AddScoped<Features.Agencies.Feedback.SubmitFeedbackHandler>();
        services.AddScoped<Features.Agencies.Feedback.FeedbackSummaries>();
        services.AddScoped<Features.Staff.UnreadNotifications>();
        // Resolved on first use: compiling the rule file takes a second, which CLI verbs that never screen should not pay.
        services.AddSingleton(_ => Core.Screening.OfferScreener.Default);
        services.AddScoped<Features.Offers.CheckOfferHandler>();
        services.AddScoped<Features.Offers.HandOffOfferHandler>();
        services.AddScoped<Features.Intake.SubmitReportHandler>();
        services.AddScoped<Features.Intake.CheckReportStatusHandler>();
        services.AddScoped<Features.Intake.VerifyReceiptsHandler>();
        services.AddSingleton<FailedGuessLimiter>();
    }

    private static bool IsRoutingRefusal(Endpoint? endpoint) =>
        endpoint is null
        || (endpoint.Metadata.Count == 0 && endpoint.DisplayName is "405 HTTP Method Not Supported" or "415 HTTP Unsupported Media Type");

    private static void AddWeb(WebApplicationBuilder builder, LindaSettings settings)
    {
        var services = builder.Services;
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("en");
            o.SupportedCultures = SupportedCultures;
            o.SupportedUICultures = SupportedCultures;
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });

        services.AddRazorPages(o =>
            {
                o.RootDirectory = "/Features";
                o.Conventions.AuthorizeFolder("/Staff", Policies.Staff);
                o.Conventions.AuthorizeFolder("/Admin", Policies.Admin);
                o.Conventions.AuthorizeFolder("/Agencies/Oversight", Policies.Oversight);
                o.Conventions.AuthorizeFolder("/Intake/Desk", Policies.Desk);
                o.Conventions.AuthorizeFolder("/Offers/Monitoring", Policies.Oversight);
                o.Conventions.AuthorizeFolder("/Cases", Policies.Cases);
                // The job-offer checker also answers at the shorter address given in leaflets.
                o.Conventions.AddPageRoute("/Offers/Check", "offers/check");
            })
            .AddMvcOptions(o => o.Filters.Add<RequireTwoFactorFilter>())
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o =>
                o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));

        services.AddProblemDetails();
        services.AddOpenApi("v1");
        services.AddLindaSecurityHeaders(builder.Environment);
        services.AddLindaRateLimiting(settings.RateLimits);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = settings.MaxRequestBodyBytes;
        });
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = settings.MaxRequestBodyBytes);
    }

    /// <summary>Migrates (when configured) and, in Development, seeds the synthetic demo data.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app, CancellationToken ct)
    {
        var settings = app.Services.GetRequiredService<IOptions<LindaSettings>>().Value;
        await app.Services.PrepareLindaDatabaseAsync(settings.MigrateOnStartup, ct);
        if (app.Environment.IsDevelopment() && settings.SeedDemoData)
        {
            await DevelopmentSeed.SeedAsync(app.Services, ct);
        }
    }
}

public static class Policies
{
    public const string Staff = "Staff";
    public const string Admin = "Admin";
    public const string Oversight = "Oversight";

    /// <summary>The hotline desk: queue, call log, signals (HotlineOperator, Supervisor).</summary>
    public const string Desk = "Desk";

    /// <summary>Case pages; each page also checks the case belongs to the user's organisation.</summary>
    public const string Cases = "Cases";
}
