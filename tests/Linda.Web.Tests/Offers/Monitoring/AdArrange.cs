using Linda.Core.Identity;
using Linda.Core.Offers;
using Linda.Core.Screening;
using Linda.Data;
using Linda.Web.Features.Offers.Monitoring;
using Linda.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Linda.Web.Tests.Offers.Monitoring;

/// <summary>
/// Arranges monitored ads the way ingestion stores them (screened text, identifiers, no operation yet) and drives the
/// linking job and the officer pages. All texts, numbers and names are synthetic.
/// </summary>
public static class AdArrange
{
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    public const string HighRisk =
        "URGENT housemaids needed in Saudi Arabia. No experience, no interview needed. Pay registration fee KES 15,000 before travel. Visit visa, travel next week, only 3 slots left. Call or WhatsApp {0}.";

    public const string HigherRisk =
        "URGENT housemaids needed in Saudi Arabia. No experience, no interview needed. Pay registration fee KES 15,000 before travel. Visit visa, travel next week, only 3 slots left. Surrender your passport on arrival. Contract given after arrival. Call or WhatsApp {0}.";

    public const string MediumRisk = "Drivers wanted in Qatar. Travel on a visit visa, work permit on arrival. Send CV to {0}.";

    public const string LowRisk = "Hotel receptionist vacancy in Nairobi. Apply through our website {0}. Contract signed before travel.";

    /// <summary>The app on a fixed clock with the background linking job off, so that tests run it when they choose.</summary>
    public static LindaAppFactory App(TestDatabase db) =>
        new LindaAppFactory(db)
            .With("Linda:Offers:Monitoring:LinkingInterval", "00:00:00")
            .WithServices(s => s.AddSingleton<TimeProvider>(new FixedTimeProvider(Now)));

    public static async Task<AdSource> AddSourceAsync(this LindaAppFactory app, string name = "Synthetic jobs board feed")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LindaDbContext>();
        var source = new AdSource { Name = name, Kind = AdSourceKind.Feed, FeedUrl = "https://jobs.example/feed.xml", CreatedAt = db.UtcNow };
        db.AdSources.Add(source);
        await db.SaveChangesAsync();
        return source;
    }

    /// <summary>
    /// Stores an ad first seen <paramref name="hoursAgo"/> hours ago (its version-7 id follows that time), screened with
    /// the real checker; its identifiers are what the checker extracts plus <paramref name="extra"/>.
    /// </summary>
    public static async Task<JobAd> AddAdAsync(this LindaAppFactory app, AdSource source, double hoursAgo, string text,
        string? claimed = null, string? title = null, (string Kind, string Value)[]? extra = null, Action<JobAd>? arrange = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LindaDbContext>();
        var result = OfferScreener.Default.Screen(new OfferInput(text));
        var seen = Now.AddHours(-hoursAgo);
        var fingerprint = TextFingerprint.SimHash(text);
        var (band0, band1, band2, band3) = TextFingerprint.Bands(fingerprint);
        var ad = new JobAd
        {
            Id = Guid.CreateVersion7(seen),
            SourceId = source.Id,
            Title = title,
            Text = text,
            SimHash = fingerprint,
            SimBand0 = band0,
            SimBand1 = band1,
            SimBand2 = band2,
            SimBand3 = band3,
            FirstSeenAt = seen.UtcDateTime,
            LastSeenAt = seen.UtcDateTime,
            Score = result.Score,
            Risk = result.Risk,
            FlagCodes = string.Join(",", result.Flags.Select(f => f.Code)),
            ClaimedAgencies = claimed ?? (result.Entities.Agencies.Count == 0 ? null : string.Join(" | ", result.Entities.Agencies.Select(a => a.Name))),
            Destinations = result.Entities.Destinations.Count == 0 ? null : string.Join(",", result.Entities.Destinations.Select(d => d.Country)),
        };
        arrange?.Invoke(ad);
        db.JobAds.Add(ad);
        foreach (var (kind, value) in result.Entities.Identifiers().Concat(extra ?? []).Distinct())
        {
            db.AdIdentifiers.Add(new AdIdentifier { AdId = ad.Id, Kind = kind, Value = value });
        }
        await db.SaveChangesAsync();
        return ad;
    }

    public static async Task<LinkRun> LinkAsync(this LindaAppFactory app, bool force = false)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LinkAdsHandler>().RunAsync(force, CancellationToken.None);
    }

    public static async Task<HttpClient> SignInOfficerAsync(this LindaAppFactory app)
    {
        var officer = await app.CreateUserAsync(StaffRoles.OversightOfficer, fullName: "Synthetic Officer");
        var client = app.CreateBrowserClient();
        await client.SignInAndEnrolTwoFactorAsync(officer.Email!);
        return client;
    }
}
