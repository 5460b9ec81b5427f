using Linda.Core.Agencies;
using Linda.Core.Reference;
using Linda.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Agencies.Oversight;

/// <summary>The registry for officers: search by name or licence number, filter by computed state and by destination.</summary>
public sealed class IndexModel(LindaDbContext db, TimeProvider time) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public LicenceState? State { get; set; }

    /// <summary>ISO 3166-1 alpha-3 of a destination the agencies recruit for; anything else is ignored.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Destination { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyDictionary<LicenceState, int> Counts { get; private set; } = new Dictionary<LicenceState, int>();
    public int Matching { get; private set; }
    public DateOnly Today { get; private set; }
    public IrisCounts Iris { get; private set; } = new(0, 0, 0, 0);

    /// <summary>Agencies recruiting for each destination country that has any.</summary>
    public IReadOnlyDictionary<string, int> DestinationCounts { get; private set; } = new Dictionary<string, int>();

    public sealed record Row(Guid Id, string LicenceNumber, string Name, DateOnly? ExpiresOn, LicenceState State);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        // Stages are stored by name, so "furthest" is decided here, not by the database's string ordering.
        var milestones = await db.IrisMilestones.AsNoTracking().Select(m => new { m.AgencyId, m.Stage }).ToListAsync(ct);
        Iris = IrisProgress.Count(milestones.GroupBy(m => m.AgencyId).Select(g => g.Max(m => m.Stage)));
        var query = db.Agencies.AsNoTracking();
        var text = Q?.Trim();
        if (!string.IsNullOrEmpty(text))
        {
            text = text[..Math.Min(text.Length, 200)];
            var key = LicenceNumbers.Normalise(text);
            var lowered = text.ToLowerInvariant();
            query = query.Where(a => a.Name.ToLower().Contains(lowered) || (key != null && a.LicenceKey == key));
        }
        DestinationCounts = await db.AgencyDestinations.AsNoTracking().GroupBy(d => d.Country)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var country = Countries.Find(Destination);
        Destination = country?.Alpha3;
        if (country is not null)
        {
            var code = country.Alpha3;
            query = query.Where(a => a.Destinations.Any(d => d.Country == code));
        }
        // Validity depends on today's date and on sanctions: computed here, never stored.
        var all = (await query.Include(a => a.Sanctions).OrderBy(a => a.Name).ToListAsync(ct))
            .Select(a => new Row(a.Id, a.LicenceNumber, a.Name, a.ExpiresOn, a.StateOn(Today)))
            .ToList();
        Counts = all.GroupBy(r => r.State).ToDictionary(g => g.Key, g => g.Count());
        var filtered = State is null ? all : all.Where(r => r.State == State).ToList();
        Matching = filtered.Count;
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (int)Math.Ceiling(Matching / (double)PageSize)));
        Rows = filtered.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
    }
}
