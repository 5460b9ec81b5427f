using System.Net;
using System.Text.RegularExpressions;
using Linda.Core.Intake;
using Linda.Core.Triage;
using Linda.Web.Features.Intake;
using Linda.Web.Tests.Admin;
using Linda.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Case = Shouldly.Case;

namespace Linda.Web.Tests.Intake;

/// <summary>The public report form at /report: a person reports without an account, in English or Kiswahili.</summary>
public sealed partial class ReportFormTests
{
    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Form_InEnglish_StoresTheReport_AndShowsReferenceAndCodeOnce(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = new LindaAppFactory(db);
        using var client = app.CreateBrowserClient();

        var response = await client.PostReportFormAsync(ReportKit.FullForm());

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        response.RedirectTarget().ShouldBe("/report/received", "nothing about the report travels in the URL");
        var confirmation = await client.FollowAsync(response);
        var (reference, code) = ReportKit.ReceiptIn(confirmation);
        reference.ShouldMatch("^LR-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$");
        ReferenceCodes.NormaliseSecret(code).ShouldBe(code);
        confirmation.ShouldContain("We cannot show the follow-up code again.");
        confirmation.ShouldContain("0800 222 223");
        confirmation.ShouldContain("data-testid=\"urgent\"", Case.Sensitive, "locked in and threatened is P1: the page says the team was alerted");
        confirmation.ShouldContain("Our team has been alerted now.");

        var signal = await app.SignalAsync(reference);
        signal.Channel.ShouldBe(SignalChannel.Web);
        signal.Language.ShouldBe("en");
        signal.ReporterRelation.ShouldBe("family");
        signal.Categories.ShouldBe("locked_in,threatened");
        signal.SuggestedUrgency.ShouldBe(Urgency.P1);
        signal.Country.ShouldBe("SAU");
        signal.City.ShouldBe("Testville-Riyadh");
        signal.Since.ShouldBe(new DateOnly(2026, 10, 1));
        signal.PersonName.ShouldBe("Zawadi Testcase");
        signal.PersonPhone.ShouldBe("+254712345678");
        signal.ContactChannel.ShouldBe("whatsapp");
        signal.TimeZone.ShouldBe("Asia/Riyadh");
        signal.DoNotCall.ShouldBeTrue();
        signal.NoMessages.ShouldBeFalse();
        signal.ConsentToFollowUp.ShouldBeTrue();
        signal.CodeWordHash.ShouldNotBeNull();
        (await client.GetStatusAsync(reference, code)).StatusCode.ShouldBe(HttpStatusCode.OK, "the code shown is the one stored");

        var again = await client.GetHtmlAsync("/report/received");
        again.ShouldNotContain(reference);
        again.ShouldNotContain(code);
        again.ShouldContain("shown only once");
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Form_InKiswahili_AnswersInKiswahili_AndStoresTheLanguage(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = new LindaAppFactory(db);
        using var client = app.CreateBrowserClient();

        var form = await client.GetHtmlAsync("/report?culture=sw");
        var response = await client.PostReportFormAsync(
            [("Input.Categories", "unpaid"), ("Input.Description", "Sijalipwa mshahara kwa miezi mitatu."), ("Input.Country", "ARE")], "sw");
        var confirmation = await client.FollowAsync(response);

        form.ShouldContain("<html lang=\"sw\">");
        form.ShouldContain("Nini kinaendelea?");
        form.ShouldContain("Halipwi mshahara");
        form.ShouldContain("<option value=\"SAU\">Saudia</option>", Case.Sensitive, "countries are named in Kiswahili");
        confirmation.ShouldContain("Ripoti yako imetumwa");
        confirmation.ShouldContain("Hatuwezi kuonyesha msimbo wa ufuatiliaji tena.");
        confirmation.ShouldNotContain("data-testid=\"urgent\"", Case.Sensitive, "unpaid wages are not P1");
        var (reference, _) = ReportKit.ReceiptIn(confirmation);
        var signal = await app.SignalAsync(reference);
        signal.Language.ShouldBe("sw");
        signal.SuggestedUrgency.ShouldBe(Urgency.P3);
    }

    [Fact]
    public async Task Form_PressedTwice_MakesOneReport_AndBothAnswersShowTheSameReference()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = new LindaAppFactory(db);
        using var client = app.CreateBrowserClient();
        var (html, token) = await client.GetFormAsync("/report");
        var key = ReportKit.IdempotencyKeyIn(html);

        var first = await client.PostReportFormAsync(ReportKit.FullForm(), token, key);
        var firstPage = await client.FollowAsync(first);
        var second = await client.PostReportFormAsync(ReportKit.FullForm(), token, key);
        var secondPage = await client.FollowAsync(second);

        ReportKit.ReceiptIn(secondPage).ShouldBe(ReportKit.ReceiptIn(firstPage));
        (await app.SignalCountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Form_SentThenChangedAndSentAgain_AsksFirst_ThenMakesANewReport()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = new LindaAppFactory(db);
        using var client = app.CreateBrowserClient();
        var (html, token) = await client.GetFormAsync("/report");
        var key = ReportKit.IdempotencyKeyIn(html);
        await client.FollowAsync(await client.PostReportFormAsync([("Input.Categories", "unpaid")], token, key));

        List<(string, string)> changed = [("Input.Categories", "stranded"), ("Input.City", "Changed-Town")];
        var asked = await client.PostReportFormAsync(changed, token, key);
        var askedPage = await asked.HtmlAsync();
        var sentAgain = await client.PostReportFormAsync(changed, token, ReportKit.IdempotencyKeyIn(askedPage));

        asked.StatusCode.ShouldBe(HttpStatusCode.OK);
        askedPage.ShouldContain("data-testid=\"already-sent\"");
        askedPage.ShouldContain("value=\"Changed-Town\"");
        askedPage.ShouldContain("id=\"categories-stranded\" name=\"Input.Categories\" value=\"stranded\" checked=\"checked\"");
        ReportKit.IdempotencyKeyIn(askedPage).ShouldNotBe(key);
        sentAgain.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.SignalCountAsync()).ShouldBe(2);
    }

