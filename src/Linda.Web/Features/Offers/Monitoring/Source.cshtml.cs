using Linda.Core.Offers;
using Linda.Core.Screening;
using Linda.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Offers.Monitoring;

/// <summary>One source of ads: its settings and last poll or import, its latest ads, and for a feed "poll now" and enable/disable.</summary>
public sealed class SourceModel(LindaDbContext db, PollFeedsHandler poller) : PageModel
{
    public const string NoticeKey = "AdSourceNotice";

    /// <summary>The source's latest ads shown.</summary>
    public const int AdsShown = 50;

    public AdSource Source { get; private set; } = null!;

    public IReadOnlyList<AdRow> Ads { get; private set; } = [];

    public int AdCount { get; private set; }

    public string? Notice { get; private set; }

    public bool BeingPolled { get; private set; }

    public sealed record AdRow(Guid Id, string Heading, RiskLevel Risk, int Score, DateTime FirstSeenAt, DateTime LastSeenAt, int SeenCount);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Notice = TempData[NoticeKey] as string;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostPollAsync(Guid id, CancellationToken ct)
    {
        var outcome = await poller.PollNowAsync(id, ct);
        if (outcome == FeedPollOutcome.NotFound)
        {
            return NotFound();
        }
        TempData[NoticeKey] = outcome == FeedPollOutcome.Busy
            ? "This feed is being polled right now; its results show here when the poll ends."
            : "Polled.";
        return Redirect($"/staff/offers/sources/{id}");
    }

    public async Task<IActionResult> OnPostEnableAsync(Guid id, bool enabled, CancellationToken ct)
    {
        var source = await db.AdSources.FirstOrDefaultAsync(s => s.Id == id && s.Kind == AdSourceKind.Feed, ct);
        if (source is null)
        {
            return NotFound();
        }
        if (source.Enabled != enabled)
        {
            source.Enabled = enabled;
            if (enabled)
            {
                // Due at once, unless a poll holds it.
                source.NextPollAt = PollFeedsHandler.IsBeingPolled(source.NextPollAt, source.LastPolledAt, source.PollMinutes, db.UtcNow)
                    ? source.NextPollAt
                    : db.UtcNow;
            }
            await db.SaveChangesAsync(ct);
        }
        TempData[NoticeKey] = enabled ? "Feed enabled: it is polled within a minute." : "Feed disabled: it is not polled until you enable it.";
        return Redirect($"/staff/offers/sources/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var source = await db.AdSources.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (source is null)
        {
            return false;
        }
        Source = source;
        BeingPolled = source.Kind == AdSourceKind.Feed
            && PollFeedsHandler.IsBeingPolled(source.NextPollAt, source.LastPolledAt, source.PollMinutes, db.UtcNow);
        AdCount = await db.JobAds.CountAsync(a => a.SourceId == id, ct);
        var ads = await db.JobAds.AsNoTracking()
            .Where(a => a.SourceId == id)
            .OrderByDescending(a => a.FirstSeenAt).ThenByDescending(a => a.Id)
            .Take(AdsShown)
            .Select(a => new { a.Id, a.Title, Start = a.Text.Substring(0, 120), a.Risk, a.Score, a.FirstSeenAt, a.LastSeenAt, a.SeenCount })
            .ToListAsync(ct);
        Ads = ads.Select(a => new AdRow(a.Id, Heading(a.Title, a.Start), a.Risk, a.Score, a.FirstSeenAt, a.LastSeenAt, a.SeenCount)).ToList();
        return true;
    }

    /// <summary>The title, or the start of the text on one line.</summary>
    private static string Heading(string? title, string start)
    {
        if (!string.IsNullOrWhiteSpace(title))
        {
            return title;
        }
        var line = string.Join(' ', start.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= 80 ? line : line[..80].TrimEnd() + "…";
    }
}
