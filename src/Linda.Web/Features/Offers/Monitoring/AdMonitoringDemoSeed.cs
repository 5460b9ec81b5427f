using Linda.Core.Offers;
using Linda.Data;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Offers.Monitoring;

/// <summary>
/// Synthetic job ads for the Development officer: a few operations sharing invented numbers, e-mails, a handle and a
/// website under several agency names, a repost, a warning that quotes the hotline, and genuine-looking ads from a
/// DEMO agency. Imported through the same path as an upload, then linked, so the queue is full on first sign-in.
/// Seeded once, when no ad source exists.
/// </summary>
public static class AdMonitoringDemoSeed
{
    public const string SourceName = "Demo job-board export (synthetic ads)";

    public static async Task SeedAsync(IServiceProvider services, LindaDbContext db, CancellationToken ct)
    {
        if (await db.AdSources.AnyAsync(ct))
        {
            return;
        }
        await using var stream = typeof(AdMonitoringDemoSeed).Assembly.GetManifestResourceStream("Linda.Web.demo-ads.jsonl")
            ?? throw new InvalidOperationException("The demo ads are not embedded in the build.");
        using var reader = new StreamReader(stream);
        var (import, problem) = await services.GetRequiredService<ImportAdFileHandler>()
            .HandleAsync(reader, AdFileReader.Format.JsonLines, SourceName, createdById: null, maxAds: null, ct);
        if (import is null || import.Summary.Rejected.Count > 0)
        {
            throw new InvalidOperationException($"The demo ads did not import: {problem ?? import!.Summary.Rejected[0].Reason}");
        }
        await services.GetRequiredService<LinkAdsHandler>().RunAsync(force: true, ct);
    }
}
