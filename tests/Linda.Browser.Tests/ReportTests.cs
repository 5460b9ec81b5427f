using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Linda.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Linda.Browser.Tests;

/// <summary>
/// A relative reports a worker in trouble on a small phone, in English or Kiswahili: a mistake first, then the
/// report, the confirmation with its reference and code, and the status page with that code. axe checks each step.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportTests(LindaBrowserFixture fixture)
{
    public sealed record Words(
        string Send, string ErrorHeading, string LockedIn, string Threatened, string Country, string Sent, string Alerted, string Check, string Received);

    public static TheoryData<string> Cultures => new() { "en", "sw" };

    private static Words In(string culture) => culture == "sw"
        ? new("Tuma ripoti", "Tafadhali kagua majibu yako", "Amefungiwa ndani, au hawezi kuondoka", "Ametishiwa", "Saudia",
            "Ripoti yako imetumwa", "Timu yetu imearifiwa sasa hivi.", "Kagua", "Tumepokea ripoti.")
        : new("Send the report", "Please check your answers", "Locked in, or cannot leave", "Threatened", "Saudi Arabia",
            "Your report has been sent", "Our team has been alerted now.", "Check", "We have received the report.");

    [Theory]
    [MemberData(nameof(Cultures))]
    public async Task Report_OnASmallPhone_FromAMistakeToTheStatusPage(string culture)
    {
        var words = In(culture);
        await using var context = await fixture.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new() { Width = 360, Height = 740 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/report?culture={culture}");
        await ExpectNoAxeViolationsAsync(page, "the form");
        await ExpectFitsTheScreenAsync(page);

        // A phone number that cannot be one, and nothing ticked: both are explained, and what was typed stays.
        await page.Locator("#personPhone").FillAsync("not a number");
        await page.Locator("#contact-codeWord").FillAsync("jacaranda");
        await page.GetByRole(AriaRole.Button, new() { Name = words.Send, Exact = true }).ClickAsync();
        (await page.Locator("[data-testid=error-summary] h2").InnerTextAsync()).ShouldBe(words.ErrorHeading);
        (await page.Locator("[data-error-for=personPhone]").CountAsync()).ShouldBe(1);
        (await page.Locator("[data-error-for=categories]").CountAsync()).ShouldBe(1);
        (await page.Locator("#contact-codeWord").InputValueAsync()).ShouldBe("jacaranda");
        await ExpectNoAxeViolationsAsync(page, "the form with errors");
        await ExpectFitsTheScreenAsync(page);

        await page.GetByLabel(words.LockedIn, new() { Exact = true }).CheckAsync();
        await page.GetByLabel(words.Threatened, new() { Exact = true }).CheckAsync();
        await page.Locator("#description").FillAsync("The employer keeps her inside and shouts threats. <b>Help</b>");
        await page.Locator("#country").SelectOptionAsync(new SelectOptionValue { Label = words.Country });
        await page.Locator("#personPhone").FillAsync("+966 50 123 4567");
        await page.Locator("#contact-timeZone").SelectOptionAsync("Asia/Riyadh");
        await page.Locator("#contact-doNotCall").CheckAsync();
        await page.Locator("#consentToFollowUp").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = words.Send, Exact = true }).ClickAsync();

        await page.ExpectPathAsync("/report/received");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe(words.Sent);
        (await page.Locator("[data-testid=urgent]").InnerTextAsync()).ShouldContain(words.Alerted);
        var reference = (await page.Locator("[data-testid=reference]").InnerTextAsync()).Trim();
        var code = (await page.Locator("[data-testid=follow-up-code]").InnerTextAsync()).Trim();
        reference.ShouldStartWith("LR-");
        page.Url.ShouldNotContain(code);
        await ExpectNoAxeViolationsAsync(page, "the confirmation");
        await ExpectFitsTheScreenAsync(page);

        await page.GotoAsync("/report/status");
        await page.Locator("#reference").FillAsync(reference.ToLowerInvariant());
        await page.Locator("#code").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = words.Check, Exact = true }).ClickAsync();

        var status = page.Locator("[data-testid=status]");
        (await status.GetAttributeAsync("data-status")).ShouldBe("received");
        (await status.InnerTextAsync()).ShouldContain(words.Received);
        page.Url.ShouldNotContain(code);
        await ExpectNoAxeViolationsAsync(page, "the status page");
        await ExpectFitsTheScreenAsync(page);
    }

    [Fact]
    public async Task Report_WithJavaScriptOff_StillSendsAndConfirms()
    {
        await using var context = await fixture.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = false,
            ViewportSize = new() { Width = 360, Height = 740 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/report");

        await page.GetByLabel("Not paid", new() { Exact = true }).CheckAsync();
        await page.Locator("#country").SelectOptionAsync("QAT");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the report", Exact = true }).ClickAsync();

        await page.ExpectPathAsync("/report/received");
        (await page.Locator("[data-testid=reference]").InnerTextAsync()).ShouldStartWith("LR-");
        (await page.Locator("[data-testid=urgent]").CountAsync()).ShouldBe(0, "unpaid wages are not an emergency");
    }

    private static async Task ExpectNoAxeViolationsAsync(IPage page, string what)
    {
        var result = await page.RunAxe();
        if (result.Violations.Length > 0)
        {
            Assert.Fail($"axe found problems on {what}:\n" + string.Join("\n", result.Violations.Select(Describe)));
        }
    }

    private static string Describe(AxeResultItem violation) =>
        $"{violation.Id} ({violation.Impact}): {violation.Help} at {string.Join(", ", violation.Nodes.Select(n => n.Target?.ToString()))}";

    private static async Task ExpectFitsTheScreenAsync(IPage page) =>
        (await page.EvaluateAsync<int>("document.scrollingElement.scrollWidth")).ShouldBeLessThanOrEqualTo(360);
}
