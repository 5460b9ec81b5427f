using Linda.Data;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Agencies.Oversight;

/// <summary>
/// The names of the staff behind the actor ids that records keep (who added an alias, who started an import), read
/// when shown, so a renamed account shows its current name. Anything that is not a staff user's id is shown as written.
/// </summary>
public sealed class StaffNames
{
    private readonly IReadOnlyDictionary<string, string> _names;

    private StaffNames(IReadOnlyDictionary<string, string> names) => _names = names;

    public static readonly StaffNames None = new(new Dictionary<string, string>());

    public static async Task<StaffNames> LoadAsync(LindaDbContext db, IEnumerable<string?> actorIds, CancellationToken ct)
    {
        var ids = actorIds.Select(a => Guid.TryParse(a, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).Distinct().ToList();
        if (ids.Count == 0)
        {
            return None;
        }
        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.FullName, u.Email }).ToListAsync(ct);
        return new StaffNames(users.ToDictionary(u => u.Id.ToString(), u => u.FullName ?? u.Email ?? "a staff member", StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The staff member's name, the actor as written when it is not a staff user (a file name, "cli:…"), or "—".</summary>
    public string Show(string? actor) =>
        string.IsNullOrEmpty(actor) ? "—" : _names.TryGetValue(actor, out var name) ? name : actor;
}
