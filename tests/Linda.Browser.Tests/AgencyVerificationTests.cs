using Deque.AxeCore.Playwright;
using Linda.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Linda.Browser.Tests;

/// <summary>A job seeker checks an agency on the public page, in English and Kiswahili, on a small phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AgencyVerificationTests(LindaBrowserFixture fixture)
{
    [Theory]
    [InlineData("en", "Check", "Licence expired", "name differs by one letter")]
    [InlineData("sw", "Kagua", "Leseni imeisha", "herufi moja")]
    public async Task Verify_TypoOfAnExpiredAgency_ShowsTheVerdictReasonsAndAdvice(string culture, string button, string verdict, string reason)
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(360, 740);
        await page.GotoAsync($"/agencies/verify?culture={culture}");

        await page.GetByRole(AriaRole.Searchbox).FillAsync("riverside manpowr");
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();

        var answer = page.Locator("[data-testid=verdict]");
        (await answer.GetAttributeAsync("data-verdict")).ShouldBe("expired");
        (await answer.InnerTextAsync()).ShouldContain(verdict);
        (await page.Locator("[data-testid=matches]").InnerTextAsync()).ShouldContain("RIVERSIDE MANPOWER LIMITED");
        (await page.Locator("[data-testid=matches]").InnerTextAsync()).ShouldContain(reason);
        (await page.EvaluateAsync<int>("document.scrollingElement.scrollWidth")).ShouldBeLessThanOrEqualTo(360);
        var axe = await page.RunAxe();
        axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => v.Id).ShouldBeEmpty();
    }

    [Fact]
    public async Task Verify_Empty_AsksForSomethingToCheck()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/agencies/verify");

        await page.GetByRole(AriaRole.Button, new() { Name = "Check", Exact = true }).ClickAsync();

        (await page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("Enter an agency name");
        (await page.Locator("[data-testid=verdict]").CountAsync()).ShouldBe(0);
    }
}
