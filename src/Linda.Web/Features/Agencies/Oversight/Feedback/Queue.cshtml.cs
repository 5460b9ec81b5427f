using Linda.Core.Agencies;
using Linda.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Agencies.Oversight.Feedback;

/// <summary>
/// The moderation queue: community feedback by status (under review by default), oldest first, optionally only what
/// is not yet linked to a registry agency, with the spam and duplicate signals raised when it arrived.
/// </summary>
public sealed class QueueModel(LindaDbContext db) : PageModel
{
    public const int PageSize = 50;
    public const string AnyStatus = "all";

    /// <summary>A <see cref="FeedbackStatus"/> name or "all"; anything else means under review.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Unlinked { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public FeedbackStatus? StatusFilter { get; private set; }
    public IReadOnlyList<FeedbackRow> Rows { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> AgencyNames { get; private set; } = new Dictionary<Guid, string>();
    public IReadOnlyDictionary<FeedbackStatus, int> Counts { get; private set; } = new Dictionary<FeedbackStatus, int>();
    public int Matching { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        StatusFilter = Status == AnyStatus ? null
            : Enum.TryParse<FeedbackStatus>(Status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed
            : FeedbackStatus.UnderReview;
        Status = StatusFilter?.ToString() ?? AnyStatus;

        var query = db.AgencyFeedback.AsNoTracking();
        if (Unlinked)
        {
            query = query.Where(f => f.AgencyId == null);
        }
        Counts = (await query.GroupBy(f => f.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(g => g.Key, g => g.Count);
        if (StatusFilter is { } status)
        {
            query = query.Where(f => f.Status == status);
        }
        Matching = await query.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (int)Math.Ceiling(Matching / (double)PageSize)));
        Rows = await query.OrderBy(f => f.ReceivedAt).ThenBy(f => f.Reference)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToRowsAsync(ct);
        var agencyIds = Rows.Select(r => r.AgencyId).OfType<Guid>().Distinct().ToList();
        AgencyNames = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, ct);
    }

    public string PageLink(int page) =>
        $"?status={Uri.EscapeDataString(Status ?? "")}{(Unlinked ? "&unlinked=true" : "")}&p={page}";
}
