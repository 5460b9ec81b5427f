using Linda.Core.Agencies;
using Linda.Core.Offers;
using Linda.Data;
using Linda.Web.Features.Agencies.Verification;
using Linda.Web.Features.Offers.Monitoring;
using Linda.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Linda.Web.Tests.Offers;

/// <summary>Arranges ad monitoring: an app whose feed poller may reach this machine, sources, registry agencies, ingestion runs.</summary>
public static class AdMonitoringKit
{
    /// <summary>The app with the background poller off (tests poll when they choose) and loopback feeds allowed.</summary>
    public static LindaAppFactory App(TestDatabase db, bool allowPrivateAddresses = true) =>
        new LindaAppFactory(db)
            .With("Linda:Offers:Feeds:PollerInterval", "00:00:00")
            .With("Linda:Offers:Feeds:AllowPrivateAddresses", allowPrivateAddresses ? "true" : "false")
            .With("Linda:Offers:Feeds:Timeout", "00:00:05");

    public static async Task<AdSource> AddSourceAsync(this LindaAppFactory app, AdSourceKind kind = AdSourceKind.File, string? feedUrl = null, string name = "Synthetic source")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LindaDbContext>();
        var source = new AdSource { Name = name, Kind = kind, FeedUrl = feedUrl, CreatedAt = db.UtcNow, NextPollAt = kind == AdSourceKind.Feed ? db.UtcNow : null };
        db.AdSources.Add(source);
        await db.SaveChangesAsync();
        return source;
    }

    public static async Task<AdIngestionSummary> IngestAsync(this LindaAppFactory app, Guid sourceId, params IncomingAd[] ads)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AdIngestion>().IngestAsync(sourceId, ads, CancellationToken.None);
    }

    /// <summary>Adds registry agencies (synthetic names) and makes the matcher see them at once.</summary>
    public static async Task<List<Agency>> AddAgenciesAsync(this LindaAppFactory app, params (string Licence, string Name)[] agencies)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LindaDbContext>();
        var added = agencies.Select(a => new Agency
        {
            LicenceNumber = a.Licence,
            LicenceKey = LicenceNumbers.Normalise(a.Licence)!,
            Name = a.Name,
            IssuedOn = new DateOnly(2025, 1, 1),
            ExpiresOn = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1),
            CreatedAt = db.UtcNow,
            UpdatedAt = db.UtcNow,
        }).ToList();
        db.Agencies.AddRange(added);
        await db.SaveChangesAsync();
        app.Services.GetRequiredService<RegistryMatcher>().Invalidate();
        return added;
    }

    public static async Task<FeedPollOutcome> PollNowAsync(this LindaAppFactory app, Guid sourceId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PollFeedsHandler>().PollNowAsync(sourceId, CancellationToken.None);
    }
}
