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
public sealed class SignInRecoveryModel(SignInManager<StaffUser> signIn, LindaDbContext db, SignInOutcome outcome) : PageModel
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
        if (result.Succeeded)
        {
            db.Audit(AuditActions.RecoveryCodeUsed, nameof(StaffUser), user.Id.ToString(), actor: db.CurrentActor.As(user));
        }
        Error = await outcome.RecordAsync(result, user, "That recovery code is not right, or it was used before.", "recovery-code");
        return Error is null ? LocalRedirect(AccountAudit.SafeReturnUrl(returnUrl)) : Page();
    }
}
