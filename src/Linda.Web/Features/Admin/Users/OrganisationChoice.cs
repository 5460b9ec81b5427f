using Linda.Data;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Admin.Users;

/// <summary>An organisation offered in a select list of the user pages.</summary>
public sealed record OrganisationChoice(Guid Id, string Name, bool IsActive)
{
    public static async Task<IReadOnlyList<OrganisationChoice>> LoadAsync(LindaDbContext db, bool activeOnly, CancellationToken ct)
    {
        var all = await db.Organisations.AsNoTracking()
            .Where(o => !activeOnly || o.IsActive)
            .Select(o => new OrganisationChoice(o.Id, o.Name, o.IsActive))
            .ToListAsync(ct);
        // Sorted here: SQLite and PostgreSQL collate differently.
        return [.. all.OrderBy(o => o.Name, StringComparer.CurrentCultureIgnoreCase)];
    }
}
