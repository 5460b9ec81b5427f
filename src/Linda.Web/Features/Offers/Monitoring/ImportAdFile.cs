using System.Globalization;
using Linda.Core.Offers;
using Linda.Data;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Offers.Monitoring;

/// <summary>An imported file: its source and what the import did, skipped lines of the file and of the ingestion together.</summary>
public sealed record AdFileImport(Guid SourceId, string Name, AdIngestionSummary Summary);

/// <summary>
/// Imports a CSV or JSON Lines file of ads as a new file source: the officers' upload and <c>linda offers import</c>.
/// A file that cannot be read at all (empty, no text column, over the limit) is refused and leaves nothing behind.
/// </summary>
public sealed class ImportAdFileHandler(LindaDbContext db, AdIngestion ingestion)
{
    /// <summary>Imports the file; the problem that makes it unreadable instead, in words for the officer.</summary>
    /// <param name="maxAds">The most ads (lines) accepted; null for no limit.</param>
    public async Task<(AdFileImport? Import, string? Problem)> HandleAsync(
        TextReader file, AdFileReader.Format format, string name, Guid? createdById, int? maxAds, CancellationToken ct)
    {
        var read = AdFileReader.Read(file, format);
        if (read.Problem is not null)
        {
            return (null, read.Problem);
        }
        if (read.Ads.Count + read.Rejections.Count > maxAds)
        {
            return (null, string.Create(CultureInfo.InvariantCulture, $"The file has more than {maxAds:#,0} ads. Split it into smaller files."));
        }
        name = name.Trim();
        var source = new AdSource
        {
            Name = name.Length <= AdSource.NameMaxLength ? name : name[..AdSource.NameMaxLength],
            Kind = AdSourceKind.File,
            Enabled = false,
            CreatedAt = db.UtcNow,
            CreatedById = createdById,
        };
        db.AdSources.Add(source);
        await db.SaveChangesAsync(ct);
        var summary = await ingestion.IngestAsync(source.Id, read.Ads, ct);
        summary = summary with { Rejected = [.. read.Rejections.Concat(summary.Rejected).OrderBy(r => r.Line)] };
        var stored = await db.AdSources.FirstAsync(s => s.Id == source.Id, ct);
        stored.LastPolledAt = db.UtcNow;
        stored.LastNewAds = summary.New;
        stored.LastSeenAgainAds = summary.SeenAgain;
        stored.LastError = summary.New + summary.SeenAgain == 0 ? "No ad could be imported: every line was skipped." : null;
        await db.SaveChangesAsync(ct);
        return (new AdFileImport(source.Id, stored.Name, summary), null);
    }
}
