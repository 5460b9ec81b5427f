using Linda.Core.Offers;
using Linda.Core.Screening;
using Linda.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Offers.Monitoring;

/// <summary>One row of the officer queue: an operation (a lone ad is an operation of one) and its first ad's headline.</summary>
public sealed record QueueRow(Guid Id, int AdCount, int NameCount, int IdentifierCount, DateTime LastSeenAt, int HighestScore, RiskLevel HighestRisk, int UnreviewedCount, string Headline);

/// <summary>
/// The officer queue: operations to review, riskiest first (highest score, then most ads, then most recently seen),
/// by default those with a high-risk ad nobody has labelled. Filters: risk, label, source and destination; 50 a page.
/// A filter value the page does not offer gets 400.
/// </summary>
public sealed class IndexModel(LindaDbContext db, LinkAdsHandler linker) : PageModel
{
    public const int PageSize = 50;

    public static readonly IReadOnlyList<(string Value, string Text)> RiskChoices = [("high", "High"), ("medium", "Medium or high"), ("any", "Any")];

    public static readonly IReadOnlyList<(string Value, string Text)> LabelChoices =
        [("unreviewed", "Not reviewed"), ("scam", "Confirmed scam"), ("benign", "Benign"), ("any", "Any")];

    [BindProperty(SupportsGet = true)]
    public string? Risk { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Label { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Source { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Destination { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public string? PageText { get; set; }

    public int PageNumber { get; private set; } = 1;
    public int Matching { get; private set; }
    public int WaitingToLink { get; private set; }
    public DateTime? LastLinked { get; private set; }
    public IReadOnlyList<QueueRow> Rows { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Sources { get; private set; } = [];
    public IReadOnlyList<string> Destinations { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Risk = string.IsNullOrEmpty(Risk) ? "high" : Risk.ToLowerInvariant();
        Label = string.IsNullOrEmpty(Label) ? "unreviewed" : Label.ToLowerInvariant();
        Guid? source = null;
        if (!string.IsNullOrEmpty(Source))
        {
            if (!Guid.TryParse(Source, out var parsed))
            {
                return BadRequest();
            }
            source = parsed;
        }
        Destination = string.IsNullOrEmpty(Destination) ? null : Destination.ToUpperInvariant();
        if (RiskChoices.All(c => c.Value != Risk) || LabelChoices.All(c => c.Value != Label)
            || (Destination is not null && AdText.Country(Destination) is null)
            || (!string.IsNullOrEmpty(PageText) && (!int.TryParse(PageText, out var page) || page < 1)))
        {
            return BadRequest();
        }
        PageNumber = string.IsNullOrEmpty(PageText) ? 1 : int.Parse(PageText, System.Globalization.CultureInfo.InvariantCulture);

        var operations = db.AdOperations.AsNoTracking();
        operations = Risk switch
        {
            "high" => operations.Where(o => o.HighestRisk == RiskLevel.High),
            "medium" => operations.Where(o => o.HighestRisk == RiskLevel.High || o.HighestRisk == RiskLevel.Medium),
            _ => operations,
        };
        var ads = db.JobAds.AsQueryable();
        var filtersAds = source is not null || Destination is not null;
        ads = Label switch
        {
            "unreviewed" => ads.Where(a => a.Label == AdLabel.Unreviewed),
            "scam" => ads.Where(a => a.Label == AdLabel.ConfirmedScam),
            "benign" => ads.Where(a => a.Label == AdLabel.Benign),
            _ => ads,
        };
        if (source is { } sourceId)
        {
            ads = ads.Where(a => a.SourceId == sourceId);
        }
        if (Destination is { } destination)
        {
            var needle = "," + destination + ",";
            ads = ads.Where(a => ("," + a.Destinations + ",").Contains(needle));
        }
        if (Label == "unreviewed" && !filtersAds)
        {
            // The summary already counts them: no need to look at the ads.
            operations = operations.Where(o => o.UnreviewedCount > 0);
        }
        else if (Label != "any" || filtersAds)
        {
            operations = operations.Where(o => ads.Any(a => a.OperationId == o.Id));
        }

        Matching = await operations.CountAsync(ct);
        var rows = await operations
            .OrderByDescending(o => o.HighestScore).ThenByDescending(o => o.AdCount).ThenByDescending(o => o.LastSeenAt).ThenBy(o => o.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(o => new { o.Id, o.AdCount, o.NameCount, o.IdentifierCount, o.LastSeenAt, o.HighestScore, o.HighestRisk, o.UnreviewedCount })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var headlines = await db.JobAds.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Title, Start = a.Text.Substring(0, 200) })
            .ToDictionaryAsync(a => a.Id, a => AdText.Headline(a.Title, a.Start), ct);
        Rows = [.. rows.Select(r => new QueueRow(r.Id, r.AdCount, r.NameCount, r.IdentifierCount, r.LastSeenAt, r.HighestScore, r.HighestRisk, r.UnreviewedCount,
            headlines.GetValueOrDefault(r.Id, "(its first ad is gone; the next linking run renames it)")))];

        WaitingToLink = await db.JobAds.CountAsync(a => a.OperationId == null, ct);
        LastLinked = await db.AdOperations.MaxAsync(o => (DateTime?)o.ComputedAt, ct);
        Sources = (await db.AdSources.AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct))
            .Select(s => (s.Id, s.Name)).ToList();
        Destinations = (await db.JobAds.AsNoTracking().Where(a => a.Destinations != null).Select(a => a.Destinations!).Distinct().ToListAsync(ct))
            .SelectMany(d => d.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Where(c => AdText.Country(c) is not null).Distinct().Order(StringComparer.Ordinal).ToList();
        return Page();
    }

    /// <summary>Links the ads now instead of waiting for the job (after ingesting, or when identifiers were corrected).</summary>
    public async Task<IActionResult> OnPostRelinkAsync(CancellationToken ct)
    {
        var run = await linker.RunAsync(force: true, ct);
        Notice = run.Ran
            ? $"Linked {run.Ads} ads into {run.Operations} operations ({run.AdsMoved} ads moved, {run.OperationsRemoved} operations gone)."
            : "Linking is already running (here or on another server); the queue updates when it finishes.";
        return RedirectToPage();
    }

    public string PageLink(int page) =>
        $"?risk={Uri.EscapeDataString(Risk ?? "")}&label={Uri.EscapeDataString(Label ?? "")}&source={Uri.EscapeDataString(Source ?? "")}&destination={Uri.EscapeDataString(Destination ?? "")}&p={page}";
}
