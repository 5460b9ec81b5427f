using Linda.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linda.Browser.Tests;

/// <summary>
/// Staff whose role can see personal data sign in with a password and an authenticator app; the first
/// sign-in enrols the app. Accounts are made with the real <c>linda users add</c> command.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffSignInTests(LindaBrowserFixture fixture)
{
    private const string Caseworker = "Caseworker";

    // Seeded in Development only (Features/Admin/DevelopmentSeed.cs); refused sign-in anywhere else.
    private static readonly StaffAccount DemoAdmin = new("admin@linda-demo.example", "linda-demo-password");

    [Fact]
    public async Task Caseworker_FirstSignIn_EnrolsAuthenticator_ThenSignsInAgainWithCode()
    {
        var account = await StaffAccount.CreateAsync(fixture.Server, Caseworker);
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();

        await SignInWithPasswordAsync(page, account);
        await page.ExpectPathAsync("/staff/account/two-factor");
        var (authenticator, recoveryCodes) = await EnrolAuthenticatorAsync(page);

        recoveryCodes.Count.ShouldBeGreaterThanOrEqualTo(5, "too few recovery codes to rely on");
        await page.GetByRole(AriaRole.Link, new() { Name = "Continue to Linda" }).ClickAsync();
        await ExpectDashboardAsync(page, account);

        await SignOutAsync(page);
        await SignInWithPasswordAsync(page, account);
        await page.ExpectPathAsync("/staff/account/signin-2fa");
        await page.GetByLabel("Authentication code").FillAsync(authenticator.CurrentCode());
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await ExpectDashboardAsync(page, account);
    }

    [Fact]
    public async Task Caseworker_WrongAuthenticatorCode_ShowsErrorAndDoesNotSignIn()
    {
        var (account, authenticator, _) = await CreateEnrolledCaseworkerAsync();
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();

        await SignInWithPasswordAsync(page, account);
        await page.ExpectPathAsync("/staff/account/signin-2fa");
        await page.GetByLabel("Authentication code").FillAsync(authenticator.WrongCode());
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("That code is not right");
        await page.ExpectPathAsync("/staff/account/signin-2fa");
        await ExpectSignedOutAsync(page);
    }

    [Fact]
    public async Task Caseworker_RecoveryCode_SignsInOnceOnly()
    {
        var (account, _, recoveryCodes) = await CreateEnrolledCaseworkerAsync();
        var recoveryCode = recoveryCodes[0];
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();

        await SignInWithRecoveryCodeAsync(page, account, recoveryCode);
        await ExpectDashboardAsync(page, account);
        await SignOutAsync(page);

        await SignInWithRecoveryCodeAsync(page, account, recoveryCode);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("used before");
        await ExpectSignedOutAsync(page);
    }

    [Fact]
    public async Task DemoAdmin_InDevelopment_SignsInWithoutSecondFactor()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();

        await SignInWithPasswordAsync(page, DemoAdmin);

        await ExpectDashboardAsync(page, DemoAdmin);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Audit log" }).First).ToBeVisibleAsync();
    }

    /// <summary>Creates a caseworker who enrolled an authenticator in a browser of their own, as on their first day.</summary>
    private async Task<(StaffAccount Account, Authenticator Authenticator, IReadOnlyList<string> RecoveryCodes)> CreateEnrolledCaseworkerAsync()
    {
        var account = await StaffAccount.CreateAsync(fixture.Server, Caseworker);
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInWithPasswordAsync(page, account);
        await page.ExpectPathAsync("/staff/account/two-factor");
        var (authenticator, recoveryCodes) = await EnrolAuthenticatorAsync(page);
        return (account, authenticator, recoveryCodes);
    }

    /// <summary>On the enrolment page: types the shown key into the "app", confirms a code, reads the recovery codes.</summary>
    private static async Task<(Authenticator Authenticator, IReadOnlyList<string> RecoveryCodes)> EnrolAuthenticatorAsync(IPage page)
    {
        var authenticator = Authenticator.FromSharedKey(await page.GetByTestId("shared-key").InnerTextAsync());
        await page.GetByLabel("Code from the app").FillAsync(authenticator.CurrentCode());
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor sign-in" }).ClickAsync();
        var codes = page.GetByTestId("recovery-codes").Locator("li");
        await Expect(codes.First).ToBeVisibleAsync();
        var recoveryCodes = (await codes.AllInnerTextsAsync()).Select(c => c.Trim()).ToList();
        recoveryCodes.ShouldAllBe(code => code.Length > 0);
        return (authenticator, recoveryCodes);
    }

    private static async Task SignInWithPasswordAsync(IPage page, StaffAccount account)
    {
        await page.GotoAsync("/staff/account/signin");
        await page.GetByLabel("E-mail address").FillAsync(account.Email);
        await page.GetByLabel("Password").FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    private static async Task SignInWithRecoveryCodeAsync(IPage page, StaffAccount account, string recoveryCode)
    {
        await SignInWithPasswordAsync(page, account);
        await page.ExpectPathAsync("/staff/account/signin-2fa");
        await page.GetByRole(AriaRole.Link, new() { Name = "use a recovery code" }).ClickAsync();
        await page.ExpectPathAsync("/staff/account/signin-recovery");
        await page.GetByLabel("Recovery code").FillAsync(recoveryCode);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    private static async Task SignOutAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.ExpectPathAsync("/staff/account/signin");
        await ExpectSignedOutAsync(page);
    }

    private static async Task ExpectDashboardAsync(IPage page, StaffAccount account)
    {
        await page.ExpectPathAsync("/staff");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Linda back office");
        await Expect(page.GetByRole(AriaRole.Main)).ToContainTextAsync($"Signed in as {account.Email}");
    }

    /// <summary>The back office sends the browser to sign-in: no session was created.</summary>
    private static async Task ExpectSignedOutAsync(IPage page)
    {
        await page.GotoAsync("/staff");
        await page.ExpectPathAsync("/staff/account/signin");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Staff sign-in");
    }
}
