using Linda.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linda.Browser.Tests;

/// <summary>The first screen a person in trouble sees, on the kind of phone most of them have.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HomePageTests(LindaBrowserFixture fixture)
{
    private const int PhoneWidth = 360;

    [Fact]
    public async Task Home_InEnglish_At360px_ShowsHotlineAndQuickExit()
    {
        await using var context = await NewPhoneContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");

        await ExpectSafeFirstScreenAsync(page, "en");
    }

    [Fact]
    public async Task Home_InKiswahili_At360px_ShowsHotlineAndQuickExit()
    {
        await using var context = await NewPhoneContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/?culture=sw");

        await ExpectSafeFirstScreenAsync(page, "sw");
    }

    [Fact]
    public async Task LanguageSwitch_ToKiswahili_At360px_IsRememberedOnLaterPages()
    {
        await using var context = await NewPhoneContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Kiswahili", Exact = true }).ClickAsync();

        // The link comes back to the same address, so the new language is the sign of arrival.
        await ExpectSafeFirstScreenAsync(page, "sw");
        new Uri(page.Url).AbsolutePath.ShouldBe("/");
        // The choice lives in a cookie, so a plain link to another page keeps it.
        await page.GotoAsync("/report");
        await ExpectSafeFirstScreenAsync(page, "sw");

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync();

        await ExpectSafeFirstScreenAsync(page, "en");
        new Uri(page.Url).AbsolutePath.ShouldBe("/report");
    }

    private Task<IBrowserContext> NewPhoneContextAsync() =>
        fixture.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = PhoneWidth, Height = 740 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
        });

    private static async Task ExpectSafeFirstScreenAsync(IPage page, string language)
    {
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await page.WaitForLoadStateAsync(LoadState.Load);

        // The number is the same in every language; it must be on screen without scrolling.
        var hotline = page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "0800 222 223" });
        await Expect(hotline).ToBeVisibleAsync();
        await Expect(hotline).ToBeInViewportAsync();
        await Expect(hotline).ToHaveAttributeAsync("href", "tel:0800222223");

        var quickExit = page.Locator("[data-quick-exit]");
        await Expect(quickExit).ToBeVisibleAsync();
        await Expect(quickExit).ToBeInViewportAsync();

        var scrollWidth = await page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth");
        scrollWidth.ShouldBeLessThanOrEqualTo(PhoneWidth, $"{page.Url} scrolls sideways at {PhoneWidth} px");
    }
}
