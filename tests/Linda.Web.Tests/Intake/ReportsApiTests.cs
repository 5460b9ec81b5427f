using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Linda.Core.Intake;
using Linda.Web.Tests.Admin;
using Linda.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Case = Shouldly.Case;

namespace Linda.Web.Tests.Intake;

/// <summary><c>POST /api/v1/reports</c> as DESIGN.md promises it to partners.</summary>
public sealed class ReportsApiTests : IAsyncLifetime
{
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

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Post_ValidReport_Is201WithReferenceCodeAndLocation_OnlyOnceStored(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = new LindaAppFactory(db);
        using var client = app.CreateClient();

        var response = await client.PostReportAsync(ReportKit.ValidReport());

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.EnumerateObject().Select(p => p.Name).ShouldBe(["reference", "followUpCode"]);
        var reference = json.RootElement.GetProperty("reference").GetString()!;
        var code = json.RootElement.GetProperty("followUpCode").GetString()!;
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/reports/{reference}/status");
        // Committed before the answer: a fresh context sees it.
        var signal = await app.SignalAsync(reference);
        signal.Channel.ShouldBe(SignalChannel.Api);
        signal.Country.ShouldBe("QAT");
        signal.PersonPhone.ShouldBe("+97455551234");
        signal.NoMessages.ShouldBeTrue();
        (await client.GetStatusAsync(reference, code)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Post_UnknownFields_AreIgnored()
    {
        using var client = _app.CreateClient();

        var response = await client.PostRawAsync("""{ "categories": ["stranded"], "favouriteColour": "green", "contact": { "pigeon": true }, "extra": { "deep": [1, 2, 3] } }""");

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    public static TheoryData<string, string, string> BadBodies => new()
    {
        { "invalid JSON", """{ "categories": ["unpaid"], """, "body" },
        { "not JSON at all", "categories=unpaid", "body" },
        { "empty body", "", "body" },
        { "null", "null", "body" },
        { "an array", """[ { "categories": ["unpaid"] } ]""", "body" },
        { "categories as a string", """{ "categories": "unpaid" }""", "categories" },
        { "a number in categories", """{ "categories": [ 7 ] }""", "categories" },
        { "description as a number", """{ "description": 12345 }""", "description" },
        { "consent as a word", """{ "categories": ["unpaid"], "consentToFollowUp": "yes" }""", "consentToFollowUp" },
        { "contact as a string", """{ "categories": ["unpaid"], "contact": "call me" }""", "contact" },
        { "doNotCall as a number", """{ "categories": ["unpaid"], "contact": { "doNotCall": 1 } }""", "contact.doNotCall" },
        { "object for a text", """{ "categories": ["unpaid"], "city": { "name": "Doha" } }""", "city" },
        { "a lone surrogate escape", """{ "description": "\ud800" }""", "description" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Post_MalformedOrWronglyTypedJson_Is400NamingTheField(string why, string body, string field)
    {
        using var client = _app.CreateClient();

        var response = await client.PostRawAsync(body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, why);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var text = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(text);
        json.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe([field], why);
        text.ShouldNotContain("call me");
        text.ShouldNotContain("12345");
    }

    [Fact]
    public async Task Post_InvalidUtf8_Is400()
    {
        using var client = _app.CreateClient();
        var bytes = Encoding.UTF8.GetBytes("""{ "categories": ["unpaid"], "description": "abc XX def" }""");
        var at = Array.IndexOf(bytes, (byte)'X');
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await client.PostAsync("/api/v1/reports", content);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await _app.SignalCountAsync()).ShouldBe(0);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task Post_NotJson_Is400(string? contentType)
    {
        using var client = _app.CreateClient();
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{ "categories": ["unpaid"] }"""));
        if (contentType is not null)
        {
            content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        }

        var response = await client.PostAsync("/api/v1/reports", content);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        json.RootElement.GetProperty("errors").GetProperty("body")[0].GetString()!.ShouldContain("application/json");
    }

    [Fact]
    public async Task Post_ValidatorProblems_Are400WithErrorsAndCodesKeyedByField()
    {
        using var client = _app.CreateClient();
        var tenKb = new string('w', 10_240);

        var response = await client.PostReportAsync(new
        {
            description = tenKb,
            country = "ATL",
            county = "047",
            city = tenKb,
            employerName = tenKb,
            personPhone = "12",
            since = "01/10/2026",
            contact = new { timeZone = "Asia/Atlantis", channel = "fax", codeWord = tenKb },
            categories = new[] { "unpaid", "bad_vibes" },
            reporterRelation = "neighbour-ish",
            language = "fr",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var text = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(text);
        var errors = json.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name).Order().ToList();
        errors.ShouldBe(["categories", "city", "contact.channel", "contact.codeWord", "contact.timeZone", "country", "description", "employerName", "language", "personPhone", "reporterRelation", "since"]);
        var codes = json.RootElement.GetProperty("codes");
        codes.GetProperty("description")[0].GetString().ShouldBe(FieldErrorCodes.TooLong);
        codes.GetProperty("personPhone")[0].GetString().ShouldBe(FieldErrorCodes.NotAPhone);
        codes.GetProperty("country")[0].GetString().ShouldBe(FieldErrorCodes.Unknown);
        text.ShouldNotContain("wwwwwwwwww", Case.Sensitive, "problems never echo what was sent");
        (await _app.SignalCountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Post_CountyOutsideKenya_AndNothingReported_AreRefused()
    {
        using var client = _app.CreateClient();

        var county = await client.PostReportAsync(new { categories = new[] { "unpaid" }, country = "SAU", county = "001" });
        var empty = await client.PostReportAsync(new { description = "   ", city = "Doha" });

        using var countyJson = JsonDocument.Parse(await county.Content.ReadAsStringAsync());
        countyJson.RootElement.GetProperty("codes").GetProperty("county")[0].GetString().ShouldBe(FieldErrorCodes.NotInKenya);
        using var emptyJson = JsonDocument.Parse(await empty.Content.ReadAsStringAsync());
        emptyJson.RootElement.GetProperty("codes").GetProperty("categories")[0].GetString().ShouldBe(FieldErrorCodes.Required);
    }

    [Fact]
    public async Task Post_BodyOver64Kb_Is413_WithOrWithoutALength()
    {
        using var client = _app.CreateClient();
        var huge = $$"""{ "categories": ["unpaid"], "ignored": "{{new string('x', 70_000)}}" }""";

        var declared = await client.PostRawAsync(huge);
        using var chunkedContent = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(huge)));
        chunkedContent.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var chunkedRequest = new HttpRequestMessage(HttpMethod.Post, "/api/v1/reports") { Content = chunkedContent };
        chunkedRequest.Headers.TransferEncodingChunked = true;
        var chunked = await client.SendAsync(chunkedRequest);

        declared.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        chunked.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        chunked.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await _app.SignalCountAsync()).ShouldBe(0);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Post_TenConcurrentRetriesWithOneKey_MakeOneReport_AndAllGetTheSameAnswer(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = new LindaAppFactory(db);
        var report = ReportKit.ValidReport(idempotencyKey: "retry-" + Guid.NewGuid().ToString("N"));
        var clients = Enumerable.Range(0, 10).Select(_ => app.CreateClient()).ToList();

        var responses = await Task.WhenAll(clients.Select(c => c.PostReportAsync(report)));

        responses.Select(r => r.StatusCode).ShouldAllBe(s => s == HttpStatusCode.Created);
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync()));
        bodies.Distinct().Count().ShouldBe(1, string.Join("\n", bodies));
        (await app.SignalCountAsync()).ShouldBe(1);
        var replay = await clients[0].PostReportAsync(report);
        (await replay.Content.ReadAsStringAsync()).ShouldBe(bodies[0]);
        replay.Headers.Location.ShouldBe(responses[0].Headers.Location);
        clients.ForEach(c => c.Dispose());
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Post_SameKeyForADifferentReport_Is409_AndStoresNothing(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = new LindaAppFactory(db);
        using var client = app.CreateClient();
        var key = "key-" + Guid.NewGuid().ToString("N");
        var (reference, _) = await client.SubmitAsync(ReportKit.ValidReport(key));

        var conflict = await client.PostReportAsync(ReportKit.ValidReport(key, description: "A different story altogether."));

        conflict.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        conflict.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var text = await conflict.Content.ReadAsStringAsync();
        text.ShouldNotContain(reference, Case.Sensitive, "the earlier report's reference is not handed out");
        text.ShouldNotContain("different story");
        (await app.SignalCountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task WrongMethod_Is405ProblemDetails_NotASignInPage()
    {
        using var client = _app.CreateClient();

        var get = await client.GetAsync("/api/v1/reports");
        var delete = await client.DeleteAsync("/api/v1/reports/LR-2222-2222/status");

        get.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        get.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        delete.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task OpenApi_DescribesTheReportEndpoints()
    {
        using var client = _app.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var paths = document.RootElement.GetProperty("paths");
        var post = paths.GetProperty("/api/v1/reports").GetProperty("post");
        post.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _).ShouldBeTrue();
        post.GetProperty("responses").TryGetProperty("201", out _).ShouldBeTrue();
        post.GetProperty("responses").TryGetProperty("409", out _).ShouldBeTrue();
        paths.GetProperty("/api/v1/reports/{reference}/status").GetProperty("get").GetProperty("responses").TryGetProperty("404", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Post_HostileText_IsStoredInert()
    {
        using var client = _app.CreateClient();
        const string hostile = "'); DROP TABLE \"Signals\"; -- <script>alert(1)</script>";

        var (reference, _) = await client.SubmitAsync(new { description = hostile, city = hostile });

        (await _app.SignalAsync(reference)).Description.ShouldBe(hostile);
        (await _app.QueryAsync(db => db.Signals.CountAsync())).ShouldBe(1);
    }
}
