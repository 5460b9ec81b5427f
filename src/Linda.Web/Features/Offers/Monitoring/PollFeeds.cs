using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Linda.Core.Auditing;
using Linda.Core.Offers;
using Linda.Data;
using Linda.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Offers.Monitoring;

/// <summary>How a poll ended for the officer who asked for it.</summary>
public enum FeedPollOutcome
{
    /// <summary>Fetched and ingested, or unchanged (304), or failed with the reason kept in <see cref="AdSource.LastError"/>.</summary>
    Polled,

    /// <summary>Another instance or request is polling it right now.</summary>
    Busy,

    NotFound,
}

/// <summary>
/// Polls RSS 2.0 and Atom 1.0 feeds. A feed is claimed by moving its <see cref="AdSource.NextPollAt"/> forward with a
/// conditional update (only where it still holds the value read), so of two instances or requests exactly one polls
/// it; the claim also keeps a crashed poll from being retried before the feed's interval. Fetches send the feed's
/// ETag and Last-Modified back (304 means nothing new), stop at <see cref="FeedSettings.Timeout"/> and
/// <see cref="FeedSettings.MaxBytes"/>, and record what went wrong in words, never with the fetched content.
/// </summary>
public sealed class PollFeedsHandler(
    LindaDbContext db,
    AdIngestion ingestion,
    IHttpClientFactory clients,
    FeedSettings settings,
    TimeProvider time,
    ILogger<PollFeedsHandler> logger)
{
    /// <summary>Polls the enabled feeds that are due; returns how many this call polled.</summary>
    public async Task<int> RunDueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.AdSources.AsNoTracking()
            .Where(s => s.Kind == AdSourceKind.Feed && s.Enabled && (s.NextPollAt == null || s.NextPollAt <= now))
            .OrderBy(s => s.NextPollAt)
            .Take(settings.FeedsPerRound)
            .Select(s => new { s.Id, s.NextPollAt, s.PollMinutes })
            .ToListAsync(ct);
        var polled = 0;
        foreach (var feed in due)
        {
            if (await TryClaimAsync(feed.Id, feed.NextPollAt, feed.PollMinutes, ct))
            {
                await PollClaimedAsync(feed.Id, ct);
                polled++;
            }
        }
        return polled;
    }

    /// <summary>Polls one feed now (the officer's "poll now"), enabled or not, unless it is being polled already.</summary>
    public async Task<FeedPollOutcome> PollNowAsync(Guid id, CancellationToken ct)
    {
        var feed = await db.AdSources.AsNoTracking().Where(s => s.Id == id && s.Kind == AdSourceKind.Feed)
            .Select(s => new { s.NextPollAt, s.PollMinutes, s.LastPolledAt }).FirstOrDefaultAsync(ct);
        if (feed is null)
        {
            return FeedPollOutcome.NotFound;
        }
        if (IsBeingPolled(feed.NextPollAt, feed.LastPolledAt, feed.PollMinutes, time.GetUtcNow().UtcDateTime)
            || !await TryClaimAsync(id, feed.NextPollAt, feed.PollMinutes, ct))
        {
            return FeedPollOutcome.Busy;
        }
        await PollClaimedAsync(id, ct);
        return FeedPollOutcome.Polled;
    }

    /// <summary>
    /// True while a poll holds the feed: a claim put the next poll a whole interval after the claim, and no poll has
    /// finished since (a finished poll sets its next poll exactly one interval after itself). A claim whose time has
    /// passed (the instance stopped mid-poll) no longer holds it.
    /// </summary>
    public static bool IsBeingPolled(DateTime? nextPollAt, DateTime? lastPolledAt, int pollMinutes, DateTime now) =>
        nextPollAt is { } next && next > now
        && (lastPolledAt is null || next.AddMinutes(-pollMinutes) - lastPolledAt.Value > TimeSpan.FromSeconds(1));

    /// <summary>Moves the feed's next poll a whole interval ahead, only if nobody has moved it since it was read.</summary>
    private async Task<bool> TryClaimAsync(Guid id, DateTime? seenNextPollAt, int pollMinutes, CancellationToken ct)
    {
        DateTime? until = time.GetUtcNow().UtcDateTime.AddMinutes(pollMinutes);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var claimed = await db.AdSources
            .Where(s => s.Id == id && s.Kind == AdSourceKind.Feed && s.NextPollAt == seenNextPollAt)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.NextPollAt, until), ct);
        if (claimed == 0)
        {
            await transaction.RollbackAsync(ct);
            return false;
        }
        db.Audit(AuditActions.Updated, nameof(AdSource), id.ToString(), nameof(AdSource.NextPollAt));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    private async Task PollClaimedAsync(Guid id, CancellationToken ct)
    {
        var source = await db.AdSources.AsNoTracking().FirstAsync(s => s.Id == id, ct);
        AdIngestionSummary? summary = null;
        string? error = null;
        string? etag = source.ETag;
        DateTime? lastModified = source.LastModified;
        try
        {
            var fetched = await FetchAsync(source, ct);
            if (fetched is not null)
            {
                summary = await ingestion.IngestAsync(id, fetched.Ads, ct);
                (etag, lastModified) = (fetched.ETag, fetched.LastModified);
            }
            else
            {
                summary = new AdIngestionSummary(0, 0, []);
            }
        }
        catch (FeedProblemException e)
        {
            error = e.Message;
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // The type only: a message may quote the server's answer.
            logger.LogError("Polling feed {SourceId} failed: {Error}", id, e.GetType().Name);
            error = "The poll failed because of an error on Linda's side (the server log has its type); it is tried again at the next poll.";
            db.ChangeTracker.Clear();
        }

        var finished = time.GetUtcNow().UtcDateTime;
        var tracked = await db.AdSources.FirstAsync(s => s.Id == id, CancellationToken.None);
        tracked.LastPolledAt = finished;
        tracked.NextPollAt = finished.AddMinutes(tracked.PollMinutes);
        tracked.LastNewAds = summary?.New ?? 0;
        tracked.LastSeenAgainAds = summary?.SeenAgain ?? 0;
        tracked.LastError = Limit(error ?? Skipped(summary));
        tracked.ETag = etag is { Length: <= 200 } ? etag : null;
        tracked.LastModified = lastModified;
        await db.SaveChangesAsync(CancellationToken.None);
        if (error is null)
        {
            logger.LogInformation("Polled feed {SourceId}: {New} new, {SeenAgain} seen again, {Rejected} skipped.", id, summary!.New, summary.SeenAgain, summary.Rejected.Count);
        }
        else
        {
            logger.LogWarning("Polling feed {SourceId} failed; the reason is on its page.", id);
        }
    }

    private sealed record Fetched(IReadOnlyList<IncomingAd> Ads, string? ETag, DateTime? LastModified);

    /// <summary>The feed's items, or null when the server says nothing changed (304).</summary>
    private async Task<Fetched?> FetchAsync(AdSource source, CancellationToken ct)
    {
        if (!Uri.TryCreate(source.FeedUrl, UriKind.Absolute, out var address))
        {
            throw new FeedProblemException("The feed has no valid address.");
        }
        using var request = new HttpRequestMessage(HttpMethod.Get, address);
        request.Headers.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1");
        if (source.ETag is not null && EntityTagHeaderValue.TryParse(source.ETag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }
        if (source.LastModified is { } modified)
        {
            request.Headers.IfModifiedSince = new DateTimeOffset(modified, TimeSpan.Zero);
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(settings.Timeout);
        var client = clients.CreateClient(AdMonitoringServices.FeedClient);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return null;
            }
            if (!response.IsSuccessStatusCode)
            {
                throw new FeedProblemException(string.Create(CultureInfo.InvariantCulture,
                    $"The feed's server answered HTTP {(int)response.StatusCode} ({response.ReasonPhrase ?? response.StatusCode.ToString()})."));
            }
            if (response.Content.Headers.ContentLength > settings.MaxBytes)
            {
                throw new FeedProblemException(TooLarge());
            }
            using var document = new MemoryStream();
            await using (var body = await response.Content.ReadAsStreamAsync(timeout.Token))
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await body.ReadAsync(buffer, timeout.Token)) > 0)
                {
                    if (document.Length + read > settings.MaxBytes)
                    {
                        throw new FeedProblemException(TooLarge());
                    }
                    document.Write(buffer, 0, read);
                }
            }
            document.Position = 0;
            IReadOnlyList<IncomingAd> ads;
            try
            {
                ads = FeedDocument.Read(document, address, settings.MaxItems);
            }
            catch (FeedFormatException e)
            {
                throw new FeedProblemException(e.Message);
            }
            catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
            {
                throw new FeedProblemException("The feed's items could not be turned into text in time.");
            }
            var etag = response.Headers.ETag?.ToString();
            var lastModified = response.Content.Headers.LastModified?.UtcDateTime;
            return new Fetched(ads, etag, lastModified);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new FeedProblemException(string.Create(CultureInfo.InvariantCulture,
                $"The feed did not answer within {settings.Timeout.TotalSeconds:0} seconds."));
        }
        catch (HttpRequestException e)
        {
            throw new FeedProblemException(Describe(e));
        }
    }

    private string TooLarge() =>
        string.Create(CultureInfo.InvariantCulture, $"The feed is larger than {settings.MaxBytes / 1024.0 / 1024.0:0.#} MB, the most Linda reads.");

    /// <summary>What went wrong with the connection, in words; never the exception's own message, which may quote the server.</summary>
    private static string Describe(HttpRequestException e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is FeedAddressException address)
            {
                return address.Message;
            }
        }
        return e.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => "The feed's host name could not be found.",
            HttpRequestError.ConnectionError => "Linda could not connect to the feed's server.",
            HttpRequestError.SecureConnectionError => "The secure (TLS) connection to the feed's server failed.",
            HttpRequestError.ResponseEnded or HttpRequestError.InvalidResponse => "The feed's server sent an incomplete or invalid answer.",
            _ => "The feed could not be fetched.",
        };
    }

    private static string? Skipped(AdIngestionSummary? summary)
    {
        if (summary is not { Rejected.Count: > 0 })
        {
            return null;
        }
        var first = summary.Rejected.Take(3).Select(r => string.Create(CultureInfo.InvariantCulture, $"item {r.Line}: {r.Reason}"));
        return string.Create(CultureInfo.InvariantCulture, $"{summary.Rejected.Count} item(s) were skipped ({string.Join("; ", first)}).");
    }

    private static string? Limit(string? text) =>
        text is null || text.Length <= AdSource.ErrorMaxLength ? text : text[..(AdSource.ErrorMaxLength - 1)] + "…";

    private sealed class FeedProblemException(string message) : Exception(message);
}

/// <summary>Runs <see cref="PollFeedsHandler.RunDueAsync"/> every <see cref="FeedSettings.PollerInterval"/> (a minute by default).</summary>
public sealed class FeedPoller(IServiceScopeFactory scopes, FeedSettings settings, ILogger<FeedPoller> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (settings.PollerInterval <= TimeSpan.Zero)
        {
            return;
        }
        using var timer = new PeriodicTimer(settings.PollerInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<PollFeedsHandler>().RunDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError("The feed poller failed ({ErrorType}); it runs again at the next interval.", SafeErrors.Types(e));
            }
        }
    }
}
