using Linda.Core.Organisations;
using Linda.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Admin.Organisations;

/// <summary>Adds an organisation.</summary>
public sealed class CreateModel(LindaDbContext db) : PageModel
{
    [BindProperty]
    public OrganisationForm Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            await Input.CheckNameIsFreeAsync(db, exceptId: null, ModelState, nameof(Input), ct);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var organisation = new Organisation { Name = "", CreatedAt = db.UtcNow };
        Input.ApplyTo(organisation);
        db.Organisations.Add(organisation);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another administrator saved the same name a moment ago (the unique index caught it).
            ModelState.AddModelError(OrganisationForm.NameKey(nameof(Input)), "Another organisation already has this name.");
            return Page();
        }
        TempData[EditModel.NoticeKey] = $"Organisation “{organisation.Name}” added.";
        return Redirect($"/staff/admin/organisations/{organisation.Id}");
    }
}
