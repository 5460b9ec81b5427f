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
public sealed class SignInTwoFactorModel(SignInManager<StaffUser> signIn, SignInOutcome outcome) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the 6-digit code from your authenticator app.")]
    [RegularExpression(@"^\s*\d{3}\s?-?\d{3}\s*$", ErrorMessage = "The code is 6 digits.")]
    [Display(Name = "Authentication code")]
    public string Code { get; set; } = "";

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
        var code = new string(Code.Where(char.IsDigit).ToArray());
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        Error = await outcome.RecordAsync(result, user,
            "That code is not right. Codes change every 30 seconds: enter the one your app shows now.", "authenticator");
        return Error is null ? LocalRedirect(AccountAudit.SafeReturnUrl(returnUrl)) : Page();
    }
}
