using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using System.Text;
using Linda.Core.Auditing;
using Linda.Data;
using Linda.Data.Identity;
using Linda.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using QRCoder;

namespace Linda.Web.Features.Account;

/// <summary>Two-factor enrolment (QR code for an authenticator app, then recovery codes) and recovery-code renewal.</summary>
public sealed class TwoFactorModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, LindaDbContext db, TwoFactorPolicy policy) : PageModel
{
    public bool Required { get; private set; }
    public bool Enabled { get; private set; }
    public string? SharedKey { get; private set; }
    public string? QrCodeDataUri { get; private set; }
    public int RecoveryCodesLeft { get; private set; }
    public IReadOnlyList<string>? NewRecoveryCodes { get; private set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter the 6-digit code from your authenticator app.")]
    [RegularExpression(@"^\s*\d{3}\s?-?\d{3}\s*$", ErrorMessage = "The code is 6 digits.")]
    [Display(Name = "Code from the app")]
    public string Code { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(bool required = false)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("/Account/SignIn");
        }
        Required = required && policy.IsRequiredFor(User);
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("/Account/SignIn");
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(user);
            return Page();
        }
        var code = new string(Code.Where(char.IsDigit).ToArray());
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError(nameof(Code), "That code is not right. Check the time on your phone and enter the code the app shows now.");
            await LoadAsync(user);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        NewRecoveryCodes = [.. (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!];
        await db.AuditNowAsync(AuditActions.TwoFactorEnabled, nameof(StaffUser), user.Id.ToString());
        // The person has just proved the second factor: this session now counts as two-factor.
        await signIn.SignInWithClaimsAsync(user, isPersistent: false,
            [new Claim(LindaClaims.AuthenticationMethod, LindaClaims.MultiFactor)]);
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("/Account/SignIn");
        }
        ModelState.Clear();
        if (!user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }
        NewRecoveryCodes = [.. (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!];
        await db.AuditNowAsync(AuditActions.RecoveryCodesGenerated, nameof(StaffUser), user.Id.ToString());
        await LoadAsync(user);
        return Page();
    }

    private async Task LoadAsync(StaffUser user)
    {
        Enabled = user.TwoFactorEnabled;
        if (Enabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
            return;
        }
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            // Resetting the key changes the security stamp: renew this session's cookie to match.
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        SharedKey = FormatKey(key!);
        var uri = $"otpauth://totp/{Uri.EscapeDataString("Linda:" + user.Email)}?secret={key}&issuer=Linda&digits=6";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        QrCodeDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(6));
    }

    private static string FormatKey(string key)
    {
        var result = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            result.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }
        return result.ToString().TrimEnd().ToLowerInvariant();
    }
}
