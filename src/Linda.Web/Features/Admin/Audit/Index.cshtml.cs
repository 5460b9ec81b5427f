using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Linda.Core.Auditing;
using Linda.Data;
using Linda.Data.Auditing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Admin.Audit;

/// <summary>
/// The audit log, newest first, filtered and paged by keyset on <see cref="AuditEvent.Sequence"/>: a page
/// is "the 50 entries before sequence N", which stays stable while new entries arrive and costs the same
/// on the last page as on the first. Also runs the hash-chain verification on request.
/// </summary>
public sealed class IndexModel(LindaDbContext db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public AuditFilter Filter { get; set; } = new();

    /// <summary>Show entries older than this sequence (the "older" link).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Before { get; set; }

    /// <summary>Show entries newer than this sequence (the "newer" link).</summary>
    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public IReadOnlyList<AuditRow> Rows { get; private set; } = [];

    /// <summary>Sequence to continue from for older entries, when there are any.</summary>
    public long? OlderThan { get; private set; }

    /// <summary>Sequence to continue from for newer entries, when there are any.</summary>
    public long? NewerThan { get; private set; }

    public AuditChainVerification? Verification { get; private set; }

    /// <summary>The current filters as query-string values, for the paging links and the verify form.</summary>
    public IDictionary<string, string> FilterRouteValues
    {
        get
        {
            var values = new Dictionary<string, string>
            {
                ["filter.action"] = Filter.Action ?? "",
                ["filter.actor"] = Filter.Actor ?? "",
                ["filter.subjectType"] = Filter.SubjectType ?? "",
                ["filter.subjectId"] = Filter.SubjectId ?? "",
                ["filter.from"] = Filter.From ?? "",
                ["filter.to"] = Filter.To ?? "",
            };
            return values.Where(v => v.Value.Length > 0).ToDictionary();
        }
    }

    public IDictionary<string, string> PageRouteValues(string cursor, long sequence) =>
        new Dictionary<string, string>(FilterRouteValues) { [cursor] = sequence.ToString(CultureInfo.InvariantCulture) };

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task OnPostVerifyAsync(CancellationToken ct)
    {
        Verification = await AuditLogVerifier.VerifyAsync(db, ct);
        await LoadAsync(ct);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var query = await BuildQueryAsync(ct);
        if (query is null)
        {
            return;
        }

        long? before = ParseCursor(Before, nameof(Before));
        long? after = ParseCursor(After, nameof(After));
        if (!ModelState.IsValid)
        {
            return;
        }
        List<AuditEvent> page;
        if (after is { } newerThan)
        {
            page = await query.Where(e => e.Sequence > newerThan).OrderBy(e => e.Sequence).Take(PageSize + 1).ToListAsync(ct);
            var hasNewer = page.Count > PageSize;
            page = [.. page.Take(PageSize).OrderByDescending(e => e.Sequence)];
            NewerThan = hasNewer && page.Count > 0 ? page[0].Sequence : null;
            var oldest = page.Count > 0 ? page[^1].Sequence : (long?)null;
            OlderThan = oldest is { } o && await query.AnyAsync(e => e.Sequence < o, ct) ? oldest : null;
        }
        else
        {
            var olderQuery = before is { } olderThan ? query.Where(e => e.Sequence < olderThan) : query;
            page = await olderQuery.OrderByDescending(e => e.Sequence).Take(PageSize + 1).ToListAsync(ct);
            var hasOlder = page.Count > PageSize;
            page = [.. page.Take(PageSize)];
            OlderThan = hasOlder ? page[^1].Sequence : null;
            var newest = page.Count > 0 ? page[0].Sequence : (long?)null;
            NewerThan = before is not null && newest is { } n && await query.AnyAsync(e => e.Sequence > n, ct) ? newest : null;
        }
        Rows = await DescribeAsync(page, ct);
    }

    /// <summary>The filtered query, or null (with model errors) when a filter value cannot be used.</summary>
    private async Task<IQueryable<AuditEvent>?> BuildQueryAsync(CancellationToken ct)
    {
        var query = db.AuditEvents.AsNoTracking();
        if (!string.IsNullOrEmpty(Filter.Action))
        {
            if (!AuditActions.All.Contains(Filter.Action, StringComparer.Ordinal))
            {
                ModelState.AddModelError(FilterKey(nameof(AuditFilter.Action)), "Choose an action from the list.");
            }
            var action = Filter.Action;
            query = query.Where(e => e.Action == action);
        }
        var actor = Filter.Actor?.Trim();
        if (!string.IsNullOrEmpty(actor))
        {
            var actorId = actor;
            if (Guid.TryParse(actor, out var guid))
            {
                actorId = guid.ToString();
            }
            else if (actor.Contains('@', StringComparison.Ordinal))
            {
                var normalised = actor.ToUpperInvariant();
                var userId = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalised).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
                if (userId is null)
                {
                    ModelState.AddModelError(FilterKey(nameof(AuditFilter.Actor)), "No user has that e-mail address.");
                }
                actorId = userId?.ToString();
            }
            query = query.Where(e => e.ActorId == actorId);
        }
        if (!string.IsNullOrEmpty(Filter.SubjectType))
        {
            var subjectType = Filter.SubjectType.Trim();
            query = query.Where(e => e.SubjectType == subjectType);
        }
        if (!string.IsNullOrEmpty(Filter.SubjectId))
        {
            // Ids are recorded in Guid's lower-case form; accept one typed in capitals.
            var subjectId = Guid.TryParse(Filter.SubjectId, out var subjectGuid) ? subjectGuid.ToString() : Filter.SubjectId.Trim();
            query = query.Where(e => e.SubjectId == subjectId);
        }
        var from = ParseTime(Filter.From, nameof(AuditFilter.From), endOfDay: false);
        var to = ParseTime(Filter.To, nameof(AuditFilter.To), endOfDay: true);
        if (from is not null && to is not null && to <= from)
        {
            ModelState.AddModelError(FilterKey(nameof(AuditFilter.To)), "“To” must be the same day as “From” or later.");
        }
        if (from is { } start)
        {
            query = query.Where(e => e.OccurredAt >= start);
        }
        if (to is { } end)
        {
            query = query.Where(e => e.OccurredAt < end);
        }
        return ModelState.IsValid ? query : null;
    }

    /// <summary>A whole UTC day ("to" includes it); null when empty. Anything else is a field error, not an exception.</summary>
    private DateTime? ParseTime(string? text, string field, bool endOfDay)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (DateTime.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var day))
        {
            // The last representable day has no next day to end at: leave "to" open.
            return !endOfDay ? day : day < DateTime.MaxValue.Date ? day.AddDays(1) : null;
        }
        ModelState.AddModelError(FilterKey(field), "Enter a date as YYYY-MM-DD, for example 2026-11-28.");
        return null;
    }

    private long? ParseCursor(string? text, string field)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            return sequence;
        }
        ModelState.AddModelError("", $"The page link is not valid ({field.ToLowerInvariant()}). Start again from the newest entries.");
        return null;
    }

    private static string FilterKey(string field) => $"{nameof(Filter)}.{field}";

    /// <summary>Puts e-mail addresses and organisation names to the ids the log records.</summary>
    private async Task<IReadOnlyList<AuditRow>> DescribeAsync(List<AuditEvent> events, CancellationToken ct)
    {
        var userIds = events.Select(e => Guid.TryParse(e.ActorId, out var id) ? id : (Guid?)null)
            .OfType<Guid>().Distinct().ToList();
        var emails = userIds.Count == 0
            ? []
            : await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id.ToString(), u => u.Email, ct);
        var organisationIds = events.Select(e => Guid.TryParse(e.OrganisationId, out var id) ? id : (Guid?)null)
            .OfType<Guid>().Distinct().ToList();
        var organisations = organisationIds.Count == 0
            ? []
            : await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id.ToString(), o => o.Name, ct);
        return
        [
            .. events.Select(e => new AuditRow(
                e.Sequence,
                e.OccurredAt,
                e.ActorId is null ? "anonymous" : emails.GetValueOrDefault(e.ActorId) ?? e.ActorId,
                e.OrganisationId is null ? null : organisations.GetValueOrDefault(e.OrganisationId) ?? e.OrganisationId,
                e.Action,
                e.SubjectType,
                e.SubjectId,
                e.ChangedProperties,
                e.IpAddress)),
        ];
    }

    public sealed class AuditFilter
    {
        [Display(Name = "Action")]
        [StringLength(64)]
        public string? Action { get; set; }

        [Display(Name = "Actor (e-mail or id)")]
        [StringLength(254, ErrorMessage = "The actor can have at most 254 characters.")]
        public string? Actor { get; set; }

        [Display(Name = "Subject type")]
        [StringLength(100, ErrorMessage = "The subject type can have at most 100 characters.")]
        public string? SubjectType { get; set; }

        [Display(Name = "Subject id")]
        [StringLength(100, ErrorMessage = "The subject id can have at most 100 characters.")]
        public string? SubjectId { get; set; }

        [Display(Name = "From (UTC)")]
        [StringLength(20)]
        public string? From { get; set; }

        [Display(Name = "To (UTC, including that day)")]
        [StringLength(20)]
        public string? To { get; set; }
    }

    public sealed record AuditRow(
        long Sequence,
        DateTime OccurredAt,
        string Actor,
        string? Organisation,
        string Action,
        string? SubjectType,
        string? SubjectId,
        string? ChangedProperties,
        string? IpAddress);
}
