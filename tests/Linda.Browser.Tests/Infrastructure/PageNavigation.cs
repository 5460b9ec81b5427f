using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Linda.Browser.Tests.Infrastructure;

/// <summary>
/// Checks where an action took the page. This polls the page's URL (Playwright's retrying assertion)
/// instead of waiting for a navigation event: a fast navigation can finish between an event wait's
/// first look and its subscription, and then the wait never ends (seen about 1 run in 10 with quick exit).
/// </summary>
public static class PageNavigation
{
    /// <summary>Expects the page to reach <paramref name="path"/> on any host, with any query string.</summary>
    public static Task ExpectPathAsync(this IPage page, string path) =>
        Expect(page).ToHaveURLAsync(new Regex($"^[a-z]+://[^/]+{Regex.Escape(path)}(\\?.*)?$"));
}
