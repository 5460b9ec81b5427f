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
public sealed class SignInModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, LindaDbContext db, SignInOutcome outcome) : PageModel
{
    [BindProperty]
    public SignInInput Input { get; set; } = new();

    public string? Error { get; private set; }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Redirect("/staff") : Page();

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is null)
        {
            // The typed address is never recorded: people type passwords into the wrong box.
            await db.AuditNowAsync(AuditActions.SignInFailed, nameof(StaffUser));
            Error = "The e-mail address or password is not right.";
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/SignInTwoFactor", new { returnUrl = AccountAudit.SafeReturnUrl(returnUrl) });
        }
        Error = await outcome.RecordAsync(result, user, "The e-mail address or password is not right.");
        return Error is null ? LocalRedirect(AccountAudit.SafeReturnUrl(returnUrl)) : Page();
    }

    public sealed class SignInInput
    {
        [Required(ErrorMessage = "Enter your e-mail address.")]
        [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
        [StringLength(254)]
        [Display(Name = "E-mail address")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password.")]
        [StringLength(200)]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";
    }
}
