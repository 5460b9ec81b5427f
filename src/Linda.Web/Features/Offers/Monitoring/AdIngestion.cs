using System.Globalization;
using System.Text;
using Linda.Core.Offers;
using Linda.Core.Screening;
using Linda.Data;
using Linda.Web.Features.Agencies.Verification;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Offers.Monitoring;

/// <summary>What an ingestion did: ads new to Linda, ads seen again (same address or near-identical text), ads refused.</summary>
public sealed record AdIngestionSummary(int New, int SeenAgain, IReadOnlyList<AdRejection> Rejected)
{
    public int Total => New + SeenAgain + Rejected.Count;
}

/// <summary>
/// Takes ads into monitoring, whichever way they came (an upload, a feed, the command line). Each ad is checked
/// (text required, at most <see cref="OfferInput.MaxTextLength"/> characters; a bad ad is reported and skipped),
/// then found again by its address (<see cref="AdAddress.Key"/>) or by near-identical text (<see cref="TextFingerprint"/>:
/// candidates from the four indexed bands, confirmed by <see cref="TextFingerprint.NearIdentical"/>). An ad seen again
/// only updates its last-seen time and count (and gets the address it lacked); a new ad is screened with the live
/// registry, linked to a registry agency when that is unambiguous, and stored with its identifiers for the linking job
/// (which picks up ads without an operation). Writes go in batches of <see cref="BatchSize"/>, each one transaction
/// with bulk audit events, and the run ends with one "import" event on the source.
/// </summary>
public sealed class AdIngestion(LindaDbContext db, OfferScreener screener, RegistryMatcher registry)
{
    public const int BatchSize = 500;

    /// <summary>The audit action of a finished ingestion (subject: the source; counts in the changed properties).</summary>
    public const string AuditAction = "import";

    /// <summary>
    /// Ingests <paramref name="ads"/> for the source <paramref name="sourceId"/>. Clears this context's change
    /// tracker after each batch: callers load the source again to update it.
    /// </summary>
    public async Task<AdIngestionSummary> IngestAsync(Guid sourceId, IEnumerable<IncomingAd> ads, CancellationToken ct)
    {
        var matcher = await registry.GetAsync(ct);
        var rejected = new List<AdRejection>();
        int added = 0, seenAgain = 0;
        foreach (var batch in ads.Chunk(BatchSize))
        {
            var prepared = new List<Prepared>(batch.Length);
            foreach (var ad in batch)
            {
                if (Prepare(ad, out var problem) is { } ok)
                {
                    prepared.Add(ok);
                }
                else
                {
                    rejected.Add(new AdRejection(ad.Line, problem!));
                }
            }
            var (n, s) = await StoreAsync(sourceId, prepared, matcher, ct);
            added += n;
            seenAgain += s;
        }
        db.Audit(AuditAction, nameof(AdSource), sourceId.ToString(),
            string.Create(CultureInfo.InvariantCulture, $"new:{added},seen-again:{seenAgain},rejected:{rejected.Count}"));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return new AdIngestionSummary(added, seenAgain, rejected);
    }

    /// <summary>An ad ready to store: cleaned text, its fingerprint and its address key.</summary>
    private sealed record Prepared(IncomingAd Ad, string Text, string? Title, string? Url, string? UrlKey, long SimHash);

