using System.Net;
using System.Text.RegularExpressions;
using Linda.Web.Tests.Admin;
using Linda.Web.Tests.Agencies.Feedback;
using Linda.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Tests.Offers;

/// <summary>
/// After a job-offer check, the person may choose to report the offer: the check page posts it into the agency
/// feedback form or the distress report form, pre-filled for review. Nothing is stored until that form is sent.
/// </summary>
public sealed partial class OfferHandOffTests
{
    private const string Offer =
        "HOUSEMAIDS NEEDED IN RIYADH! Msitu Demo Recruitment Agency. Registration fee KES 45,000 payable before the interview. "
        + "Travel on a visit visa, work permit on arrival. WhatsApp 0712 345 678.";

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task CheckThenHandOffToFeedback_PrefillsTheForm_AndStoresNothing(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = FeedbackArrange.App(db);
        using var client = app.CreateBrowserClient();
        var before = await CountsAsync(app);

        var check = await CheckAsync(client, Offer, agency: "", destination: "");
        var form = await HandOffAsync(client, check, "Report this agency or offer");

        form.ShouldContain("data-testid=\"from-offer\"");
        form.ShouldContain("Nothing has been sent yet");
        Textarea(form, "text").ShouldBe("The job offer I checked:\n" + Offer);
        InputValue(form, "agency-name").ShouldBe("Msitu Demo Recruitment Agency", "the agency the checker read in the offer");
        form.ShouldContain("<option value=\"SAU\" selected=\"selected\">", Case.Sensitive, "the destination the checker read in the offer");
        FormAction(form).ShouldBe("/agencies/feedback", "sending the reviewed form stores it, instead of pre-filling it again");
        (await CountsAsync(app)).ShouldBe(before, "neither the check nor the hand-off stores anything");
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task CheckThenHandOffToReport_PrefillsTheForm_AndStoresNothing(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = FeedbackArrange.App(db);
        using var client = app.CreateBrowserClient();
        var before = await CountsAsync(app);

        var check = await CheckAsync(client, Offer, agency: "Synthetic Typed Agency", destination: "QAT");
        var form = await HandOffAsync(client, check, "Report someone in danger");

        form.ShouldContain("data-testid=\"from-offer\"");
        Textarea(form, "description").ShouldBe("The job offer I checked:\n" + Offer);
        InputValue(form, "agencyName").ShouldBe("Synthetic Typed Agency", "what the person typed wins over what the checker read");
        form.ShouldContain("<option value=\"QAT\" selected=\"selected\">", Case.Sensitive, "the destination the person chose wins over the offer's");
        FormAction(form).ShouldBe("/report");
        InputValue(form, null, "Input.IdempotencyKey").ShouldStartWith("web-");
        (await CountsAsync(app)).ShouldBe(before, "neither the check nor the hand-off stores anything");
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task HandedOffFeedback_WhenSent_IsStoredWithTheOffer(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = FeedbackArrange.App(db);
        using var client = app.CreateBrowserClient();
        var form = await HandOffAsync(client, await CheckAsync(client, Offer, agency: "", destination: ""), "Report this agency or offer");

        var response = await client.PostAsync(FormAction(form), new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", Token(form)),
            new("Input.AgencyName", InputValue(form, "agency-name")),
            new("Input.Country", "SAU"),
            new("Input.Issues", "fees_asked"),
            new("Input.Text", Textarea(form, "text")),
        ]));

        var reference = FeedbackArrange.ShownReference(await response.HtmlAsync());
        var stored = await app.FeedbackAsync(reference);
        stored.AgencyNameGiven.ShouldBe("Msitu Demo Recruitment Agency");
        stored.DestinationCountry.ShouldBe("SAU");
        stored.Text.ShouldBe("The job offer I checked:\n" + Offer);
    }

    [Fact]
    public async Task CheckPage_OffersBothHandOffs_ByPost_WithTheOfferOutOfEveryAddress()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = new LindaAppFactory(db);
        using var client = app.CreateBrowserClient();

        var check = await CheckAsync(client, Offer, agency: "", destination: "");

