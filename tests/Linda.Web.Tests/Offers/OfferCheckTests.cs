using System.Net;
using System.Text;
using System.Text.Json;
using Linda.Data;
using Linda.Web.Tests.Admin;
using Linda.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linda.Web.Tests.Offers;

/// <summary>The public job-offer checker: <c>POST /api/v1/job-offers/check</c> and the /job-offers/check page.</summary>
public sealed class OfferCheckTests : IAsyncLifetime
{
    private const string Path = "/api/v1/job-offers/check";

    private const string ScamOffer =
        "HOUSEMAIDS NEEDED IN RIYADH! Salary SAR 1,500 per month. Registration fee KES 45,000 payable before the interview. "
        + "Travel on a visit visa, work permit on arrival. WhatsApp 0712 345 678.";

    private TestDatabase _db = null!;
    private LindaAppFactory _app = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        _app = new LindaAppFactory(_db);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task Api_ScamOffer_AnswersTheDesignContract()
    {
        using var client = _app.CreateClient();

        var response = await client.PostAsync(Path, Json(new { text = ScamOffer }));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        root.GetProperty("risk").GetString().ShouldBe("high");
        root.GetProperty("score").GetInt32().ShouldBeInRange(60, 100);
        root.GetProperty("language").GetString().ShouldBe("en");
        var flags = root.GetProperty("flags").EnumerateArray().ToList();
        flags.Select(f => f.GetProperty("code").GetString()).ShouldContain("visit-visa");
        var visa = flags.Single(f => f.GetProperty("code").GetString() == "visit-visa");
        visa.GetProperty("severity").GetString().ShouldBe("high");
        visa.GetProperty("title").GetString().ShouldBe("Travel on a visit or tourist visa");
        visa.GetProperty("explanation").GetString()!.ShouldContain("work visa");
        var evidence = visa.GetProperty("evidence")[0];
        evidence.GetProperty("field").GetString().ShouldBe("text");
        var (start, length) = (evidence.GetProperty("start").GetInt32(), evidence.GetProperty("length").GetInt32());
        ScamOffer.Substring(start, length).ShouldBe(evidence.GetProperty("text").GetString());
        var entities = root.GetProperty("entities");
        var phone = entities.GetProperty("phones")[0];
        phone.GetProperty("e164").GetString().ShouldBe("+254712345678");
        phone.GetProperty("whatsApp").GetBoolean().ShouldBeTrue();
        entities.GetProperty("money").EnumerateArray().Select(m => (m.GetProperty("currency").GetString(), m.GetProperty("purpose").GetString()))
            .ShouldBe([("SAR", "salary"), ("KES", "fee")]);
        entities.GetProperty("destinations")[0].GetProperty("country").GetString().ShouldBe("SAU");
        entities.GetProperty("jobTitles")[0].GetProperty("role").GetString().ShouldBe("domestic");
        string.Join(' ', root.GetProperty("nextSteps").EnumerateArray().Select(s => s.GetString())).ShouldContain("0800 222 223");
    }

