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

    /// <summary>
    /// With JavaScript off, on a small phone: the extra details open natively, and a licensed agency's name with the phone
    /// number of another agency (the Development demo data gives MERCWAYS and Al-jami synthetic numbers) is a look-alike.
    /// </summary>
    [Theory]
    [InlineData("en", "Add a phone number or licence number the agency gave you", "Phone number", "Check", "phone belongs to a different")]
    [InlineData("sw", "Ongeza nambari ya simu au nambari ya leseni uliyopewa na wakala", "Nambari ya simu", "Kagua", "namba ya simu ni ya wakala mwingine")]
    public async Task Verify_NameWithAnotherAgencysPhone_WithoutJavaScript_IsALookalike(string culture, string summary, string phoneLabel, string button, string reason)
    {
        await using var context = await fixture.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(360, 740);
        await page.GotoAsync($"/agencies/verify?culture={culture}");

        await page.GetByRole(AriaRole.Searchbox).FillAsync("Mercways Excelling");
        (await page.GetByLabel(phoneLabel).IsVisibleAsync()).ShouldBeFalse("the details start folded");
        await page.GetByText(summary).ClickAsync();
        await page.GetByLabel(phoneLabel).FillAsync("0700 000 101");
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();

        (await page.Locator("[data-testid=verdict]").GetAttributeAsync("data-verdict")).ShouldBe("lookalike");
        (await page.Locator("[data-testid=matches]").InnerTextAsync()).ShouldContain(reason);
        (await page.GetByLabel(phoneLabel).InputValueAsync()).ShouldBe("0700 000 101");
        (await page.EvaluateAsync<int>("document.scrollingElement.scrollWidth")).ShouldBeLessThanOrEqualTo(360);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("sw")]
    public async Task Verify_DetailsOpenWithAnError_HasNoSeriousAxeViolations(string culture)
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/agencies/verify?culture={culture}&q=Mercways&phone=not-a-phone&licence=ra-2026-03-6");

        (await page.Locator("details.more-details").GetAttributeAsync("open")).ShouldNotBeNull();
        (await page.Locator("#phone-error").InnerTextAsync()).ShouldNotBeEmpty();
        var axe = await page.RunAxe();
        axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => v.Id).ShouldBeEmpty();
    }
}
