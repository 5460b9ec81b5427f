using Linda.Core.Auditing;
using Linda.Data;
using Linda.Data.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linda.Web.Features.Account;

[AllowAnonymous]
public sealed class SignOutModel(SignInManager<StaffUser> signIn, LindaDbContext db) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await db.AuditNowAsync(AuditActions.SignOut, nameof(StaffUser), db.CurrentActor.ActorId);
        }
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/SignIn");
    }
}