    [Theory]
    [InlineData("{\"text\": \"Travel on a visit visa.\", \"language\": \"sw\"}", null)]
    [InlineData("{\"text\": \"Travel on a visit visa.\"}", "sw-KE,sw;q=0.9")]
    public async Task Api_AnswersInKiswahili_ByTheLanguageFieldOrHeader(string body, string? acceptLanguage)
    {
        using var client = _app.CreateClient();
        if (acceptLanguage is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        using var json = JsonDocument.Parse(await (await client.PostAsync(Path, new StringContent(body, Encoding.UTF8, "application/json"))).Content.ReadAsStringAsync());

        json.RootElement.GetProperty("language").GetString().ShouldBe("sw");
        json.RootElement.GetProperty("flags")[0].GetProperty("title").GetString().ShouldBe("Safari kwa visa ya kutembelea au ya utalii");
        json.RootElement.GetProperty("nextSteps")[0].GetString()!.ShouldStartWith("Usilipe");
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Api_AgencyAndContacts_AreCheckedAgainstTheLiveRegistry(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        (await CliRunner.RunAsync(db, "agencies", "import", "--file", Repository.RealRegistry)).ExitCode.ShouldBe(0);
        var clock = new FixedTimeProvider(new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero));
        await using var app = new LindaAppFactory(db).WithServices(s => s.AddSingleton<TimeProvider>(clock));
        using var client = app.CreateClient();

        var response = await client.PostAsync(Path, Json(new { text = "Drivers for Dubai. E-mail joytommanpower@gmail.com", agency = "riverside manpowr" }));

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var codes = json.RootElement.GetProperty("flags").EnumerateArray().Select(f => f.GetProperty("code").GetString()).ToList();
        codes.ShouldContain("agency-licence-expired");
        codes.ShouldContain("contact-of-other-agency");
        var agency = json.RootElement.GetProperty("entities").GetProperty("agencies")[0];
        agency.GetProperty("name").GetString().ShouldBe("riverside manpowr");
        agency.GetProperty("verdict").GetString().ShouldBe("expired");
        agency.GetProperty("registeredName").GetString().ShouldBe("RIVERSIDE MANPOWER LIMITED");
        var expired = json.RootElement.GetProperty("flags").EnumerateArray().Single(f => f.GetProperty("code").GetString() == "agency-licence-expired");
        expired.GetProperty("evidence")[0].GetProperty("field").GetString().ShouldBe("agency");
    }

    public static TheoryData<string, string, string> BadBodies() => new()
    {
        { "{}", "application/json", "text" },
        { "{\"text\": \"\"}", "application/json", "text" },
        { "{\"text\": \"   \"}", "application/json", "text" },
        { "{\"text\": null}", "application/json", "text" },
        { "{\"text\": 12}", "application/json", "text" },
        { "{\"text\": true}", "application/json", "text" },
        { "{\"text\": [\"visit visa\"]}", "application/json", "text" },
        { "{\"text\": {\"value\": \"visit visa\"}}", "application/json", "text" },
        { "{\"text\": \"a\\u0000b\"}", "application/json", "text" },
        { "{\"text\": \"\\ud800 visit visa\"}", "application/json", "text" },
        { "{\"text\": \"ok\", \"agency\": 5}", "application/json", "agency" },
        { "{\"text\": \"ok\", \"licence\": \"" + new string('1', 41) + "\"}", "application/json", "licence" },
        { "{\"text\": \"ok\", \"destination\": [\"SAU\"]}", "application/json", "destination" },
        { "{\"text\": \"ok\", \"agency\": \"" + new string('a', 201) + "\"}", "application/json", "agency" },
        { "{\"text\": \"ok\", \"language\": \"fr\"}", "application/json", "language" },
        { "{\"text\": ", "application/json", "body" },
        { "", "application/json", "body" },
        { "[\"visit visa\"]", "application/json", "body" },
        { "\"visit visa\"", "application/json", "body" },
        { "{\"text\": \"ok\"} trailing", "application/json", "body" },
        { "text=visit+visa", "application/x-www-form-urlencoded", "body" },
        { "visit visa", "text/plain", "body" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Api_BadInput_Is400ProblemDetailsNamingTheField(string body, string contentType, string field)
    {
        using var client = _app.CreateClient();

        var response = await client.PostAsync(Path, new StringContent(body, Encoding.UTF8, contentType));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(json.RootElement.ToString());
    }

    [Fact]
    public async Task Api_TextOver20000Characters_Is400WithoutEchoingIt_And20000IsAnswered()
    {
        using var client = _app.CreateClient();

        var tooLong = await client.PostAsync(Path, Json(new { text = "visit visa " + new string('x', 20_001 - 11) }));
        var longest = await client.PostAsync(Path, Json(new { text = "visit visa " + new string('x', 20_000 - 11) }));

        tooLong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await tooLong.Content.ReadAsStringAsync();
        JsonDocument.Parse(problem).RootElement.GetProperty("errors").GetProperty("text")[0].GetString().ShouldBe("Use at most 20,000 characters.");
        problem.ShouldNotContain("xxxxxxxxxx");
        longest.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("<script>alert(1)</script> Pay KES 5,000 to secure your slot.")]
    [InlineData("'; DROP TABLE \"Agencies\"; -- visit visa")]
    [InlineData("Robert'); DELETE FROM \"AuditEvents\" WHERE 1=1; -- \" OR 1=1 visit visa")]
    [InlineData("%FF%FE%00 {{7*7}} ${jndi:ldap://x} visit visa")]
    [InlineData("😀 visit visa 😀 \u202E\u200B")]
    public async Task Api_HtmlAndSqlMetacharacters_AreJustText(string text)
    {
        using var client = _app.CreateClient();

        var response = await client.PostAsync(Path, Json(new { text }));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        foreach (var flag in json.RootElement.GetProperty("flags").EnumerateArray())
        {
            foreach (var evidence in flag.GetProperty("evidence").EnumerateArray())
            {
                text.Substring(evidence.GetProperty("start").GetInt32(), evidence.GetProperty("length").GetInt32()).ShouldBe(evidence.GetProperty("text").GetString());
            }
        }
        (await client.GetAsync("/healthz")).StatusCode.ShouldBe(HttpStatusCode.OK, "the database is intact");
    }

    [Fact]
    public async Task Api_AndPage_StoreNothing()
    {
        using var client = _app.CreateBrowserClient();
        var before = await _app.QueryAsync(async db => (await db.AuditEvents.CountAsync(), await db.Agencies.CountAsync(), await db.AgencyFeedback.CountAsync()));

        (await client.PostAsync(Path, Json(new { text = ScamOffer, agency = "Zawadi Bora Recruitment" }))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.PostFieldsAsync("/job-offers/check", [("Text", ScamOffer)])).StatusCode.ShouldBe(HttpStatusCode.OK);

        var after = await _app.QueryAsync(async db => (await db.AuditEvents.CountAsync(), await db.Agencies.CountAsync(), await db.AgencyFeedback.CountAsync()));
        after.ShouldBe(before);
    }

    [Fact]
    public async Task OpenApi_DescribesTheEndpoint()
    {
        using var client = _app.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var post = document.RootElement.GetProperty("paths").GetProperty(Path).GetProperty("post");
        post.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _).ShouldBeTrue();
        post.GetProperty("responses").TryGetProperty("400", out _).ShouldBeTrue();
        document.RootElement.GetProperty("components").GetProperty("schemas").TryGetProperty("OfferCheckAnswer", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Page_InEnglish_ShowsRiskFlagsEvidenceAndNextSteps()
    {
        using var client = _app.CreateBrowserClient();

        var form = await client.GetHtmlAsync("/job-offers/check");
        var response = await client.PostFieldsAsync("/job-offers/check", [("Text", ScamOffer), ("Agency", ""), ("Licence", ""), ("Destination", "SAU")]);

        form.ShouldContain("<textarea id=\"text\" name=\"Text\"");
        form.ShouldNotContain("data-risk");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.HtmlAsync();
        html.ShouldContain("data-risk=\"high\"");
        html.ShouldContain("High risk: several warning signs");
        html.ShouldContain("data-code=\"visit-visa\"");
        html.ShouldContain("Travel on a visit or tourist visa");
        html.ShouldContain("<q>visit visa</q>");
        html.ShouldContain("+254712345678 (WhatsApp)");
        html.ShouldContain("Do not pay any money");
        html.ShouldContain("<option value=\"SAU\" selected=\"selected\">");
        html.ShouldContain(ScamOffer, Case.Sensitive, "the offer stays in the form to be corrected or checked again");
    }

    [Fact]
    public async Task Page_InKiswahili_ShowsTheAnswerInKiswahili()
    {
        using var client = _app.CreateBrowserClient();
        await client.GetAsync("/?culture=sw");

        var html = await (await client.PostFieldsAsync("/job-offers/check", [("Text", ScamOffer)])).HtmlAsync();

        html.ShouldContain("<html lang=\"sw\">");
        html.ShouldContain("Hatari kubwa");
        html.ShouldContain("Safari kwa visa ya kutembelea au ya utalii");
        html.ShouldContain("Usilipe pesa yoyote");
        html.ShouldContain("Kagua ofa");
        html.ShouldNotContain("Travel on a visit or tourist visa");
    }

    [Theory]
    [InlineData("", "Paste the text of the job offer.")]
    [InlineData("x", "Use at most 20,000 characters.")]
    public async Task Page_EmptyOrOverLongText_AsksAgainWithoutAnAnswer(string text, string message)
    {
        using var client = _app.CreateBrowserClient();
        var value = text == "x" ? new string('x', 20_001) : text;

        var html = await (await client.PostFieldsAsync("/job-offers/check", [("Text", value)])).HtmlAsync();

        html.ShouldContain(message);
        html.ShouldContain("aria-invalid=\"true\"");
        html.ShouldNotContain("data-risk");
    }

    [Fact]
    public async Task Page_MarkupInTheOffer_IsShownAsText()
    {
        using var client = _app.CreateBrowserClient();

        var response = await client.PostFieldsAsync("/job-offers/check", [("Text", "<script>alert('x')</script><b>Travel on a visit visa</b>")]);

        var raw = await response.Content.ReadAsStringAsync();
        raw.ShouldNotContain("<script>alert");
        raw.ShouldNotContain("<b>Travel");
        raw.ShouldContain("&lt;script&gt;");
        raw.ShouldContain("data-code=\"visit-visa\"");
    }

    [Fact]
    public async Task Page_WithoutTheAntiforgeryToken_IsRefused()
    {
        using var client = _app.CreateBrowserClient();

        var response = await client.PostAsync("/job-offers/check", new FormUrlEncodedContent(new Dictionary<string, string> { ["Text"] = ScamOffer }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Page_AlsoAnswersAtTheShortAddress()
    {
        using var client = _app.CreateBrowserClient();

        (await client.GetHtmlAsync("/offers/check")).ShouldContain("<textarea id=\"text\" name=\"Text\"");
        (await (await client.PostFieldsAsync("/offers/check", [("Text", ScamOffer)])).HtmlAsync()).ShouldContain("data-risk=\"high\"");
    }

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
}
