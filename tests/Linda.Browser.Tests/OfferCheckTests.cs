using Deque.AxeCore.Playwright;
using Linda.Browser.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Linda.Browser.Tests;

/// <summary>A job seeker checks a job offer on the public page, in English and Kiswahili, on a small phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OfferCheckTests(LindaBrowserFixture fixture)
{
    private const string Offer =
        "HOUSEMAIDS NEEDED IN RIYADH!! Salary SAR 1,500 per month. Registration fee KES 45,000 payable before the interview, "
        + "send it to my M-Pesa number 0712 345 678. Travel on a visit visa, work permit on arrival. Contact: kazi.bora.jobs.abroad.recruitment@example.com";

    [Theory]
    [InlineData("en", "The job offer", "Check the offer", "High risk", "Travel on a visit or tourist visa")]
    [InlineData("sw", "Ofa ya kazi", "Kagua ofa", "Hatari kubwa", "Safari kwa visa ya kutembelea au ya utalii")]
    public async Task Check_AScamOffer_ShowsRiskFlagsAndNextSteps_OnASmallPhone(string culture, string label, string button, string risk, string flag)
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(360, 740);
        await page.GotoAsync($"/job-offers/check?culture={culture}");

        await page.GetByLabel(label, new() { Exact = true }).FillAsync(Offer);
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();

        var result = page.Locator("[data-testid=result]");
        (await result.GetAttributeAsync("data-risk")).ShouldBe("high");
        (await result.InnerTextAsync()).ShouldContain(risk);
        (await result.InnerTextAsync()).ShouldContain("0800 222 223");
        (await page.Locator("[data-testid=flags]").InnerTextAsync()).ShouldContain(flag);
        (await page.Locator("[data-code=visit-visa] q").First.InnerTextAsync()).ShouldBe("visit visa");
        (await page.EvaluateAsync<int>("document.scrollingElement.scrollWidth")).ShouldBeLessThanOrEqualTo(360);
        var axe = await page.RunAxe();
        axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => v.Id).ShouldBeEmpty();
    }

    [Fact]
    public async Task Check_WithoutJavaScript_StillAnswers()
    {
        await using var context = await fixture.NewContextAsync(new() { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/job-offers/check");

        await page.GetByLabel("The job offer", new() { Exact = true }).FillAsync(Offer);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the offer", Exact = true }).ClickAsync();

        (await page.Locator("[data-testid=result]").GetAttributeAsync("data-risk")).ShouldBe("high");
    }

    [Fact]
    public async Task Check_Empty_AsksForTheOffer()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/job-offers/check");

        await page.GetByRole(AriaRole.Button, new() { Name = "Check the offer", Exact = true }).ClickAsync();

        (await page.GetByRole(AriaRole.Alert).InnerTextAsync()).ShouldContain("Paste the text of the job offer.");
        (await page.Locator("[data-testid=result]").CountAsync()).ShouldBe(0);
    }
}
