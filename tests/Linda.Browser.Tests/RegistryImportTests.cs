using Deque.AxeCore.Playwright;
using Linda.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linda.Browser.Tests;

/// <summary>An officer uploads a registry file and watches the import finish, with JavaScript off (the page refreshes itself).</summary>
[Collection(BrowserCollection.Name)]
public sealed class RegistryImportTests(LindaBrowserFixture fixture)
{
    // Seeded in Development only (Features/Admin/DevelopmentSeed.cs); needs no second factor there.
    private static readonly StaffAccount DemoOfficer = new("officer@linda-demo.example", "linda-demo-password");

    [Fact]
    public async Task Officer_UploadsAFile_TheProgressPageRefreshesUntilTheSummary()
    {
        var file = Path.Combine(Path.GetTempPath(), $"linda-browser-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file,
            "licenseNumber,agencyName,email,website,serviceType,issueDate,expiryDate,statusOverride\n" +
            "RA/2026/11/951,SYNTHETIC BROWSER PLACEMENTS LIMITED,,,,2026-01-01,2027-01-01,\n" +
            "RA/2026/11/952,,,,,2026-01-01,2027-01-01,\n");
        try
        {
            await using var context = await fixture.NewContextAsync(new() { JavaScriptEnabled = false });
            var page = await context.NewPageAsync();
            await page.GotoAsync("/staff/account/signin");
            await page.GetByLabel("E-mail address").FillAsync(DemoOfficer.Email);
            await page.GetByLabel("Password").FillAsync(DemoOfficer.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await page.ExpectPathAsync("/staff");

            await page.GotoAsync("/staff/agencies/import");
            await page.GetByLabel("Registry file").SetInputFilesAsync(file);
            await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();

            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/staff/agencies/imports/[0-9a-f-]{36}$"));
            await Expect(page.Locator("[data-testid=import-summary]")).ToContainTextAsync("1 added, 0 updated, 0 unchanged, 1 rejected.");
            await Expect(page.Locator("[data-testid=import-problems]")).ToContainTextAsync("No agency name.");
            (await page.Locator("meta[http-equiv=refresh]").CountAsync()).ShouldBe(0);

            // axe needs JavaScript: the same session, in a context that has it.
            await using var withScripts = await fixture.NewContextAsync(new() { StorageState = await context.StorageStateAsync() });
            var check = await withScripts.NewPageAsync();
            await check.GotoAsync(page.Url);
            var axe = await check.RunAxe();
            axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => v.Id).ShouldBeEmpty();
        }
        finally
        {
            File.Delete(file);
        }
    }
}
