using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Linda.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linda.Browser.Tests;

/// <summary>A worker tells us about an agency on a small phone, in English and in Kiswahili, and keeps the reference.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AgencyFeedbackTests(LindaBrowserFixture fixture)
{
    private const int PhoneWidth = 360;

    [Theory]
    [InlineData("en", "I was asked to pay recruitment fees", "My passport was kept from me", "Send the report", "Thank you")]
    [InlineData("sw", "Niliombwa kulipa ada ya kuajiriwa", "Pasipoti yangu ilizuiliwa", "Tuma ripoti", "Asante")]
    public async Task Feedback_FilledInAndSent_ShowsTheReference_WithNoAxeViolations(string culture, string fees, string passport, string send, string thanks)
    {
        await using var context = await fixture.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = PhoneWidth, Height = 740 },
            IsMobile = true,
            HasTouch = true,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/agencies/feedback?culture={culture}");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
        await ExpectNoAxeViolationsAsync(page, "the form");
        await ExpectNoSidewaysScrollAsync(page);

        await page.Locator("#agency-name").FillAsync("Demo Msitu Placements");
        await page.GetByLabel(fees, new() { Exact = true }).CheckAsync();
        await page.GetByLabel(passport, new() { Exact = true }).CheckAsync();
        await page.Locator("#fee-amount").FillAsync("150,000");
        await page.Locator("#fee-paid-to-mobile-money").CheckAsync();
        await page.Locator("#country").SelectOptionAsync("SAU");
        await page.Locator("#city").FillAsync("Riyadh");
        await page.Locator("#month").SelectOptionAsync("9");
        await page.Locator("#year").SelectOptionAsync(DateTime.UtcNow.AddYears(-1).Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("#rating-fees-1").CheckAsync();
        await page.Locator("#rating-support-2").CheckAsync();
        await page.Locator("#text").FillAsync("Synthetic browser test: the office kept my passport until I paid.");
        await page.Locator("#contact-phone").FillAsync("0712 000 003");
        await page.GetByRole(AriaRole.Button, new() { Name = send, Exact = true }).ClickAsync();

        var reference = page.Locator("[data-testid=reference]");
        await Expect(reference).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^FB-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(thanks);
        await Expect(page.Locator("main")).ToContainTextAsync("0800 222 223");
        new Uri(page.Url).Query.ShouldNotContain("FB-", Case.Insensitive, "the reference never goes into the address bar or history");
        await ExpectNoAxeViolationsAsync(page, "the confirmation");
        await ExpectNoSidewaysScrollAsync(page);
    }

    [Fact]
    public async Task Feedback_WithNothingTicked_ShowsAnErrorSummaryLinkedToTheField()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/agencies/feedback?culture=en");

        await page.Locator("#agency-name").FillAsync("Demo Msitu Placements");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the report", Exact = true }).ClickAsync();

        var summary = page.GetByRole(AriaRole.Alert);
        await Expect(summary).ToContainTextAsync("Tick what happened, give a rating or tell us in your own words.");
        await summary.GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page.Locator("#issue-fees_asked")).ToBeFocusedAsync();
        await ExpectNoAxeViolationsAsync(page, "the form with errors");
    }

    private static async Task ExpectNoAxeViolationsAsync(IPage page, string what)
    {
        var result = await page.RunAxe();
        if (result.Violations.Length > 0)
        {
            Assert.Fail($"axe found violations on {what} ({page.Url}):\n" + string.Join('\n', result.Violations.Select(Describe)));
        }
    }

    private static string Describe(AxeResultItem v) =>
        $"- {v.Id} [{v.Impact}] {v.Help}\n" + string.Join('\n', v.Nodes.Select(n => $"    at {n.Target}: {n.Html}"));

    private static async Task ExpectNoSidewaysScrollAsync(IPage page)
    {
        var scrollWidth = await page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth");
        scrollWidth.ShouldBeLessThanOrEqualTo(PhoneWidth, $"{page.Url} scrolls sideways at {PhoneWidth} px");
    }
}
