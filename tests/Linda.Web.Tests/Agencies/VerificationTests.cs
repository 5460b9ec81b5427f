using System.Net;
using System.Text.Json;
using Linda.Web.Tests.Admin;
using Linda.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Linda.Web.Tests.Agencies;

/// <summary>The public "is this agency licensed?" API and page, on the real registry.</summary>
public sealed class VerificationTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private LindaAppFactory _app = null!;
    private readonly FixedTimeProvider _clock = new(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        (await CliRunner.RunAsync(_db, "agencies", "import", "--file", Repository.RealRegistry)).ExitCode.ShouldBe(0);
        _app = new LindaAppFactory(_db).WithServices(s => s.AddSingleton<TimeProvider>(_clock));
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task Api_TypoOfAnExpiredAgency_AnswersTheDesignContract()
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync("/api/v1/agencies/verify?q=riverside%20manpowr");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        root.GetProperty("query").GetString().ShouldBe("riverside manpowr");
        root.GetProperty("verdict").GetString().ShouldBe("expired");
        var match = root.GetProperty("matches")[0];
        match.GetProperty("name").GetString().ShouldBe("RIVERSIDE MANPOWER LIMITED");
        match.GetProperty("licenceNumber").GetString().ShouldBe("RA/2025/10/24");
        match.GetProperty("state").GetString().ShouldBe("Expired");
        match.GetProperty("validUntil").GetString().ShouldBe("2026-10-03");
        match.GetProperty("similarity").GetDouble().ShouldBeGreaterThan(0.9);
        match.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).ShouldBe(["name differs by one letter", "licence expired on 3 Oct 2026"]);
        root.GetProperty("advice").GetString()!.ShouldContain("0800 222 223");
    }

    [Theory]
    [InlineData("RA-2025-10-24", "expired")]
    [InlineData("ra 2025 12 20", "licensed")]
    [InlineData("aljamiltd@yahoo.com", "licensed")]
    [InlineData("https://www.al-jami.co.ke/contact", "licensed")]
    [InlineData("Zzyzx Qwerty Holdings", "not_found")]
    public async Task Api_LicenceContactAndUnknownQueries(string q, string verdict)
    {
        using var client = _app.CreateClient();

        var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/agencies/verify?q=" + Uri.EscapeDataString(q)));

        json.RootElement.GetProperty("verdict").GetString().ShouldBe(verdict);
    }

    [Theory]
    [InlineData("")]
    [InlineData("%20%20")]
    [InlineData("x")]
    public async Task Api_EmptyOrOverLongQuery_Is400ProblemDetailsNamingQ(string q)
    {
        using var client = _app.CreateClient();
        var query = q == "x" ? new string('x', 10_000) : q;

        var response = await client.GetAsync("/api/v1/agencies/verify?q=" + query);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var body = await response.Content.ReadAsStringAsync();
        JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty("q", out _).ShouldBeTrue();
        body.ShouldNotContain("xxxxxxxxxx");
    }

    [Fact]
    public async Task Api_MissingQ_Is400()
    {
        using var client = _app.CreateClient();

        (await client.GetAsync("/api/v1/agencies/verify")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("'; DROP TABLE \"Agencies\"; --")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("%FF%FE%FD")]
    [InlineData("%C0%AF%ED%A0%80")]
    [InlineData("😀 Riverside 😀")]
    public async Task Api_HostileInput_NeverA500(string raw)
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync("/api/v1/agencies/verify?q=" + (raw.Contains('%') ? raw : Uri.EscapeDataString(raw)));

        ((int)response.StatusCode).ShouldBeLessThan(500);
        (await client.GetAsync("/api/v1/agencies/verify?q=RA-2025-10-24")).StatusCode.ShouldBe(HttpStatusCode.OK, "the registry is intact");
    }

    [Fact]
    public async Task Page_InEnglishAndKiswahili_ShowsVerdictMatchesAndAdvice()
    {
        using var client = _app.CreateBrowserClient();

        var english = await client.GetHtmlAsync("/agencies/verify?q=riverside+manpowr");
        var empty = await client.GetHtmlAsync("/agencies/verify?q=");
        var kiswahili = await client.GetHtmlAsync("/agencies/verify?q=riverside+manpowr&culture=sw");

        english.ShouldContain("data-verdict=\"expired\"");
        english.ShouldContain("Licence expired");
        english.ShouldContain("RIVERSIDE MANPOWER LIMITED");
        english.ShouldContain("name differs by one letter");
        kiswahili.ShouldContain("Leseni imeisha");
        kiswahili.ShouldContain("Usilipe chochote");
        kiswahili.ShouldNotContain("name differs by one letter");
        empty.ShouldContain("Enter an agency name");
        empty.ShouldNotContain("data-verdict");
    }

    [Fact]
    public async Task Registry_ChangesAreSeenWithoutARestart()
    {
        using var client = _app.CreateClient();
        (await client.GetStringAsync("/api/v1/agencies/verify?q=Zawadi%20Fresh%20Placements")).ShouldContain("\"not_found\"");
        var file = Path.Combine(_db.Directory, "new.csv");
        await File.WriteAllTextAsync(file, "licenseNumber,agencyName,email,website,serviceType,issueDate,expiryDate,statusOverride\nRA/2026/11/99,ZAWADI FRESH PLACEMENTS LIMITED,,,,2026-11-01,2027-11-01,\n");
        (await CliRunner.RunAsync(_db, "agencies", "import", "--file", file)).ExitCode.ShouldBe(0);

        (await client.GetStringAsync("/api/v1/agencies/verify?q=Zawadi%20Fresh%20Placements")).ShouldContain("not_found", Case.Sensitive, "cached between checks");
        _clock.Advance(TimeSpan.FromSeconds(11));

        (await client.GetStringAsync("/api/v1/agencies/verify?q=Zawadi%20Fresh%20Placements")).ShouldContain("\"licensed\"");
    }
}
