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
public sealed class SignInModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, LindaDbContext db) : PageModel
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
        var actor = db.CurrentActor.As(user);
        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            db.Audit(AuditActions.SignIn, nameof(StaffUser), user.Id.ToString(), actor: actor);
            user.LastSignInAt = db.UtcNow;
            await users.UpdateAsync(user);
            return LocalRedirect(AccountAudit.SafeReturnUrl(returnUrl));
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/SignInTwoFactor", new { returnUrl = AccountAudit.SafeReturnUrl(returnUrl) });
        }
        if (result.IsLockedOut)
        {
            await db.AuditNowAsync(AuditActions.SignInLockedOut, nameof(StaffUser), user.Id.ToString(), actor);
            Error = "This account is locked after too many failed attempts. Try again in 15 minutes or ask an administrator.";
            return Page();
        }
        if (result.IsNotAllowed)
        {
            await db.AuditNowAsync(AuditActions.SignInNotAllowed, nameof(StaffUser), user.Id.ToString(), actor);
            Error = "This account cannot sign in. Ask an administrator.";
            return Page();
        }
        await db.AuditNowAsync(AuditActions.SignInFailed, nameof(StaffUser), user.Id.ToString(), actor);
        Error = "The e-mail address or password is not right.";
        return Page();
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
