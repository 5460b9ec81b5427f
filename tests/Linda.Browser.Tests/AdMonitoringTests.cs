using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Linda.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linda.Browser.Tests;

/// <summary>
/// An oversight officer works through the synthetic demo ads: from the queue to the operation behind three agency
/// names, its picture, one of its ads, then labels the whole operation a confirmed scam and escalates an ad that names
/// an expired DEMO agency to that agency's risk.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AdMonitoringTests(LindaBrowserFixture fixture)
{
    // Seeded in Development only (Features/Admin/DevelopmentSeed.cs, Features/Offers/Monitoring/demo-ads.jsonl).
    private static readonly StaffAccount DemoOfficer = new("officer@linda-demo.example", "linda-demo-password");

    [Fact]
    public async Task Officer_FindsTheOperationBehindThreeNames_LabelsIt_AndEscalatesAnAdToItsAgency()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/staff/account/signin");
        await page.GetByLabel("E-mail address").FillAsync(DemoOfficer.Email);
        await page.GetByLabel("Password").FillAsync(DemoOfficer.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.ExpectPathAsync("/staff");

        await page.GetByRole(AriaRole.Link, new() { Name = "Job ads", Exact = true }).First.ClickAsync();
        await page.ExpectPathAsync("/staff/offers");
        var queue = page.GetByTestId("offers-queue");
        await Expect(queue).ToContainTextAsync("several names");
        await ExpectNoSeriousAxeViolationsAsync(page, "the officer queue");

        await queue.GetByRole(AriaRole.Link, new() { Name = "5 ads" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/staff/offers/operations/[0-9a-f-]{36}$"));
        await Expect(page.GetByTestId("several-names")).ToContainTextAsync("3 different agency names");
        await Expect(page.GetByTestId("names")).ToContainTextAsync("Demo Desert Star Recruiters");
        await Expect(page.GetByTestId("graph").Locator("svg")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("identifiers")).ToContainTextAsync("+254700000901");
        await ExpectNoSeriousAxeViolationsAsync(page, "the operation page");

        await page.GetByLabel("Confirmed scam").CheckAsync();
        await page.GetByLabel("Note (optional: why, what you checked)").FillAsync("Synthetic: one number behind three unlicensed names.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save label" }).ClickAsync();
        await Expect(page.GetByTestId("notice")).ToBeVisibleAsync();

        await page.GetByTestId("operation-ads").GetByRole(AriaRole.Link, new() { Name = "Nannies Oman" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/staff/offers/ads/[0-9a-f-]{36}$"));
        await Expect(page.GetByTestId("label")).ToContainTextAsync("confirmed scam by officer@linda-demo.example");
        await Expect(page.GetByTestId("label-note")).ToContainTextAsync("three unlicensed names");
        await ExpectNoSeriousAxeViolationsAsync(page, "an ad page");

        // An ad naming the expired DEMO agency is linked to it, and counts in its risk once escalated.
        await page.GotoAsync("/staff/offers");
        await page.GetByTestId("offers-queue").GetByRole(AriaRole.Link, new() { Name = "Security guards Dubai" }).ClickAsync();
        await page.GetByTestId("operation").GetByRole(AriaRole.Link).First.ClickAsync();
        await page.GetByTestId("operation-ads").GetByRole(AriaRole.Link, new() { Name = "Waiters Bahrain" }).ClickAsync();
        await Expect(page.GetByTestId("agency")).ToContainTextAsync("DEMO KILIMA MANPOWER AGENCY");
        await page.GetByRole(AriaRole.Button, new() { Name = "Escalate to the agency's risk" }).ClickAsync();
        await Expect(page.GetByTestId("agency-escalated")).ToContainTextAsync("Escalated to the agency's risk by");
    }

    private static async Task ExpectNoSeriousAxeViolationsAsync(IPage page, string what)
    {
        var result = await page.RunAxe();
        var blocking = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        blocking.ShouldBeEmpty($"axe on {what}: " + string.Join("; ", blocking.Select(v => $"{v.Id} at {string.Join(", ", v.Nodes.Select(n => n.Target))}")));
    }
}
