using System.ComponentModel.DataAnnotations;
using Linda.Core.Identity;
using Linda.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Admin.Users;

/// <summary>Lists staff accounts, filtered by organisation, role and text in the e-mail address or name.</summary>
public sealed class IndexModel(LindaDbContext db, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public UserFilter Filter { get; set; } = new();

    public IReadOnlyList<UserRow> Rows { get; private set; } = [];

    public IReadOnlyList<OrganisationChoice> Organisations { get; private set; } = [];

    public int Total { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // Text may be a person's name: it is accepted only in the form body, never from a URL (DESIGN, privacy).
        Filter.Q = null;
        return ListAsync(ct);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => ListAsync(ct);

    private async Task<IActionResult> ListAsync(CancellationToken ct)
    {
        Organisations = await OrganisationChoice.LoadAsync(db, activeOnly: false, ct);
        if (Filter.Role is { Length: > 0 } role && StaffRoles.Parse(role) is null)
        {
            ModelState.AddModelError($"{nameof(Filter)}.{nameof(UserFilter.Role)}", "Choose a role from the list.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // FullName is encrypted in the database: load the (small) table and filter and sort here.
        var users = await db.Users.AsNoTracking()
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.FullName,
                u.OrganisationId,
                u.TwoFactorEnabled,
                u.IsDisabled,
                u.IsDemo,
                u.LastSignInAt,
                u.LockoutEnd,
            })
            .ToListAsync(ct);
        var roles = (await (
                from ur in db.UserRoles.AsNoTracking()
                join r in db.Roles.AsNoTracking() on ur.RoleId equals r.Id
                select new { ur.UserId, r.Name })
            .ToListAsync(ct))
            .ToLookup(x => x.UserId, x => x.Name ?? "");
        var organisationNames = Organisations.ToDictionary(o => o.Id, o => o.Name);
        var now = time.GetUtcNow();
        Total = users.Count;

        var wantedRole = StaffRoles.Parse(Filter.Role);
        var text = Filter.Q?.Trim();
        Rows = users
            .Where(u => Filter.Organisation is not { } org || u.OrganisationId == org)
            .Where(u => wantedRole is null || roles[u.Id].Contains(wantedRole))
            .Where(u => string.IsNullOrEmpty(text)
                || (u.Email ?? "").Contains(text, StringComparison.OrdinalIgnoreCase)
                || (u.FullName ?? "").Contains(text, StringComparison.CurrentCultureIgnoreCase))
            .Select(u => new UserRow(
                u.Id,
                u.Email ?? "",
                u.FullName,
                [.. roles[u.Id].Order(StringComparer.Ordinal)],
                organisationNames.GetValueOrDefault(u.OrganisationId, "?"),
                u.TwoFactorEnabled,
                u.IsDisabled,
                u.IsDemo,
                u.LockoutEnd > now,
                u.LastSignInAt))
            .OrderBy(r => r.FullName is null)
            .ThenBy(r => r.FullName, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(r => r.Email, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return Page();
    }

    public sealed class UserFilter
    {
        [Display(Name = "Organisation")]
        public Guid? Organisation { get; set; }

        [Display(Name = "Role")]
        [StringLength(40)]
        public string? Role { get; set; }

        [Display(Name = "E-mail or name contains")]
        [StringLength(200, ErrorMessage = "Search for at most 200 characters.")]
        public string? Q { get; set; }
    }

    public sealed record UserRow(
        Guid Id,
        string Email,
        string? FullName,
        IReadOnlyList<string> Roles,
        string Organisation,
        bool TwoFactorEnabled,
        bool IsDisabled,
        bool IsDemo,
        bool IsLockedOut,
        DateTime? LastSignInAt);
}