    [Fact]
    public async Task Form_WithNothingToReport_AsksForCategoriesOrDescription()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = new LindaAppFactory(db);
        using var client = app.CreateBrowserClient();

        var response = await client.PostReportFormAsync([("Input.City", "Only-A-City")]);
        var html = await response.HtmlAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        ReportKit.FieldErrorIn(html, "categories").ShouldBe("Tick at least one thing that is happening, or describe it.");
        html.ShouldContain("data-testid=\"error-summary\"");
        html.ShouldContain("href=\"#categories-locked_in\"");
        html.ShouldContain("value=\"Only-A-City\"");
        (await app.SignalCountAsync()).ShouldBe(0);
    }

    [Theory]
    [InlineData("en", "This is not a phone number we can use.", "Choose a country from the list.", "A county is only for places in Kenya.", "This is too long. Use at most 100 characters.", "The date cannot be in the future.", "Choose a time zone from the list.")]
    [InlineData("sw", "Hii si nambari ya simu tunayoweza kutumia.", "Chagua nchi kutoka kwenye orodha.", "Kaunti ni kwa maeneo ya Kenya tu.", "Hii ni ndefu mno. Tumia herufi zisizozidi 100.", "Tarehe haiwezi kuwa ya siku zijazo.", "Chagua saa za eneo kutoka kwenye orodha.")]
    public async Task Form_InvalidAnswers_AreShownAtEachFieldInTheReadersLanguage_AndNothingTypedIsLost(
        string culture, string phone, string country, string county, string tooLong, string future, string timeZone)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = new LindaAppFactory(db);
        using var client = app.CreateBrowserClient();
        var longCity = new string('c', 101);

        var response = await client.PostReportFormAsync(
        [
            ("Input.Categories", "documents_taken"), ("Input.Description", "They took my passport & phone <b>yesterday</b>."),
            ("Input.PersonPhone", "call me maybe"), ("Input.Country", "XXX"), ("Input.County", "047"), ("Input.City", longCity),
            ("Input.Since", "2999-01-01"), ("Input.TimeZone", "Mars/Olympus_Mons"), ("Input.PersonName", "Amani Fictional"),
            ("Input.CodeWord", "blue-heron"), ("Input.DoNotCall", "true"), ("Input.ReporterRelation", "friend"),
        ], culture);
        var html = await response.HtmlAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        ReportKit.FieldErrorIn(html, "personPhone")!.ShouldStartWith(phone);
        ReportKit.FieldErrorIn(html, "country").ShouldBe(country);
        ReportKit.FieldErrorIn(html, "city").ShouldBe(tooLong);
        ReportKit.FieldErrorIn(html, "since").ShouldBe(future);
        ReportKit.FieldErrorIn(html, "contact.timeZone").ShouldBe(timeZone);
        ReportKit.FieldErrorIn(html, "categories").ShouldBeNull();
        html.ShouldContain("aria-describedby=\"personPhone-hint personPhone-error\" aria-invalid=\"true\"");
        // Every answer is still there.
        html.ShouldContain("value=\"call me maybe\"");
        html.ShouldContain($"value=\"{longCity}\"");
        html.ShouldContain("value=\"2999-01-01\"");
        html.ShouldContain("value=\"Amani Fictional\"");
        html.ShouldContain("value=\"blue-heron\"");
        html.ShouldContain("They took my passport & phone <b>yesterday</b>.</textarea>");
        html.ShouldContain("value=\"047\" selected=\"selected\"");
        html.ShouldContain("id=\"categories-documents_taken\" name=\"Input.Categories\" value=\"documents_taken\" checked=\"checked\"");
        html.ShouldContain("id=\"reporterRelation-friend\" name=\"Input.ReporterRelation\" value=\"friend\" checked=\"checked\"");
        html.ShouldContain("id=\"contact-doNotCall\" name=\"Input.DoNotCall\" value=\"true\" checked=\"checked\"");
        (await app.SignalCountAsync()).ShouldBe(0);

        // With Kenya chosen the county is fine.
        var county047 = await client.PostReportFormAsync([("Input.Categories", "unpaid"), ("Input.Country", "SAU"), ("Input.County", "047")], culture);
        ReportKit.FieldErrorIn(await county047.HtmlAsync(), "county")!.ShouldStartWith(county);
    }

    [Fact]
    public async Task Form_HtmlAndScriptInText_IsStoredAsTyped_AndAlwaysRenderedEscaped()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = new LindaAppFactory(db);
        using var client = app.CreateBrowserClient();
        const string hostile = "<script>alert('x')</script><img src=x onerror=alert(1)> \"quoted\"";

        var refused = await client.PostReportFormAsync([("Input.Description", hostile), ("Input.PersonName", hostile), ("Input.PersonPhone", "not a phone")]);
        var refusedRaw = await refused.Content.ReadAsStringAsync();
        var accepted = await client.PostReportFormAsync([("Input.Description", hostile), ("Input.PersonName", hostile), ("Input.City", hostile)]);
        var confirmation = await client.FollowAsync(accepted);

        refusedRaw.ShouldNotContain("<script>alert");
        refusedRaw.ShouldNotContain("<img src=x");
        refusedRaw.ShouldContain("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;");
        confirmation.ShouldNotContain("alert(");
        var signal = await app.SignalAsync(ReportKit.ReceiptIn(confirmation).Reference);
        signal.Description.ShouldBe(hostile, "stored exactly as typed: inert text, escaped wherever it is shown");
        signal.PersonName.ShouldBe(hostile);
    }

    [Fact]
    public async Task Form_TamperedChoices_AreRefusedPolitely_NeverA500()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = new LindaAppFactory(db);
        using var client = app.CreateBrowserClient();

        var response = await client.PostReportFormAsync(
        [
            ("Input.Categories", "kidnapped_by_aliens"), ("Input.ReporterRelation", "boss"), ("Input.ContactChannel", "pigeon"),
            ("Input.DoNotCall", "yes please"), ("Input.Since", "last week"), ("Input.Description", "text\u0001with a control character"),
        ]);
        var html = await response.HtmlAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        ReportKit.FieldErrorIn(html, "categories").ShouldBe("Choose what is happening from the list.");
        ReportKit.FieldErrorIn(html, "reporterRelation").ShouldBe("Choose who is reporting from the list.");
        ReportKit.FieldErrorIn(html, "contact.channel").ShouldBe("Choose how to contact them from the list.");
        ReportKit.FieldErrorIn(html, "since").ShouldBe("Give the date as year-month-day, for example 2026-10-01.");
        ReportKit.FieldErrorIn(html, "description").ShouldBe("This contains characters that are not text. Please type it again.");
        html.ShouldNotContain("is not valid for", Case.Sensitive, "the model binder's English message, which would echo the value, is never shown");
    }

    [Fact]
    public async Task Form_OffersOnlyChoicesTheValidatorAccepts()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = new LindaAppFactory(db);
        using var client = app.CreateBrowserClient();

        var html = await client.GetHtmlAsync("/report");

        string[] Options(string selectId) =>
            [.. OptionValuePattern().Matches(Regex.Match(html, $"<select id=\"{selectId}\".*?</select>", RegexOptions.Singleline).Value)
                .Select(m => m.Groups[1].Value).Where(v => v.Length > 0)];
        var timeZones = Options("contact-timeZone");
        timeZones.Take(9).ShouldBe(["Africa/Nairobi", "Asia/Riyadh", "Asia/Qatar", "Asia/Dubai", "Asia/Muscat", "Asia/Kuwait", "Asia/Bahrain", "Asia/Beirut", "Asia/Amman"]);
        timeZones.ShouldContain("Etc/GMT-3");
        Options("country").Length.ShouldBeGreaterThan(240);
        Options("county").Length.ShouldBe(47);
        html.Length.ShouldBeLessThan(45_000, "the form is meant for 2G connections");
        foreach (var zone in timeZones)
        {
            ReportValidator.Validate(new ReportRequest { Categories = ["other"], Contact = new() { TimeZone = zone } }, new DateOnly(2026, 11, 28))
                .Errors.ShouldBeEmpty(zone);
        }
        foreach (var country in Options("country"))
        {
            ReportValidator.Validate(new ReportRequest { Categories = ["other"], Country = country }, new DateOnly(2026, 11, 28)).Errors.ShouldBeEmpty(country);
        }
        html.ShouldNotContain("<script>", Case.Sensitive, "the form needs no script of its own");
    }

    [Fact]
    public async Task Translations_EveryFieldMessageAndStatusHasKiswahili()
    {
        var resx = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "src", "Linda.Web", "Resources", "SharedResource.sw.resx"));

        var keys = ReportFieldMessages.AllKeys.Concat(CheckReportStatusHandler.StatusTexts.Values).ToList();

        keys.Count.ShouldBeGreaterThan(15);
        keys.Where(k => !resx.Contains($"<data name=\"{WebUtility.HtmlEncode(k)}\"", StringComparison.Ordinal)).ShouldBeEmpty();
    }

    [GeneratedRegex("<option value=\"([^\"]*)\"")]
    private static partial Regex OptionValuePattern();
}
