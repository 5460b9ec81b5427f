using System.ComponentModel.DataAnnotations;
using Linda.Core.Auditing;
using Linda.Data;
using Linda.Data.Identity;
using Linda.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Linda.Web.Features.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimiting.SignInPolicy)]
public sealed class SignInRecoveryModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, LindaDbContext db) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter one of your recovery codes.")]
    [StringLength(40)]
    [Display(Name = "Recovery code")]
    public string RecoveryCode { get; set; } = "";

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Account/SignIn");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(RecoveryCode.Replace(" ", "", StringComparison.Ordinal));
        var actor = db.CurrentActor.As(user);
        if (result.Succeeded)
        {
            db.Audit(AuditActions.RecoveryCodeUsed, nameof(StaffUser), user.Id.ToString(), actor: actor);
            db.Audit(AuditActions.SignIn, nameof(StaffUser), user.Id.ToString(), "second-factor:recovery-code", actor);
            user.LastSignInAt = db.UtcNow;
            await users.UpdateAsync(user);
            return LocalRedirect(AccountAudit.SafeReturnUrl(returnUrl));
        }
        if (result.IsLockedOut)
        {
            await db.AuditNowAsync(AuditActions.SignInLockedOut, nameof(StaffUser), user.Id.ToString(), actor);
            Error = "This account is locked after too many failed attempts. Try again in 15 minutes or ask an administrator.";
            return Page();
        }
        await db.AuditNowAsync(AuditActions.SignInFailed, nameof(StaffUser), user.Id.ToString(), actor);
        Error = "That recovery code is not right, or it was used before.";
        return Page();
    }
}
