using Deque.AxeCore.Playwright;
using Linda.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linda.Browser.Tests;

/// <summary>An operator at the hotline desk logs a call, confirms the suggested urgency and claims the signal.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HotlineDeskTests(LindaBrowserFixture fixture)
{
    // Seeded in Development only (Features/Admin/DevelopmentSeed.cs), with the desk's synthetic signals.
    private static readonly StaffAccount DemoOperator = new("operator@linda-demo.example", "linda-demo-password");

    [Fact]
    public async Task Operator_LogsACall_ConfirmsTriage_AndClaimsTheSignal()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await SignInAsync(page, DemoOperator);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Back office" }).GetByRole(AriaRole.Link, new() { Name = "Hotline desk" }).ClickAsync();
        await page.ExpectPathAsync("/staff/desk");
        await Expect(page.GetByTestId("queue")).ToContainTextAsync("P1");
        await ExpectNoSeriousAxeViolationsAsync(page, "the queue");

        await page.GetByRole(AriaRole.Link, new() { Name = "Log a call" }).ClickAsync();
        await page.GetByLabel("Case report").CheckAsync();
        await page.GetByLabel("Caller's number").FillAsync("0712 000 777");
        await page.GetByLabel("Duration (minutes, or m:ss)").FillAsync("3:15");
        await page.GetByLabel("detained").CheckAsync();
        await page.GetByLabel("Notes").FillAsync("Dada yangu yuko mahabusu tangu jana (synthetic browser test).");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the call" }).ClickAsync();

        await Expect(page.GetByTestId("notice")).ToContainTextAsync("suggested urgency P2");
        var reference = (await page.GetByTestId("reference").InnerTextAsync()).Trim();
        await Expect(page.GetByTestId("reporter-phone")).ToHaveTextAsync("+254712000777");
        await ExpectNoSeriousAxeViolationsAsync(page, "the signal page");

        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm urgency" }).ClickAsync();
        await Expect(page.GetByTestId("notice")).ToHaveTextAsync("Urgency P2 confirmed.");
        await Expect(page.GetByTestId("confirmed")).ToContainTextAsync("Confirmed P2 by Demo Operator");

        await page.GetByRole(AriaRole.Button, new() { Name = "Claim" }).ClickAsync();
        await Expect(page.GetByTestId("notice")).ToHaveTextAsync("You have claimed this signal.");
        await Expect(page.GetByTestId("claimed-by")).ToHaveTextAsync("you");

        await page.GotoAsync("/staff/desk");
        var row = page.GetByTestId("queue").Locator("tr", new() { HasText = reference });
        await Expect(row).ToContainTextAsync("P2");
        await Expect(row).ToContainTextAsync("you");
        await Expect(row).Not.ToContainTextAsync("(suggested)");
    }

    private static async Task SignInAsync(IPage page, StaffAccount account)
    {
        await page.GotoAsync("/staff/account/signin");
        await page.GetByLabel("E-mail address").FillAsync(account.Email);
        await page.GetByLabel("Password").FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.ExpectPathAsync("/staff");
    }

    private static async Task ExpectNoSeriousAxeViolationsAsync(IPage page, string what)
    {
        var result = await page.RunAxe();
        var blocking = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        blocking.ShouldBeEmpty($"axe on {what}: " + string.Join("; ", blocking.Select(v => $"{v.Id} at {string.Join(", ", v.Nodes.Select(n => n.Target))}")));
    }
}
