using Linda.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Admin.Organisations;

/// <summary>Edits an organisation's name, kind, county and active flag.</summary>
public sealed class EditModel(LindaDbContext db) : PageModel
{
    public const string NoticeKey = "OrganisationNotice";

    [BindProperty]
    public OrganisationForm Input { get; set; } = new();

    public Guid Id { get; private set; }

    public int UserCount { get; private set; }

    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null)
        {
            return NotFound();
        }
        Input = OrganisationForm.From(organisation);
        Notice = TempData[NoticeKey] as string;
        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null)
        {
            return NotFound();
        }
        if (ModelState.IsValid)
        {
            await Input.CheckNameIsFreeAsync(db, exceptId: id, ModelState, nameof(Input), ct);
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(id, ct);
            return Page();
        }
        Input.ApplyTo(organisation);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError(OrganisationForm.NameKey(nameof(Input)), "Another organisation already has this name.");
            await LoadAsync(id, ct);
            return Page();
        }
        TempData[NoticeKey] = "Changes saved.";
        return RedirectToPage(new { id });
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Id = id;
        UserCount = await db.Users.CountAsync(u => u.OrganisationId == id, ct);
    }
}
