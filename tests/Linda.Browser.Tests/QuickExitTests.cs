using Linda.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linda.Browser.Tests;

/// <summary>
/// Someone may be watched while they read Linda: quick exit must leave at once for a neutral site and
/// leave nothing behind in the back-button history.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class QuickExitTests(LindaBrowserFixture fixture)
{
    private const string NeutralHeading = "Weather today";

    [Fact]
    public async Task QuickExit_Click_GoesToNeutralSiteAndBackDoesNotReturnToLinda()
    {
        await using var context = await NewContextWithNeutralSiteAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("about:blank");
        await page.GotoAsync("/");

        await page.Locator("[data-quick-exit]").ClickAsync();

        await ExpectOnNeutralSiteAsync(page);
        await page.GoBackAsync(new PageGoBackOptions { WaitUntil = WaitUntilState.Commit });
        ExpectNotOnLinda(page);
    }

    [Fact]
    public async Task QuickExit_EscapeTwice_GoesToNeutralSiteAndBackDoesNotReturnToLinda()
    {
        await using var context = await NewContextWithNeutralSiteAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("about:blank");
        await page.GotoAsync("/?culture=sw");
        // The first synthetic key event in a fresh browser can take most of a second to be acknowledged,
        // which would stretch the two presses past the page's 800 ms double-press window. A person's
        // keyboard has no such delay, so warm the input path with a key the page ignores.
        await page.Keyboard.PressAsync("Shift");

        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.PressAsync("Escape");

        await ExpectOnNeutralSiteAsync(page);
        await page.GoBackAsync(new PageGoBackOptions { WaitUntil = WaitUntilState.Commit });
        ExpectNotOnLinda(page);
    }

    [Fact]
    public async Task QuickExit_WithoutJavaScript_StillGoesToNeutralSite()
    {
        await using var context = await NewContextWithNeutralSiteAsync(javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await page.Locator("[data-quick-exit]").ClickAsync();

        // A plain link cannot replace history; leaving at all is what matters without JavaScript.
        await ExpectOnNeutralSiteAsync(page);
    }

    private async Task<IBrowserContext> NewContextWithNeutralSiteAsync(bool javaScript = true)
    {
        var context = await fixture.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = javaScript });
        // The neutral site is answered here, inside the browser: the test machine has no internet.
        await context.RouteAsync(
            url => url.StartsWith(LindaBrowserFixture.NeutralSiteUrl, StringComparison.Ordinal),
            route => route.FulfillAsync(new RouteFulfillOptions
            {
                Status = 200,
                ContentType = "text/html; charset=utf-8",
                Body = $"<!DOCTYPE html><html lang=\"en\"><title>Weather</title><h1>{NeutralHeading}</h1></html>",
            }));
        return context;
    }

    private static async Task ExpectOnNeutralSiteAsync(IPage page)
    {
        await Expect(page).ToHaveURLAsync(LindaBrowserFixture.NeutralSiteUrl);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = NeutralHeading })).ToBeVisibleAsync();
    }

    private void ExpectNotOnLinda(IPage page) =>
        page.Url.ShouldNotStartWith(fixture.Server.BaseUrl.GetLeftPart(UriPartial.Authority),
            Case.Insensitive, "Back returned to Linda: quick exit must replace the history entry");
}
