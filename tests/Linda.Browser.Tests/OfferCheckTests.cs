using Deque.AxeCore.Playwright;
using Linda.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

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

    private const string NamedOffer =
        "HOUSEMAIDS NEEDED IN RIYADH! Msitu Demo Recruitment Agency. Registration fee KES 45,000 payable before the interview. "
        + "Travel on a visit visa, work permit on arrival. WhatsApp 0712 345 678.";

    [Theory]
    [InlineData("en", "The job offer", "Check the offer", "Report this agency or offer", "The job offer I checked:", "Send the report", "Thank you")]
    [InlineData("sw", "Ofa ya kazi", "Kagua ofa", "Ripoti wakala huu au ofa hii", "Ofa ya kazi niliyokagua:", "Tuma ripoti", "Asante")]
    public async Task Check_ThenReportTheAgency_PrefillsTheFeedbackForm_AndSendingItGivesAReceipt(
        string culture, string label, string check, string report, string heading, string send, string thanks)
    {
        await using var context = await fixture.NewContextAsync(new() { ViewportSize = new() { Width = 360, Height = 740 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/job-offers/check?culture={culture}");
        await page.GetByLabel(label, new() { Exact = true }).FillAsync(NamedOffer);
        await page.GetByRole(AriaRole.Button, new() { Name = check, Exact = true }).ClickAsync();
        await ExpectUsableOnASmallPhoneAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = report, Exact = true }).ClickAsync();

        await page.ExpectPathAsync("/agencies/feedback");
        page.Url.ShouldNotContain("RIYADH", Case.Insensitive, "the offer travels by POST, never in the address");
        await Expect(page.GetByTestId("from-offer")).ToBeVisibleAsync();
        await Expect(page.Locator("#text")).ToHaveValueAsync(heading + "\n" + NamedOffer);
        await Expect(page.Locator("#agency-name")).ToHaveValueAsync("Msitu Demo Recruitment Agency");
        await Expect(page.Locator("#country")).ToHaveValueAsync("SAU");
        await ExpectUsableOnASmallPhoneAsync(page);

        await page.Locator("#issue-fees_asked").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = send, Exact = true }).ClickAsync();

        await Expect(page.GetByTestId("reference")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^FB-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(thanks);
        await ExpectUsableOnASmallPhoneAsync(page);
    }

    [Fact]
    public async Task Check_ThenReportSomeoneInDanger_WithoutJavaScript_PrefillsAndSendsTheReport()
    {
        await using var context = await fixture.NewContextAsync(new() { JavaScriptEnabled = false, ViewportSize = new() { Width = 360, Height = 740 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/job-offers/check?culture=en");
        await page.GetByLabel("The job offer", new() { Exact = true }).FillAsync(NamedOffer);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the offer", Exact = true }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Report someone in danger", Exact = true }).ClickAsync();

        await page.ExpectPathAsync("/report");
        (await page.Locator("#description").InputValueAsync()).ShouldBe("The job offer I checked:\n" + NamedOffer);
        (await page.Locator("#agencyName").InputValueAsync()).ShouldBe("Msitu Demo Recruitment Agency");
        (await page.Locator("#country").InputValueAsync()).ShouldBe("SAU");
        await page.Locator("#categories-documents_taken").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the report", Exact = true }).ClickAsync();

        await page.ExpectPathAsync("/report/received");
        (await page.GetByTestId("reference").InnerTextAsync()).ShouldStartWith("LR-");
    }

    private static async Task ExpectUsableOnASmallPhoneAsync(IPage page)
    {
        (await page.EvaluateAsync<int>("document.scrollingElement.scrollWidth")).ShouldBeLessThanOrEqualTo(360);
        var axe = await page.RunAxe();
        axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id} at {string.Join(", ", v.Nodes.Select(n => n.Target))}").ShouldBeEmpty(page.Url);
    }
}
