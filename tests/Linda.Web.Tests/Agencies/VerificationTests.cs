using System.Net;
using System.Text.Json;
using Linda.Core.Agencies;
using Linda.Data;
using Linda.Web.Tests.Admin;
using Linda.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
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

    [Fact]
    public async Task Registry_AliasAndPhoneAddedOnAnotherInstance_AreSeenWithinSeconds()
    {
        using var client = _app.CreateClient();
        static IEnumerable<string?> Names(JsonElement answer) => answer.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("name").GetString());
        Names(await VerifyAsync(client, "q=bahari%20gulf%20placements")).ShouldNotContain("Al-jami Limited");

        await AddProfileAsync();
        var cached = await VerifyAsync(client, "q=bahari%20gulf%20placements");
        _clock.Advance(TimeSpan.FromSeconds(11));
        var alias = await VerifyAsync(client, "q=bahari%20gulf%20placements");
        var phone = await VerifyAsync(client, "q=0700000303");

        Names(cached).ShouldNotContain("Al-jami Limited", "cached between checks");
        alias.GetProperty("verdict").GetString().ShouldBe("licensed");
        Names(alias).First().ShouldBe("Al-jami Limited");
        Names(phone).First().ShouldBe("MERCWAYS EXCELLING LIMITED");
    }

    /// <summary>Gives registry agencies synthetic phones and aliases, as officers do on the agency page.</summary>
    private async Task AddProfileAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LindaDbContext>();
        var alJami = await db.Agencies.SingleAsync(a => a.LicenceNumber == "RA/2025/12/20");
        var mercways = await db.Agencies.SingleAsync(a => a.LicenceNumber == "RA/2026/03/6");
        db.AgencyContacts.Add(new AgencyContact { AgencyId = mercways.Id, Kind = AgencyContactKind.Phone, Value = "+254700000303", AddedAt = db.UtcNow });
        db.AgencyContacts.Add(new AgencyContact { AgencyId = alJami.Id, Kind = AgencyContactKind.Email, Value = "bahari.jobs@agency.example", AddedAt = db.UtcNow });
        db.AgencyAliases.Add(new AgencyAlias { AgencyId = alJami.Id, Name = "Bahari Gulf Placements", AddedAt = db.UtcNow });
        await db.SaveChangesAsync();
    }

    private static async Task<JsonElement> VerifyAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/v1/agencies/verify?" + query);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Theory]
    [InlineData("q=0700%20000%20303")]
    [InlineData("q=%2B254700000303")]
    [InlineData("q=254-700-000-303")]
    [InlineData("q=Mercways&phone=(0700)%20000303")]
    public async Task Api_PhoneAddedByAnOfficerInAnyFormat_FindsTheAgency(string query)
    {
        await AddProfileAsync();
        using var client = _app.CreateClient();

        var root = await VerifyAsync(client, query);

        root.GetProperty("verdict").GetString().ShouldBe("licensed");
        var match = root.GetProperty("matches")[0];
        match.GetProperty("name").GetString().ShouldBe("MERCWAYS EXCELLING LIMITED");
        match.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).ShouldContain("same phone number");
    }

    [Fact]
    public async Task Api_AliasOrExtraEmail_FindsTheAgency()
    {
        await AddProfileAsync();
        using var client = _app.CreateClient();

        var alias = await VerifyAsync(client, "q=bahari%20gulf%20placement");
        var email = await VerifyAsync(client, "q=Bahari.Jobs%40agency.example");

        alias.GetProperty("verdict").GetString().ShouldBe("licensed");
        alias.GetProperty("matches")[0].GetProperty("name").GetString().ShouldBe("Al-jami Limited");
        alias.GetProperty("matches")[0].GetProperty("reasons")[0].GetString().ShouldBe("matches the agency's other registered name 'Bahari Gulf Placements'");
        email.GetProperty("matches")[0].GetProperty("name").GetString().ShouldBe("Al-jami Limited");
    }

    [Fact]
    public async Task Api_LicensedNameWithPhoneOfAnotherLicensedAgency_IsLookalikeExplainedInBothLanguages()
    {
        await AddProfileAsync();
        using var client = _app.CreateClient();

        var english = await VerifyAsync(client, "q=Al-Jami%20Ltd&phone=0700000303");
        var kiswahili = await VerifyAsync(client, "q=Al-Jami%20Ltd&phone=0700000303&culture=sw");

        english.GetProperty("query").GetString().ShouldBe("Al-Jami Ltd");
        english.GetProperty("verdict").GetString().ShouldBe("lookalike");
        var named = english.GetProperty("matches").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "Al-jami Limited");
        named.GetProperty("reasons").EnumerateArray().Select(r => r.GetString())
            .ShouldContain("phone belongs to a different licensed agency, MERCWAYS EXCELLING LIMITED");
        english.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("name").GetString()).ShouldContain("MERCWAYS EXCELLING LIMITED");
        english.GetProperty("advice").GetString()!.ShouldContain("Do not pay");
        kiswahili.GetProperty("verdict").GetString().ShouldBe("lookalike");
        kiswahili.GetProperty("matches").EnumerateArray().SelectMany(m => m.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()))
            .ShouldContain("namba ya simu ni ya wakala mwingine mwenye leseni, MERCWAYS EXCELLING LIMITED");
    }

    [Fact]
    public async Task Api_LicensedNameWithAWrongLicenceNumber_IsLookalikeShowingTheRealOne()
    {
        using var client = _app.CreateClient();

        var root = await VerifyAsync(client, "q=Al-Jami&licence=RA%2F2025%2F12%2F99");

        root.GetProperty("verdict").GetString().ShouldBe("lookalike");
        root.GetProperty("matches")[0].GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).ShouldBe(
        [
            "same name (ignoring case, punctuation, spacing and 'Ltd'/'Limited')",
            "licence number RA/2025/12/99 is not in the registry",
            "this agency's licence number is RA/2025/12/20",
            "licence valid until 12 Dec 2026",
        ]);
    }

    [Fact]
    public async Task Api_NameWithItsOwnLicenceNumberAndBlankDetails_IsLicensed()
    {
        using var client = _app.CreateClient();

        var root = await VerifyAsync(client, "q=al%20jami&licence=ra-2025-12-20&phone=&email=");

        root.GetProperty("verdict").GetString().ShouldBe("licensed");
    }

    [Theory]
    [InlineData("phone", "0712-not-a-phone")]
    [InlineData("licence", "no number here")]
    [InlineData("email", "not-an-email")]
    [InlineData("phone", "LONG")]
    [InlineData("licence", "LONG")]
    [InlineData("email", "LONG")]
    public async Task Api_BadOrOverLongDetail_Is400NamingItWithoutEchoingIt(string parameter, string value)
    {
        using var client = _app.CreateClient();
        var sent = value == "LONG" ? new string('7', 201) : value;

        var response = await client.GetAsync($"/api/v1/agencies/verify?q=Al-Jami&{parameter}={Uri.EscapeDataString(sent)}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var body = await response.Content.ReadAsStringAsync();
        var errors = JsonDocument.Parse(body).RootElement.GetProperty("errors");
        errors.TryGetProperty(parameter, out _).ShouldBeTrue(body);
        errors.TryGetProperty("q", out _).ShouldBeFalse();
        body.ShouldNotContain(sent);
    }

    [Fact]
    public async Task OpenApi_DocumentsTheExtraParameters()
    {
        using var client = _app.CreateClient();

        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;

        var parameters = document.GetProperty("paths").GetProperty("/api/v1/agencies/verify").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        parameters.ShouldBe(["q", "phone", "licence", "email"], ignoreOrder: true);
    }

    [Fact]
    public async Task Page_DetailsWithTheName_ShowTheLookalikeAndKeepTheDetailsOpen()
    {
        await AddProfileAsync();
        using var client = _app.CreateBrowserClient();

        var closed = await client.GetHtmlAsync("/agencies/verify");
        var page = await client.GetHtmlAsync("/agencies/verify?q=Al-Jami+Ltd&phone=0700+000+303&licence=&email=");
        var wrong = await client.GetHtmlAsync("/agencies/verify?q=Al-Jami&phone=abc&culture=sw");

        closed.ShouldContain("<details class=\"more-details\">");
        closed.ShouldContain("Add a phone number or licence number the agency gave you");
        page.ShouldContain("data-verdict=\"lookalike\"");
        page.ShouldContain("<details class=\"more-details\" open=\"open\">");
        page.ShouldContain("value=\"0700 000 303\"");
        page.ShouldContain("phone belongs to a different licensed agency, MERCWAYS EXCELLING LIMITED");
        wrong.ShouldNotContain("data-verdict");
        wrong.ShouldContain("Andika nambari ya simu, kwa mfano");
        wrong.ShouldContain("id=\"phone-error\"");
    }
}