        var handOff = Regex.Match(check, "<section[^>]*data-testid=\"hand-off\".*?</section>", RegexOptions.Singleline).Value;
        handOff.ShouldContain("<form method=\"post\"");
        handOff.ShouldContain("formaction=\"/agencies/feedback?handler=FromOffer\"");
        handOff.ShouldContain("formaction=\"/report?handler=FromOffer\"");
        foreach (Match address in Regex.Matches(check, "(?:href|action|formaction)=\"([^\"]*)\""))
        {
            address.Groups[1].Value.ShouldNotContain("RIYADH", Case.Insensitive);
        }
    }

    [Fact]
    public async Task HandOff_InKiswahili_IntroducesTheOfferInKiswahili()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = new LindaAppFactory(db);
        using var client = app.CreateBrowserClient();
        await client.GetAsync("/?culture=sw");

        var form = await HandOffAsync(client, await CheckAsync(client, Offer, agency: "", destination: ""), "Ripoti wakala huu au ofa hii");

        Textarea(form, "text").ShouldBe("Ofa ya kazi niliyokagua:\n" + Offer);
        form.ShouldContain("Bado hakuna kilichotumwa");
    }

    [Fact]
    public async Task HandOff_OfAnOfferLongerThanTheForm_CopiesItsBeginningAndSaysSo()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = new LindaAppFactory(db);
        using var client = app.CreateBrowserClient();
        var longOffer = Offer + " " + string.Join(' ', Enumerable.Repeat("Apply today for a good salary.", 600));

        var form = await HandOffAsync(client, await CheckAsync(client, longOffer, agency: "", destination: ""), "Report someone in danger");

        var description = Textarea(form, "description");
        description.Length.ShouldBeLessThanOrEqualTo(4000);
        description.ShouldStartWith("The job offer I checked:\n" + Offer);
        description.ShouldEndWith("…");
        form.ShouldContain("data-testid=\"offer-shortened\"");
    }

    [Theory]
    [InlineData("/agencies/feedback?handler=FromOffer", "id=\"text\"")]
    [InlineData("/report?handler=FromOffer", "id=\"description\"")]
    public async Task HandOff_EmptyOrTampered_OpensTheEmptyForm(string path, string textarea)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = new LindaAppFactory(db);
        using var client = app.CreateBrowserClient();

        foreach (var text in new[] { "", "a\u0001b", new string('x', 20_001) })
        {
            var response = await client.PostFieldsAsync("/job-offers/check", [("Text", text), ("Agency", "Synthetic Agency")], postUrl: path);

            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            var html = await response.HtmlAsync();
            html.ShouldContain(textarea);
            html.ShouldNotContain("data-testid=\"from-offer\"");
            html.ShouldNotContain("value=\"Synthetic Agency\"");
            html.ShouldNotContain("xxxxxxxxxx");
        }
    }

    [Theory]
    [InlineData("/agencies/feedback?handler=FromOffer", "id=\"text\"")]
    [InlineData("/report?handler=FromOffer", "id=\"description\"")]
    public async Task HandOffAddress_OpenedAgain_ByTheLanguageSwitchOrHistory_ShowsTheEmptyForm(string path, string textarea)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = new LindaAppFactory(db);
        using var client = app.CreateBrowserClient();

        var html = await client.GetHtmlAsync(path);

        html.ShouldContain(textarea);
        html.ShouldNotContain("data-testid=\"from-offer\"");
    }

    [Fact]
    public void Quote_CutsALongOfferAtAWordOrBetweenCharacters_NeverInsideOne()
    {
        var words = HandOffOfferHandlerQuote("Heading:", string.Join(' ', Enumerable.Repeat("salary", 100)), 60);
        var emoji = HandOffOfferHandlerQuote("Heading:", string.Concat(Enumerable.Repeat("😀", 100)), 60);
        var fits = HandOffOfferHandlerQuote("Heading:", "short offer", 60);

        words.ShouldBe(("Heading:\nsalary salary salary salary salary salary salary…", true));
        emoji.Text.Length.ShouldBeLessThanOrEqualTo(60);
        emoji.Text.ShouldEndWith("😀…", Case.Sensitive, "a surrogate pair is never split");
        fits.ShouldBe(("Heading:\nshort offer", false));
    }

    private static (string Text, bool Shortened) HandOffOfferHandlerQuote(string heading, string offer, int max) =>
        Linda.Web.Features.Offers.HandOffOfferHandler.Quote(heading, offer, max);

    [Theory]
    [InlineData("/agencies/feedback?handler=FromOffer")]
    [InlineData("/report?handler=FromOffer")]
    public async Task HandOff_WithoutTheAntiforgeryToken_IsRefused(string path)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = new LindaAppFactory(db);
        using var client = app.CreateBrowserClient();

        var response = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string> { ["Text"] = Offer }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private static async Task<string> CheckAsync(HttpClient client, string text, string agency, string destination)
    {
        var response = await client.PostFieldsAsync("/job-offers/check", [("Text", text), ("Agency", agency), ("Licence", ""), ("Destination", destination)]);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Presses one of the hand-off buttons of the check page: posts its form to the button's formaction.</summary>
    private static async Task<string> HandOffAsync(HttpClient client, string checkPage, string button)
    {
        var section = Regex.Match(checkPage, "<section[^>]*data-testid=\"hand-off\".*?</section>", RegexOptions.Singleline).Value;
        section.ShouldNotBeEmpty("the check page offers the hand-off");
        var fields = HiddenInput().Matches(section)
            .Select(m => new KeyValuePair<string, string>(Attribute(m.Value, "name"), Attribute(m.Value, "value")))
            .ToList();
        var action = Regex.Match(section, $"formaction=\"([^\"]+)\">{Regex.Escape(button)}</button>").Groups[1].Value;
        action.ShouldNotBeEmpty($"a button \"{button}\"");
        var response = await client.PostAsync(WebUtility.HtmlDecode(action), new FormUrlEncodedContent(fields));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    private static Task<(int Audit, int Feedback, int Signals, int Cases, int Ads)> CountsAsync(LindaAppFactory app) =>
        app.QueryAsync(async db => (
            await db.AuditEvents.CountAsync(), await db.AgencyFeedback.CountAsync(), await db.Signals.CountAsync(),
            await db.Cases.CountAsync(), await db.JobAds.CountAsync()));

    private static string Textarea(string html, string id) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"<textarea id=\"{id}\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline).Groups[1].Value).Replace("\r\n", "\n");

    private static string InputValue(string html, string? id, string? name = null)
    {
        var input = Regex.Match(html, id is not null ? $"<input[^>]*id=\"{id}\"[^>]*>" : $"<input[^>]*name=\"{Regex.Escape(name!)}\"[^>]*>").Value;
        return Attribute(input, "value");
    }

    /// <summary>Where the page's main form (the one with novalidate) is sent.</summary>
    private static string FormAction(string html) => Attribute(Regex.Match(html, "<form[^>]*novalidate[^>]*>").Value, "action");

    private static string Token(string html) =>
        Attribute(Regex.Match(html, "<input[^>]*name=\"__RequestVerificationToken\"[^>]*>").Value, "value");

    private static string Attribute(string element, string name) =>
        WebUtility.HtmlDecode(Regex.Match(element, $" {name}=\"([^\"]*)\"").Groups[1].Value);

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*>")]
    private static partial Regex HiddenInput();
}
