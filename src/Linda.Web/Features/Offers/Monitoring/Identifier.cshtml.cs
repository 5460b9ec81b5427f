using Linda.Core.Offers;
using Linda.Core.Screening;
using Linda.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Offers.Monitoring;

/// <summary>An ad that holds an identifier, with the operation it belongs to.</summary>
public sealed record SharingAd(Guid Id, string Headline, RiskLevel Risk, int Score, AdLabel Label, DateTime LastSeenAt, Guid? OperationId);

/// <summary>
/// Every ad that holds one identifier (a phone number, an e-mail …), newest first, with its operation. The address
/// carries the id of one identifier row, never the value itself.
/// </summary>
public sealed class IdentifierModel(LindaDbContext db, AdMonitoringSettings settings) : PageModel
{
    public const int MaxAds = 200;

    public IdentifierRow Identifier { get; private set; } = null!;
    public IReadOnlyList<SharingAd> Ads { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var key = await db.AdIdentifiers.AsNoTracking().Where(i => i.Id == id).Select(i => new { i.Kind, i.Value }).FirstOrDefaultAsync(ct);
        if (key is null)
        {
            return NotFound();
        }
        Identifier = (await AdModel.IdentifiersAsync(db, settings, db.AdIdentifiers.Where(i => i.Id == id), ct))[0];
        var adIds = db.AdIdentifiers.Where(i => i.Kind == key.Kind && i.Value == key.Value).Select(i => i.AdId);
        var ads = await db.JobAds.AsNoTracking().Where(a => adIds.Contains(a.Id)).OrderByDescending(a => a.Id).Take(MaxAds)
            .Select(a => new { a.Id, a.Title, Start = a.Text.Substring(0, 200), a.Risk, a.Score, a.Label, a.LastSeenAt, a.OperationId })
            .ToListAsync(ct);
        Ads = [.. ads.Select(a => new SharingAd(a.Id, AdText.Headline(a.Title, a.Start), a.Risk, a.Score, a.Label, a.LastSeenAt, a.OperationId))];
        return Page();
    }
}
