using System.Net;
using System.Text.Json;
using Linda.Core.Intake;
using Linda.Data;
using Linda.Web.Tests.Admin;
using Linda.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Case = Shouldly.Case;

namespace Linda.Web.Tests.Intake;

/// <summary>A reporter checks their report with its reference and follow-up code, and learns nothing without both.</summary>
public sealed class ReportStatusTests
{
    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Status_WithTheRightCode_SaysWhereTheReportIsInPlainWords_WithoutPersonalDetails(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = new LindaAppFactory(db);
        using var client = app.CreateClient();
        var (reference, code) = await client.SubmitAsync(new
        {
            categories = new[] { "unpaid" },
            description = "Employer Fictional-Household keeps my salary.",
            personName = "Neema Syntheticperson",
            personPhone = "+966 50 123 4567",
            city = "Jeddah",
        });

        var received = await client.GetStatusAsync(reference, code);
        var text = await received.Content.ReadAsStringAsync();
        var inKiswahili = await client.GetStatusAsync(reference.ToLowerInvariant().Replace("-", " "), code.ToLowerInvariant(), "sw");

        received.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(text);
        json.RootElement.GetProperty("reference").GetString().ShouldBe(reference);
        json.RootElement.GetProperty("status").GetString().ShouldBe("received");
        json.RootElement.GetProperty("statusText").GetString().ShouldBe("We have received the report. It is waiting for the hotline team.");
        json.RootElement.GetProperty("updatedAt").GetDateTime().ShouldBeInRange(DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1));
        foreach (var personal in new[] { "Neema", "Syntheticperson", "501234567", "Jeddah", "salary", "Fictional" })
        {
            text.ShouldNotContain(personal);
        }
        inKiswahili.StatusCode.ShouldBe(HttpStatusCode.OK, "codes are read in any case and spacing");
        (await inKiswahili.Content.ReadAsStringAsync()).ShouldContain("Tumepokea ripoti.");
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Status_FollowsTheSignalThroughTheDesk_AndAMergedReportShowsTheOneItJoined(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = new LindaAppFactory(db);
        using var client = app.CreateClient();
        var (reference, code) = await client.SubmitAsync(new { categories = new[] { "stranded" } });
        var (otherReference, _) = await client.SubmitAsync(new { categories = new[] { "stranded" }, description = "Same person, reported by her brother." });

        async Task<string> StatusAfter(Action<Signal, Signal> change)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var context = scope.ServiceProvider.GetRequiredService<LindaDbContext>();
            var signal = await context.Signals.SingleAsync(s => s.Reference == reference);
            var other = await context.Signals.SingleAsync(s => s.Reference == otherReference);
            change(signal, other);
            await context.SaveChangesAsync();
            using var json = JsonDocument.Parse(await (await client.GetStatusAsync(reference, code)).Content.ReadAsStringAsync());
            return json.RootElement.GetProperty("status").GetString()!;
        }

        (await StatusAfter((s, _) => s.Status = SignalStatus.InProgress)).ShouldBe("in_progress");
        (await StatusAfter((s, _) => s.Status = SignalStatus.LinkedToCase)).ShouldBe("following_up");
        (await StatusAfter((s, _) => s.Status = SignalStatus.Resolved)).ShouldBe("closed");
        (await StatusAfter((s, _) => s.Status = SignalStatus.ClosedNonActionable)).ShouldBe("closed");
        (await StatusAfter((s, o) => { s.Status = SignalStatus.Merged; s.MergedIntoId = o.Id; o.Status = SignalStatus.LinkedToCase; })).ShouldBe("following_up");
        (await StatusAfter((_, o) => o.Status = SignalStatus.InProgress)).ShouldBe("in_progress");
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Status_WrongCodeOrWrongReference_GetTheIdentical404(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = new LindaAppFactory(db);
        using var client = app.CreateClient();
        var (reference, code) = await client.SubmitAsync(new { categories = new[] { "unpaid" } });
        var (otherReference, otherCode) = await client.SubmitAsync(new { categories = new[] { "missing" } });
        var wrongCode = code == "2222-2222" ? "3333-3333" : "2222-2222";

        HttpResponseMessage[] misses =
        [
            await client.GetStatusAsync(reference, wrongCode),
            await client.GetStatusAsync("LR-2222-2222", code),
            await client.GetStatusAsync(reference, otherCode),
            await client.GetStatusAsync(otherReference, code),
            await client.GetStatusAsync(reference, null),
            await client.GetStatusAsync("not-a-reference", "<script>"),
            await client.GetStatusAsync(reference, new string('A', 5000)),
        ];

        var bodies = new List<string>();
        foreach (var miss in misses)
        {
            miss.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            miss.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            bodies.Add(await miss.Content.ReadAsStringAsync());
        }
        bodies.Distinct().ShouldHaveSingleItem();
        bodies[0].ShouldNotContain(reference);
    }

