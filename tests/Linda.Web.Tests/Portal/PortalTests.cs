using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Linda.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Linda.Web.Tests.Portal;

/// <summary>The public portal shell: pages, languages, quick exit, errors, limits, headers, API description.</summary>
public sealed partial class PortalTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private LindaAppFactory _app = null!;

    public static TheoryData<string> PublicPages => new() { "/", "/report", "/report/received", "/report/status", "/agencies/verify", "/agencies/feedback", "/job-offers/check", "/learn" };

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        _app = new LindaAppFactory(_db).With("Linda:QuickExitUrl", "https://neutral.example/weather");
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Theory]
    [MemberData(nameof(PublicPages))]
    public async Task PublicPage_ShowsHotlineAndQuickExit_InBothLanguages(string path)
    {
        using var client = _app.CreateBrowserClient();

        var english = await client.GetStringAsync(path);
        var kiswahili = await client.GetStringAsync(path + "?culture=sw");

        english.ShouldContain("<html lang=\"en\">");
        english.ShouldContain("href=\"tel:0800222223\"");
        english.ShouldContain("href=\"https://neutral.example/weather\" rel=\"noreferrer noopener\" data-quick-exit");
        english.ShouldContain(">Quick exit<");
        kiswahili.ShouldContain("<html lang=\"sw\">");
        kiswahili.ShouldContain(">Ondoka haraka<");
        kiswahili.ShouldContain("Simu ya msaada ya bure na ya siri");
    }

    [Fact]
    public async Task Home_EveryLinkResolves()
    {
        using var client = _app.CreateBrowserClient();
        var html = await client.GetStringAsync("/");

        var links = HrefPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .Where(h => h.StartsWith('/')).Distinct().ToList();

        links.Count.ShouldBeGreaterThan(6);
        foreach (var link in links)
        {
            var response = await client.GetAsync(link);
            ((int)response.StatusCode).ShouldBeLessThan(400, link);
        }
    }

    [Fact]
    public async Task Language_AcceptLanguageAndCookie_ChooseKiswahili()
    {
        using var byHeader = _app.CreateBrowserClient();
        byHeader.DefaultRequestHeaders.AcceptLanguage.ParseAdd("sw-KE,sw;q=0.9");
        (await byHeader.GetStringAsync("/")).ShouldContain("Piga 0800 222 223 bila malipo");

        using var byCookie = _app.CreateBrowserClient();
        var switched = await byCookie.GetAsync("/language?culture=sw&returnUrl=%2Flearn");
        switched.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        switched.Headers.Location!.ToString().ShouldBe("/learn");
        (await byCookie.GetStringAsync("/")).ShouldContain("<html lang=\"sw\">");
        await byCookie.GetAsync("/language?culture=en&returnUrl=%2F");
        (await byCookie.GetStringAsync("/")).ShouldContain("<html lang=\"en\">");
    }

    [Fact]
    public async Task Language_ChosenByALink_StaysForTheNextPages()
    {
        using var client = _app.CreateBrowserClient();

        await client.GetAsync("/?culture=sw");

        (await client.GetStringAsync("/agencies/verify?q=")).ShouldContain("<html lang=\"sw\">");
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task Language_ReturnUrlOffSite_GoesHome(string returnUrl)
    {
        using var client = _app.CreateBrowserClient();

        var response = await client.GetAsync("/language?culture=sw&returnUrl=" + Uri.EscapeDataString(returnUrl));

        response.Headers.Location!.ToString().ShouldBe("/");
    }

    [Fact]
    public async Task Translations_EveryTextUsedInTheViewsHasKiswahili()
    {
        var features = Path.Combine(Repository.Root, "src", "Linda.Web", "Features");
        var resx = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "src", "Linda.Web", "Resources", "SharedResource.sw.resx"));
        var keys = Directory.GetFiles(features, "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(f => LocalizedPattern().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct().ToList();

        keys.Count.ShouldBeGreaterThan(20);
        var missing = keys.Where(k => !resx.Contains($"<data name=\"{WebUtility.HtmlEncode(k).Replace("&#39;", "'", StringComparison.Ordinal)}\"", StringComparison.Ordinal)).ToList();
        missing.ShouldBeEmpty();
    }

    [Fact]
    public async Task SecurityHeaders_AreSetOnPages()
    {
        using var client = _app.CreateBrowserClient();

        var response = await client.GetAsync("/");

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("script-src 'self';");
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldNotContain("unsafe-inline");
        response.Headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("no-referrer");
        response.Headers.GetValues("Strict-Transport-Security").Single().ShouldContain("max-age=");
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
    }

    [Fact]
    public async Task NotFound_PageIsFriendly_AndApiIsProblemDetailsThatDoNotEchoInput()
    {
        using var client = _app.CreateBrowserClient();

        var page = await client.GetAsync("/no-such-page?name=SECRET-VALUE");
        var api = await client.GetAsync("/api/v1/no-such-thing?name=SECRET-VALUE");

        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await page.Content.ReadAsStringAsync()).ShouldContain("Page not found");
        api.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        api.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await api.Content.ReadAsStringAsync()).ShouldNotContain("SECRET-VALUE");
    }

    [Fact]
    public async Task StaffPages_AnonymousIsSentToSignIn()
    {
        using var client = _app.CreateBrowserClient();

        var response = await client.GetAsync("/staff");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/staff/account/signin");
    }

    [Fact]
    public async Task OpenApi_DescribesApiV1_AndTheReferencePageLoadsItsScriptsLocally()
    {
        using var client = _app.CreateBrowserClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var reference = await client.GetStringAsync("/api-docs");
        var counties = JsonDocument.Parse(await client.GetStringAsync("/api/v1/reference/counties"));

        document.RootElement.GetProperty("openapi").GetString()!.ShouldStartWith("3.");
        document.RootElement.GetProperty("paths").TryGetProperty("/api/v1/reference/counties", out _).ShouldBeTrue();
        reference.ShouldContain("/lib/swagger-ui/swagger-ui-bundle.js");
        reference.ShouldNotContain("https://");
        (await client.GetAsync("/lib/swagger-ui/swagger-ui-bundle.js")).StatusCode.ShouldBe(HttpStatusCode.OK);
        counties.RootElement.GetArrayLength().ShouldBe(47);
    }

    [Fact]
    public async Task Healthz_WhenTheDatabaseIsGone_Returns503()
    {
        using var client = _app.CreateBrowserClient();
        (await client.GetAsync("/healthz")).StatusCode.ShouldBe(HttpStatusCode.OK);

        SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(_db.Directory, "linda.db*"))
        {
            File.Delete(file);
        }

        (await client.GetAsync("/healthz")).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        var failed = await client.SubmitPasswordAsync("someone@linda-test.example", "a-password-typed");
        failed.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        var page = await failed.Content.ReadAsStringAsync();
        page.ShouldContain("Something went wrong");
        page.ShouldNotContain("Exception");
        page.ShouldNotContain("someone@linda-test.example");
    }

    [Fact]
    public async Task RateLimit_PublicRequestsOverTheLimit_Get429WithRetryAfter()
    {
        await using var app = new LindaAppFactory(_db).With("Linda:RateLimits:PublicPerMinute", "3");
        using var client = app.CreateBrowserClient();

        for (var i = 0; i < 3; i++)
        {
            (await client.GetAsync("/api/v1/reference/counties")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        var limited = await client.GetAsync("/api/v1/reference/counties");

        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
        limited.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await client.GetAsync("/css/site.css")).StatusCode.ShouldBe(HttpStatusCode.OK, "static files are not limited");
    }

    [Fact]
    public async Task RateLimit_BehindATrustedProxy_CountsEachClientAddressSeparately()
    {
        await using var app = new LindaAppFactory(_db)
            .With("Linda:RateLimits:PublicPerMinute", "2")
            .With("Linda:TrustForwardedHeaders", "true");
        using var client = app.CreateBrowserClient();

        async Task<HttpStatusCode> From(string address)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/reference/counties");
            request.Headers.Add("X-Forwarded-For", address);
            return (await client.SendAsync(request)).StatusCode;
        }

        (await From("197.248.0.1")).ShouldBe(HttpStatusCode.OK);
        (await From("197.248.0.1")).ShouldBe(HttpStatusCode.OK);
        (await From("197.248.0.1")).ShouldBe(HttpStatusCode.TooManyRequests);
        (await From("41.90.0.2")).ShouldBe(HttpStatusCode.OK, "another client behind the same proxy has its own limit");
    }

    [Fact]
    public async Task SecurityHeaders_NoHstsInDevelopment()
    {
        await using var app = new LindaAppFactory(_db, environment: "Development").With("Linda:SeedDemoData", "false");
        using var client = app.CreateBrowserClient();

        var response = await client.GetAsync("/");

        response.Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
        response.Headers.Contains("Content-Security-Policy").ShouldBeTrue();
    }

    [Fact]
    public async Task RateLimit_SignInAttemptsOverTheLimit_Get429()
    {
        await using var app = new LindaAppFactory(_db).With("Linda:RateLimits:SignInPerMinute", "2");
        using var client = app.CreateBrowserClient();

        for (var i = 0; i < 2; i++)
        {
            (await client.SubmitPasswordAsync("someone@linda-test.example", "wrong-password-1")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await client.SubmitPasswordAsync("someone@linda-test.example", "wrong-password-1")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task RequestBody_OverTheLimit_Gets413OnARealServer()
    {
        await using var app = new LindaAppFactory(_db).With("Linda:MaxRequestBodyBytes", "1000");
        app.UseKestrel(0);
        app.StartServer();
        using var client = app.CreateClient();

        var response = await client.PostAsync("/staff/account/signin",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = new string('x', 5000) }));

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex HrefPattern();

    [GeneratedRegex("T\\[\"([^\"]+)\"\\]")]
    private static partial Regex LocalizedPattern();
}
