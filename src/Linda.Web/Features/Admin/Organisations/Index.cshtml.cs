using Linda.Core.Organisations;
using Linda.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Admin.Organisations;

/// <summary>Lists organisations with their staff count.</summary>
public sealed class IndexModel(LindaDbContext db) : PageModel
{
    public IReadOnlyList<OrganisationRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var rows = await db.Organisations.AsNoTracking()
            .Select(o => new OrganisationRow(o.Id, o.Name, o.Kind, o.CountyCode, o.IsActive, db.Users.Count(u => u.OrganisationId == o.Id)))
            .ToListAsync(ct);
        Rows = [.. rows.OrderBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    public sealed record OrganisationRow(Guid Id, string Name, OrganisationKind Kind, string? CountyCode, bool IsActive, int UserCount);
}