    [Fact]
    public async Task Status_RepeatedWrongGuesses_Are429ForThatClient_EvenWithTheRightCode_ButRightChecksNeverCount()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = new LindaAppFactory(db)
            .With("Linda:RateLimits:ReportStatusFailures", "3")
            .With("Linda:TrustForwardedHeaders", "true");
        using var client = app.CreateClient();
        var (reference, code) = await client.SubmitAsync(new { categories = new[] { "unpaid" } });

        async Task<HttpResponseMessage> From(string address, string followUpCode)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/reports/{reference}/status");
            request.Headers.Add("X-Follow-Up-Code", followUpCode);
            request.Headers.Add("X-Forwarded-For", address);
            return await client.SendAsync(request);
        }

        for (var i = 0; i < 6; i++)
        {
            (await From("197.248.0.1", code)).StatusCode.ShouldBe(HttpStatusCode.OK, "checking one's own report is never limited");
        }
        for (var i = 0; i < 3; i++)
        {
            (await From("197.248.0.1", "2222-222" + (i + 2))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }
        var limited = await From("197.248.0.1", code);

        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(60);
        limited.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await From("41.90.0.2", code)).StatusCode.ShouldBe(HttpStatusCode.OK, "another client has its own allowance");
    }

    [Theory]
    [InlineData("en", "We have received the report.", "We could not find a report")]
    [InlineData("sw", "Tumepokea ripoti.", "Hatukupata ripoti")]
    public async Task StatusPage_PostsReferenceAndCode_InTheBodyOnly(string culture, string received, string notFound)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = new LindaAppFactory(db);
        using var api = app.CreateClient();
        var (reference, code) = await api.SubmitAsync(new { categories = new[] { "unpaid" } });
        using var browser = app.CreateBrowserClient();
        await browser.GetAsync("/report/status?culture=" + culture);

        var right = await browser.PostFieldsAsync("/report/status", [("Reference", reference), ("Code", code)]);
        var rightHtml = await right.HtmlAsync();
        var wrong = await browser.PostFieldsAsync("/report/status", [("Reference", reference), ("Code", "2222-2222")]);
        var wrongHtml = await wrong.HtmlAsync();

        right.StatusCode.ShouldBe(HttpStatusCode.OK);
        rightHtml.ShouldContain("data-status=\"received\"");
        rightHtml.ShouldContain(received);
        rightHtml.ShouldContain(reference);
        rightHtml.ShouldNotContain($"value=\"{code}\"", Case.Sensitive, "the code is never written back into the page");
        wrongHtml.ShouldContain(notFound);
        wrongHtml.ShouldNotContain("data-status=");
        (await browser.GetHtmlAsync("/report/status")).ShouldContain("<form method=\"post\"");
    }

    [Fact]
    public async Task StatusPage_RepeatedWrongGuesses_ShowAPoliteWaitWith429()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = new LindaAppFactory(db).With("Linda:RateLimits:ReportStatusFailures", "2");
        using var browser = app.CreateBrowserClient();

        await browser.PostFieldsAsync("/report/status", [("Reference", "LR-2222-2222"), ("Code", "2222-2222")]);
        await browser.PostFieldsAsync("/report/status", [("Reference", "LR-2222-2223"), ("Code", "2222-2222")]);
        var limited = await browser.PostFieldsAsync("/report/status", [("Reference", "LR-2222-2224"), ("Code", "2222-2222")]);

        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        limited.Headers.Contains("Retry-After").ShouldBeTrue();
        (await limited.HtmlAsync()).ShouldContain("Too many wrong tries. Please wait 15 minutes");
    }
}
