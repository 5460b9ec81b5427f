using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Linda.Core.Agencies;
using Linda.Core.Agencies.Risk;
using Linda.Core.Reference;
using Linda.Data;
using Linda.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linda.Web.Features.Agencies.Oversight;

/// <summary>
/// Agencies by risk, highest first, with the reasons; filtered by a factor that contributes, a destination
/// country and the licence state; paged, and exported as CSV (audited).
/// </summary>
public sealed class WatchlistModel(AgencyRiskScorer scorer, LindaDbContext db) : PageModel
{
    public const int PageSize = 50;
    public const string ExportAction = "agencies.watchlist.export";

    [BindProperty(SupportsGet = true)]
    public string? Factor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Country { get; set; }

    [BindProperty(SupportsGet = true)]
    public LicenceState? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AgencyRiskRow> Rows { get; private set; } = [];
    public int Matching { get; private set; }
    public int FirstRank { get; private set; }
    public DateOnly Today { get; private set; }

    /// <summary>The filters as query-string values, for paging and export links.</summary>
    public IDictionary<string, string> FilterValues =>
        new Dictionary<string, string>
        {
            ["factor"] = RiskModel.Find(Factor)?.Code ?? "",
            ["country"] = Countries.Find(Country?.Trim().ToUpperInvariant())?.Alpha3 ?? "",
            ["state"] = State?.ToString() ?? "",
        }.Where(v => v.Value.Length > 0).ToDictionary();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var filtered = await FilteredAsync(ct);
        Matching = filtered.Count;
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (int)Math.Ceiling(Matching / (double)PageSize)));
        FirstRank = ((PageNumber - 1) * PageSize) + 1;
        Rows = filtered.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var filtered = await FilteredAsync(ct);
        if (!ModelState.IsValid)
        {
            // The same page with the messages: nothing is exported on a filter that was not understood.
            Response.StatusCode = StatusCodes.Status400BadRequest;
            Matching = filtered.Count;
            Rows = filtered.Take(PageSize).ToList();
            FirstRank = 1;
            return Page();
        }
        var filters = string.Join(";", FilterValues.Select(f => $"{f.Key}={f.Value}"));
        var subject = $"rows={filtered.Count}" + (filters.Length == 0 ? "" : ";" + filters);
        db.Audit(ExportAction, "AgencyWatchlist", subject[..Math.Min(subject.Length, 100)]);
        await db.SaveChangesAsync(ct);
        return File(ToCsv(filtered), "text/csv; charset=utf-8", $"agency-watchlist-{Today:yyyy-MM-dd}.csv");
    }

    private async Task<List<AgencyRiskRow>> FilteredAsync(CancellationToken ct)
    {
        Today = scorer.Today;
        var factor = Factor is { Length: > 0 } ? RiskModel.Find(Factor) : null;
        if (Factor is { Length: > 0 } && factor is null)
        {
            ModelState.AddModelError(nameof(Factor), "Choose a factor from the list.");
        }
        var country = Country is { Length: > 0 } ? Countries.Find(Country.Trim().ToUpperInvariant()) : null;
        if (Country is { Length: > 0 } && country is null)
        {
            ModelState.AddModelError(nameof(Country), "Choose a country from the list.");
        }
        var rows = await scorer.ScoreAllAsync(ct);
        return rows
            .Where(r => factor is null || r.Risk.Contribution(factor.Code) != 0)
            .Where(r => country is null || r.Destinations.Contains(country.Alpha3))
            .Where(r => State is null || r.State == State)
            .OrderByDescending(r => r.Risk.Score)
            .ThenByDescending(r => r.Risk.Points)
            .ThenBy(r => r.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.LicenceNumber, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>One row per agency: licence, name, state, score, band, each factor's contribution, destinations.</summary>
    public static byte[] ToCsv(IEnumerable<AgencyRiskRow> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture)))
        {
            foreach (var header in new[] { "licence_number", "name", "state", "score", "band" }.Concat(RiskModel.Factors.Select(f => f.Code)).Append("destinations"))
            {
                csv.WriteField(header);
            }
            csv.NextRecord();
            foreach (var row in rows)
            {
                csv.WriteField(SpreadsheetText.Safe(row.LicenceNumber));
                csv.WriteField(SpreadsheetText.Safe(row.Name));
                csv.WriteField(row.State.ToString());
                csv.WriteField(row.Risk.Score.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(row.Risk.Band.ToString());
                foreach (var factor in row.Risk.Factors)
                {
                    csv.WriteField(factor.Contribution.ToString("0.0", CultureInfo.InvariantCulture));
                }
                csv.WriteField(SpreadsheetText.Safe(string.Join(' ', row.Destinations)));
                csv.NextRecord();
            }
        }
        // A byte-order mark, so that Excel reads the names as UTF-8.
        return [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(text.ToString())];
    }
}
