using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Linda.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linda.Browser.Tests;

/// <summary>
/// The whole path of a report: a relative sends it from a small phone, in English or Kiswahili; an operator at the
/// hotline desk finds it by the reference the relative reads out, checks the suggested urgency and its reasons,
/// confirms or overrides it with a reason, claims it, and opens a case or closes it with a reason.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportToDeskTests(LindaBrowserFixture fixture)
{
    // Seeded in Development only (Features/Admin/DevelopmentSeed.cs).
    private static readonly StaffAccount DemoOperator = new("operator@linda-demo.example", "linda-demo-password");

    [Fact]
    public async Task LockedInAndThreatened_InEnglish_OperatorOverridesP1WithAReason_ClaimsAndOpensACase()
    {
        var reference = await ReportFromASmallPhoneAsync("en", ["locked_in", "threatened"],
            "The employer locks her in the house and threatens her (synthetic browser test).", "Send the report");

        await using var desk = await fixture.NewContextAsync();
        var page = await desk.NewPageAsync();
        await SignInAsync(page);
        await FindAsync(page, reference);

        await Expect(page.GetByTestId("urgency")).ToContainTextAsync("(suggested, not yet confirmed)");
        await Expect(page.GetByTestId("suggestion")).ToContainTextAsync("P1");
        await Expect(page.GetByTestId("reasons")).ToContainTextAsync("locked in and threatened");
        await Expect(page.GetByTestId("reasons")).ToContainTextAsync("ticked \"locked in / cannot leave\"");
        await ExpectNoSeriousAxeViolationsAsync(page, "the signal page");

        // Lowering a P1 without a reason is refused; with the reason, both the suggestion and the decision are kept.
        await page.GetByLabel("P2 crisis within 24 h").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm urgency" }).ClickAsync();
        await Expect(page.GetByTestId("problem")).ToHaveTextAsync("Give a reason for changing the suggested urgency P1 to P2.");
        await page.GetByLabel("Reason (required when you change the suggested urgency)").FillAsync("Synthetic: she called back from a friend's house and is safe tonight.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm urgency" }).ClickAsync();
        await Expect(page.GetByTestId("confirmed")).ToContainTextAsync("Confirmed P2 by Demo Operator");
        await Expect(page.GetByTestId("confirmed")).ToContainTextAsync("she called back from a friend's house");
        await Expect(page.GetByTestId("suggestion")).ToContainTextAsync("P1");

        await page.GetByRole(AriaRole.Button, new() { Name = "Claim" }).ClickAsync();
        await Expect(page.GetByTestId("claimed-by")).ToHaveTextAsync("you");

        await page.GetByRole(AriaRole.Button, new() { Name = "Open a case" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/staff/cases/[0-9a-f-]{36}$"));
        await Expect(page.GetByTestId("notice")).ToContainTextAsync("opened and assigned to you");
        await Expect(page.GetByTestId("timeline")).ToContainTextAsync(reference);

        // The signal has left the queue, and still opens by its reference, linked to the case.
        await page.GotoAsync("/staff/desk");
        await Expect(page.GetByTestId("queue")).Not.ToContainTextAsync(reference);
        await FindAsync(page, reference);
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("linked to a case");
        await Expect(page.GetByTestId("case-link")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("work")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Detained_InKiswahili_OperatorConfirmsP2_ClaimsAndClosesItWithAReason()
    {
        var reference = await ReportFromASmallPhoneAsync("sw", ["detained"],
            "Dada yangu amekamatwa na polisi tangu jana (jaribio la kubuni).", "Tuma ripoti");

        await using var desk = await fixture.NewContextAsync();
        var page = await desk.NewPageAsync();
        await SignInAsync(page);
        await FindAsync(page, reference);

        await Expect(page.GetByTestId("suggestion")).ToContainTextAsync("P2");
        await Expect(page.GetByTestId("reasons")).ToContainTextAsync("detained");
        await Expect(page.GetByTestId("details")).ToContainTextAsync("Kiswahili");
        await Expect(page.GetByTestId("description")).ToHaveTextAsync("Dada yangu amekamatwa na polisi tangu jana (jaribio la kubuni).");

        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm urgency" }).ClickAsync();
        await Expect(page.GetByTestId("notice")).ToHaveTextAsync("Urgency P2 confirmed.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Claim" }).ClickAsync();
        await Expect(page.GetByTestId("claimed-by")).ToHaveTextAsync("you");

        await page.GotoAsync("/staff/desk");
        var row = page.GetByTestId("queue").Locator("tr", new() { HasText = reference });
        await Expect(row).ToContainTextAsync("P2");
        await Expect(row).Not.ToContainTextAsync("(suggested)");
        await Expect(row).ToContainTextAsync("you");
        await row.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();

        // Non-actionable needs a reason; the signal then leaves the queue but stays counted and findable.
        await page.GetByLabel("Non-actionable (stays counted)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Close the signal" }).ClickAsync();
        await Expect(page.GetByTestId("problem")).ToHaveTextAsync("Give the reason this signal is non-actionable.");
        await page.GetByLabel("Reason (required when non-actionable)").FillAsync("Synthetic: released the same day, family informed.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Close the signal" }).ClickAsync();
        await Expect(page.GetByTestId("notice")).ToHaveTextAsync("Closed as non-actionable.");
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("closed, non-actionable: Synthetic: released the same day, family informed.");

        await page.GotoAsync("/staff/desk");
        await Expect(page.GetByTestId("queue")).Not.ToContainTextAsync(reference);
        await FindAsync(page, reference);
        await Expect(page.GetByTestId("status")).ToContainTextAsync("closed, non-actionable");
    }

    /// <summary>Sends a report from a 360 px phone with axe checks on the form and the confirmation; returns its reference.</summary>
    private async Task<string> ReportFromASmallPhoneAsync(string culture, string[] categories, string description, string send)
    {
        await using var context = await fixture.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 360, Height = 740 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/report?culture={culture}");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
        await ExpectNoAxeViolationsAsync(page, "the report form");
        await ExpectFitsTheScreenAsync(page);

        await page.Locator("#reporterRelation-family").CheckAsync();
        foreach (var category in categories)
        {
            await page.Locator($"#categories-{category}").CheckAsync();
        }
        await page.Locator("#description").FillAsync(description);
        await page.Locator("#country").SelectOptionAsync("SAU");
        await page.Locator("#consentToFollowUp").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = send, Exact = true }).ClickAsync();

        await page.ExpectPathAsync("/report/received");
        var reference = (await page.GetByTestId("reference").InnerTextAsync()).Trim();
        reference.ShouldStartWith("LR-");
        await ExpectNoAxeViolationsAsync(page, "the confirmation");
        await ExpectFitsTheScreenAsync(page);
        return reference;
    }

    private static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/staff/account/signin");
        await page.GetByLabel("E-mail address").FillAsync(DemoOperator.Email);
        await page.GetByLabel("Password").FillAsync(DemoOperator.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.ExpectPathAsync("/staff");
    }

    /// <summary>Finds the signal on the desk by its reference, typed the way a caller reads it out.</summary>
    private static async Task FindAsync(IPage page, string reference)
    {
        await page.GotoAsync("/staff/desk");
        await page.GetByLabel("Find a signal by reference").FillAsync(reference.Replace('-', ' ').ToLowerInvariant());
        await page.GetByRole(AriaRole.Button, new() { Name = "Find", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/staff/desk/signals/[0-9a-f-]{36}$"));
        await Expect(page.GetByTestId("reference")).ToHaveTextAsync(reference);
    }

    private static async Task ExpectNoAxeViolationsAsync(IPage page, string what)
    {
        var result = await page.RunAxe();
        result.Violations.ShouldBeEmpty($"axe on {what}: " + string.Join("; ", result.Violations.Select(v => $"{v.Id} ({v.Impact}) at {string.Join(", ", v.Nodes.Select(n => n.Target))}")));
    }

    private static async Task ExpectNoSeriousAxeViolationsAsync(IPage page, string what)
    {
        var result = await page.RunAxe();
        var blocking = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        blocking.ShouldBeEmpty($"axe on {what}: " + string.Join("; ", blocking.Select(v => $"{v.Id} at {string.Join(", ", v.Nodes.Select(n => n.Target))}")));
    }

    private static async Task ExpectFitsTheScreenAsync(IPage page) =>
        (await page.EvaluateAsync<int>("document.scrollingElement.scrollWidth")).ShouldBeLessThanOrEqualTo(360);
}
