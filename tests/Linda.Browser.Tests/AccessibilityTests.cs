using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Linda.Browser.Tests.Infrastructure;

namespace Linda.Browser.Tests;

/// <summary>Every public page passes axe-core with no serious or critical violations, in English and Kiswahili.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(LindaBrowserFixture fixture)
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    // /api-docs is left out: it is the vendored third-party Swagger UI, whose markup Linda does not control.
    private static readonly (string Path, int Status)[] PublicPages =
    [
        ("/", 200),
        ("/report", 200),
        ("/report/received", 200),
        ("/report/status", 200),
        ("/agencies/verify", 200),
        ("/agencies/feedback", 200),
        ("/job-offers/check", 200),
        ("/learn", 200),
        ("/staff/account/signin", 200),
        // A missing page shows Linda's own "page not found" (Features/Portal/Status.cshtml).
        ("/no-such-page", 404),
    ];

    public static TheoryData<string, int, string> PagesInEachLanguage()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var culture in new[] { "en", "sw" })
        {
            foreach (var (path, status) in PublicPages)
            {
                data.Add(path, status, culture);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PagesInEachLanguage))]
    public async Task PublicPage_HasNoSeriousOrCriticalAxeViolations(string path, int status, string culture)
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync($"{path}?culture={culture}");
        response.ShouldNotBeNull();
        response.Status.ShouldBe(status, $"{path} answered {response.Status}, so axe would check the wrong page");
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe(ExpectedLanguage(path, culture));

        var result = await page.RunAxe();

        var blocking = result.Violations.Where(v => BlockingImpacts.Contains(v.Impact)).ToList();
        if (blocking.Count > 0)
        {
            // Rule, impact and where: enough to find the markup without re-running axe by hand.
            Assert.Fail(Describe(path, culture, blocking));
        }
    }

    // The staff pages are in English only for now (DESIGN.md: staff UI in English), whatever is asked for.
    private static string ExpectedLanguage(string path, string culture) =>
        path.StartsWith("/staff/", StringComparison.Ordinal) ? "en" : culture;

    private static string Describe(string path, string culture, IReadOnlyList<AxeResultItem> violations) =>
        $"axe found serious or critical violations on {path} ({culture}):\n" + string.Join('\n', violations.Select(v =>
            $"- {v.Id} [{v.Impact}] {v.Help}\n" + string.Join('\n', v.Nodes.Select(n => $"    at {n.Target}: {n.Html}"))));
}