    /// <summary>Checks an ad; the reason (never quoting the ad) when it cannot be taken.</summary>
    private static Prepared? Prepare(IncomingAd ad, out string? problem)
    {
        problem = null;
        var text = Clean(ad.Text);
        if (text.Length == 0)
        {
            problem = "No text.";
            return null;
        }
        if (text.Length > OfferInput.MaxTextLength)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"The text is longer than {OfferInput.MaxTextLength:#,0} characters.");
            return null;
        }
        if (!text.Any(char.IsLetterOrDigit))
        {
            problem = "The text has no words.";
            return null;
        }
        string? url = null, key = null;
        if (!string.IsNullOrWhiteSpace(ad.Url))
        {
            url = ad.Url.Trim();
            if (url.Length > JobAd.UrlMaxLength)
            {
                problem = string.Create(CultureInfo.InvariantCulture, $"The address is longer than {JobAd.UrlMaxLength:#,0} characters.");
                return null;
            }
            key = AdAddress.Key(url);
            if (key is null)
            {
                problem = "The address is not an http or https address.";
                return null;
            }
        }
        var title = Clean(ad.Title);
        title = title.Length == 0 ? null : title.Length <= JobAd.TitleMaxLength ? title : title[..JobAd.TitleMaxLength].TrimEnd();
        return new Prepared(ad, text, title, url, key, TextFingerprint.SimHash(text));
    }

    /// <summary>
    /// Trimmed text without control characters (but tabs and line breaks) and broken surrogate pairs, which
    /// PostgreSQL refuses (NUL) or nobody typed.
    /// </summary>
    private static string Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "";
        }
        var clean = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                clean.Append(c).Append(value[++i]);
            }
            else if (char.IsSurrogate(c) || (char.IsControl(c) && c is not ('\t' or '\n' or '\r')))
            {
                clean.Append(' ');
            }
            else
            {
                clean.Append(c);
            }
        }
        return clean.ToString().Trim();
    }

    private async Task<(int New, int SeenAgain)> StoreAsync(Guid sourceId, List<Prepared> batch, Core.Matching.AgencyMatcher matcher, CancellationToken ct)
    {
        if (batch.Count == 0)
        {
            return (0, 0);
        }
        var now = db.UtcNow;
        // Ads of this batch and those found for it, by address and by band, so that repeats within the batch are seen too.
        string[] keys = [.. batch.Where(p => p.UrlKey is not null).Select(p => p.UrlKey!).Distinct(StringComparer.Ordinal)];
        var byUrl = keys.Length == 0
            ? new Dictionary<string, JobAd>(StringComparer.Ordinal)
            : await db.JobAds.Where(a => a.UrlHash != null && keys.Contains(a.UrlHash)).ToDictionaryAsync(a => a.UrlHash!, StringComparer.Ordinal, ct);
        var bands = batch.Select(p => TextFingerprint.Bands(p.SimHash)).ToList();
        int[] band0 = [.. bands.Select(b => b.Band0).Distinct()];
        int[] band1 = [.. bands.Select(b => b.Band1).Distinct()];
        int[] band2 = [.. bands.Select(b => b.Band2).Distinct()];
        int[] band3 = [.. bands.Select(b => b.Band3).Distinct()];
        var stored = await db.JobAds.AsNoTracking()
            .Where(a => band0.Contains(a.SimBand0) || band1.Contains(a.SimBand1) || band2.Contains(a.SimBand2) || band3.Contains(a.SimBand3))
            .Select(a => new Candidate(a.Id, a.SimHash))
            .ToListAsync(ct);
        var index = new BandIndex();
        foreach (var candidate in stored)
        {
            index.Add(candidate);
        }
        foreach (var ad in byUrl.Values)
        {
            index.Add(new Candidate(ad.Id, ad.SimHash));
        }

        int added = 0, seenAgain = 0;
        foreach (var p in batch)
        {
            JobAd? same = null;
            if (p.UrlKey is not null && byUrl.TryGetValue(p.UrlKey, out var byAddress))
            {
                same = byAddress;
            }
            else if (index.Nearest(p.SimHash) is { } near)
            {
                // Tracked already when it came with this batch; otherwise one look-up.
                same = await db.JobAds.FindAsync([near.Id], ct);
            }
            if (same is not null)
            {
                same.SeenCount++;
                same.LastSeenAt = now;
                if (same.Url is null && p.Url is not null && !byUrl.ContainsKey(p.UrlKey!))
                {
                    same.Url = p.Url;
                    same.UrlHash = p.UrlKey;
                    byUrl[p.UrlKey!] = same;
                }
                if (!string.Equals(same.Text, p.Text, StringComparison.Ordinal))
                {
                    await AddNewIdentifiersAsync(same, p, ct);
                }
                seenAgain++;
                continue;
            }
            var ad = await NewAdAsync(sourceId, p, matcher, now, ct);
            db.JobAds.Add(ad);
            if (p.UrlKey is not null)
            {
                byUrl[p.UrlKey] = ad;
            }
            index.Add(new Candidate(ad.Id, ad.SimHash));
            added++;
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return (added, seenAgain);
    }

    private async Task<JobAd> NewAdAsync(Guid sourceId, Prepared p, Core.Matching.AgencyMatcher matcher, DateTime now, CancellationToken ct)
    {
        // The title is part of the ad a job seeker reads ("No fees! Travel next week"): screened with the text.
        var screened = p.Title is null || p.Text.Contains(p.Title, StringComparison.OrdinalIgnoreCase) ? p.Text : p.Title + "\n" + p.Text;
        var result = screener.Screen(new OfferInput(screened), matcher);
        var (b0, b1, b2, b3) = TextFingerprint.Bands(p.SimHash);
        var ad = new JobAd
        {
            SourceId = sourceId,
            Url = p.Url,
            UrlHash = p.UrlKey,
            Title = p.Title,
            Text = p.Text,
            SimHash = p.SimHash,
            SimBand0 = b0,
            SimBand1 = b1,
            SimBand2 = b2,
            SimBand3 = b3,
            FirstSeenAt = now,
            LastSeenAt = now,
            SeenCount = 1,
            PublishedAt = p.Ad.PublishedAt,
            Score = result.Score,
            Risk = result.Risk,
            FlagCodes = Joined(result.Flags.Select(f => f.Code), ",", 1000) ?? "",
            ClaimedAgencies = Joined(result.Entities.Agencies.Select(a => a.Name.Trim()).Distinct(StringComparer.OrdinalIgnoreCase), " | ", 1000),
            Destinations = Joined(result.Entities.Destinations.Select(d => d.Country).Distinct(StringComparer.Ordinal), ",", 200),
            AgencyId = await AgencyOfAsync(result.Entities, ct),
        };
        foreach (var (kind, value) in AdIdentifierValues.Normalise(result.Entities.Identifiers()))
        {
            db.AdIdentifiers.Add(new AdIdentifier { AdId = ad.Id, Kind = kind, Value = value });
        }
        return ad;
    }

    /// <summary>
    /// A repost that differs from the stored ad (the fingerprint ignores digits, so a new phone number on an old
    /// text is "the same ad") keeps the identifiers only it carries, so linking still sees the new number.
    /// </summary>
    private async Task AddNewIdentifiersAsync(JobAd same, Prepared p, CancellationToken ct)
    {
        var entities = screener.Extractor.Extract(new OfferInput(p.Title is null ? p.Text : p.Title + "\n" + p.Text));
        var known = db.AdIdentifiers.Local.Where(i => i.AdId == same.Id).Select(i => (i.Kind, i.Value)).ToHashSet();
        known.UnionWith((await db.AdIdentifiers.AsNoTracking().Where(i => i.AdId == same.Id).Select(i => new { i.Kind, i.Value }).ToListAsync(ct))
            .Select(i => (i.Kind, i.Value)));
        foreach (var (kind, value) in AdIdentifierValues.Normalise(entities.Identifiers()))
        {
            if (known.Add((kind, value)))
            {
                db.AdIdentifiers.Add(new AdIdentifier { AdId = same.Id, Kind = kind, Value = value });
            }
        }
    }

    /// <summary>
    /// The registry agency the ad names, when every agency name and licence number in it that the registry knows
    /// points to one and the same agency; null when none does or they disagree, so an ad is never pinned on the wrong agency.
    /// </summary>
    private async Task<Guid?> AgencyOfAsync(OfferEntities entities, CancellationToken ct)
    {
        var found = new HashSet<Guid>();
        foreach (var agency in entities.Agencies)
        {
            if (await registry.ResolveAsync(agency.Name, null, ct) is { } id)
            {
                found.Add(id);
            }
        }
        foreach (var licence in entities.Licences)
        {
            if (await registry.ResolveAsync(null, licence.Number, ct) is { } id)
            {
                found.Add(id);
            }
        }
        return found.Count == 1 ? found.First() : null;
    }

    /// <summary>The values joined, whole values only up to <paramref name="max"/> characters; null when there are none.</summary>
    private static string? Joined(IEnumerable<string> values, string separator, int max)
    {
        var result = new StringBuilder();
        foreach (var value in values)
        {
            var extra = (result.Length == 0 ? 0 : separator.Length) + value.Length;
            if (result.Length + extra > max)
            {
                break;
            }
            if (result.Length > 0)
            {
                result.Append(separator);
            }
            result.Append(value);
        }
        return result.Length == 0 ? null : result.ToString();
    }

    private sealed record Candidate(Guid Id, long SimHash);

    /// <summary>Fingerprints by band, as the database indexes them: the nearest within <see cref="TextFingerprint.NearIdenticalBits"/>.</summary>
    private sealed class BandIndex
    {
        private readonly Dictionary<(int Band, int Value), List<Candidate>> _bands = [];

        public void Add(Candidate candidate)
        {
            var (b0, b1, b2, b3) = TextFingerprint.Bands(candidate.SimHash);
            foreach (var key in new[] { (0, b0), (1, b1), (2, b2), (3, b3) })
            {
                if (!_bands.TryGetValue(key, out var list))
                {
                    _bands[key] = list = [];
                }
                list.Add(candidate);
            }
        }

        public Candidate? Nearest(long simHash)
        {
            var (b0, b1, b2, b3) = TextFingerprint.Bands(simHash);
            Candidate? best = null;
            var bestDistance = int.MaxValue;
            foreach (var key in new[] { (0, b0), (1, b1), (2, b2), (3, b3) })
            {
                if (!_bands.TryGetValue(key, out var list))
                {
                    continue;
                }
                foreach (var candidate in list)
                {
                    var distance = TextFingerprint.Distance(simHash, candidate.SimHash);
                    // Ties go to the oldest ad (ids are time-ordered), so the answer does not depend on query order.
                    if (distance <= TextFingerprint.NearIdenticalBits
                        && (distance < bestDistance || (distance == bestDistance && candidate.Id.CompareTo(best!.Id) < 0)))
                    {
                        best = candidate;
                        bestDistance = distance;
                    }
                }
            }
            return best;
        }
    }
}
