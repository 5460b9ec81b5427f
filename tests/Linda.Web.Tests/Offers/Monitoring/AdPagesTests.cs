using System.Net;
using Linda.Core.Offers;
using Linda.Core.Screening;
using Linda.Web.Tests.Admin;
using Linda.Web.Tests.Agencies.Feedback;
using Linda.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Tests.Offers.Monitoring;

/// <summary>The ad, operation and identifier pages: everything an officer needs to judge an ad, and nothing unsafe.</summary>
public sealed class AdPagesTests
{
    private const string Hotline = "+254800222223";

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task AdPage_ShowsFlagsExplained_Identifiers_Source_Seen_Agencies_AndOperation(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = AdArrange.App(db);
        var agency = await app.AddAgencyAsync("RA/2025/12/20", "SUNRISE GULF JOBS LIMITED");
        var source = await app.AddSourceAsync("Synthetic jobs board feed");
        var ad = await app.AddAdAsync(source, 30, string.Format(AdArrange.HighRisk, "0712 345 678"), claimed: "Sunrise Gulf Jobs",
            extra: [("phone", Hotline)], arrange: a => { a.AgencyId = agency.Id; a.SeenCount = 3; a.LastSeenAt = AdArrange.Now.UtcDateTime.AddHours(-2); });
        var sharing = await app.AddAdAsync(source, 20, string.Format(AdArrange.MediumRisk, "0712 345 678"));
        await app.LinkAsync();
        using var officer = await app.SignInOfficerAsync();
        var visaRule = OfferScreener.Default.Rules.Find("visit-visa")!;

        var page = await officer.GetHtmlAsync($"/staff/offers/ads/{ad.Id}");
        var swahili = await officer.GetHtmlAsync($"/staff/offers/ads/{ad.Id}?culture=sw");

        page.ShouldContain("data-testid=\"risk\">high<");
        page.ShouldContain(visaRule.Title.En);
        page.ShouldContain(visaRule.Explanation.En);
        swahili.ShouldContain(visaRule.Explanation.Sw, Case.Sensitive, "flag explanations follow the officer's language");
        page.ShouldContain("data-testid=\"source\">Synthetic jobs board feed");
        page.ShouldContain("data-testid=\"first-seen\">2026-11-27 03:00 UTC<");
        page.ShouldContain("data-testid=\"last-seen\">2026-11-28 07:00 UTC<");
        page.ShouldContain("data-testid=\"seen-count\">3 times<");
        page.ShouldContain("data-testid=\"claimed\">Sunrise Gulf Jobs<");
        page.ShouldContain($"<a href=\"/staff/agencies/{agency.Id}\">SUNRISE GULF JOBS LIMITED</a>");
        page.ShouldContain($"<a href=\"/staff/offers/operations/{ad.Id}\">2 ads share identifiers with this one</a>");
        var identifiers = AdminSession.TableRows(page, "identifiers");
        identifiers.ShouldContain(r => r[0] == "Phone" && r[1] == "+254712345678" && r[2] == "2" && r[3] == "yes");
        identifiers.ShouldContain(r => r[0] == "Phone" && r[1] == Hotline && r[3].StartsWith("no: common"));
        var phoneRow = await app.QueryAsync(d => d.AdIdentifiers.Where(i => i.Value == "+254712345678").MinAsync(i => i.Id));
        page.ShouldContain($"<a href=\"/staff/offers/identifiers/{phoneRow}\">+254712345678</a>");

        var shared = await officer.GetHtmlAsync($"/staff/offers/identifiers/{phoneRow}");
        shared.ShouldContain("In 2 ads.");
        shared.ShouldContain($"href=\"/staff/offers/ads/{sharing.Id}\"");
        shared.ShouldContain($"href=\"/staff/offers/ads/{ad.Id}\"");
        shared.ShouldNotContain("+254712345678\"", Case.Sensitive, "the value is never part of an address");
    }

    [Fact]
    public async Task AdPage_RendersHtmlInTheAdAsText()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = AdArrange.App(db);
        var source = await app.AddSourceAsync();
        var ad = await app.AddAdAsync(source, 1, "Jobs in Dubai <script>alert('x')</script><img src=x onerror=alert(1)> call 0712 345 678",
            title: "<b>Bold</b> offer", claimed: "<i>Agency</i>");
        await app.LinkAsync();
        using var officer = await app.SignInOfficerAsync();

        var raw = await (await officer.GetAsync($"/staff/offers/ads/{ad.Id}")).Content.ReadAsStringAsync();
        var queue = await (await officer.GetAsync("/staff/offers?risk=any")).Content.ReadAsStringAsync();

        raw.ShouldContain("&lt;script&gt;alert(");
        raw.ShouldNotContain("<script>alert");
        raw.ShouldNotContain("<img src=x");
        raw.ShouldContain("&lt;b&gt;Bold&lt;/b&gt; offer");
        raw.ShouldContain("&lt;i&gt;Agency&lt;/i&gt;");
        queue.ShouldContain("&lt;b&gt;Bold&lt;/b&gt; offer");
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task OperationPage_ShowsAdsIdentifiersNamesDestinations_TheSeveralNamesFlag_AndTheGraph(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = AdArrange.App(db);
        var source = await app.AddSourceAsync();
        var first = await app.AddAdAsync(source, 30, string.Format(AdArrange.HighRisk, "0712 345 678"), claimed: "Sunrise Gulf Jobs");
        var second = await app.AddAdAsync(source, 20, string.Format(AdArrange.MediumRisk, "hr@desert-drive.example, or call 0712 345 678"), claimed: "Bright Star Manpower");
        var third = await app.AddAdAsync(source, 10, string.Format(AdArrange.MediumRisk, "hr@desert-drive.example"), claimed: "SUNRISE GULF JOBS");
        await app.LinkAsync();
        using var officer = await app.SignInOfficerAsync();

        var page = await officer.GetHtmlAsync($"/staff/offers/operations/{first.Id}");

        page.ShouldContain("Operation of 3 ads");
        page.ShouldContain("data-testid=\"several-names\"");
        page.ShouldContain("use 2 different agency names");
        page.ShouldContain("data-testid=\"names\">Sunrise Gulf Jobs (2 ads), Bright Star Manpower (1 ad)<");
        page.ShouldContain("data-testid=\"destinations\">Qatar (2), Saudi Arabia (1)<");
        page.ShouldContain("data-testid=\"risk\">high<");
        page.ShouldContain("data-testid=\"first-seen\">2026-11-27 03:00 UTC<");
        page.ShouldContain("data-testid=\"last-seen\">2026-11-27 23:00 UTC<");
        var ads = AdminSession.TableRows(page, "operation-ads");
        ads.Count.ShouldBe(3);
        var identifiers = AdminSession.TableRows(page, "identifiers");
        identifiers.ShouldContain(r => r[1] == "+254712345678" && r[2] == "2" && r[3] == "2");
        identifiers.ShouldContain(r => r[1] == "hr@desert-drive.example" && r[2] == "2");
        // The picture: one node per ad and per identifier, a line per "ad contains identifier", and the same as a table.
        page.ShouldContain("<svg");
        page.ShouldContain("role=\"group\" aria-labelledby=\"graph-title graph-desc\"");
        foreach (var ad in new[] { first, second, third })
        {
            page.ShouldContain($"<a href=\"/staff/offers/ads/{ad.Id}\">\n                <title>");
        }
        CountOf(page, "<circle ").ShouldBe(3);
        CountOf(page, "<rect ").ShouldBe(identifiers.Count);
        var contains = await app.QueryAsync(d => d.AdIdentifiers.CountAsync());
        CountOf(page, "<line ").ShouldBe(contains);
        page.ShouldContain("Every ad and identifier of the operation.");
        AdminSession.TableRows(page, "graph-links").ShouldContain(r => r[0] == "Phone: +254712345678" && r[1].Split(", ").Length == 2);
        Figure(await officer.GetHtmlAsync($"/staff/offers/operations/{first.Id}")).ShouldBe(Figure(page), "the layout is the same every time");
    }

    [Fact]
    public async Task OperationPage_CapsTheGraphForABigOperation_AndSaysSo()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = AdArrange.App(db);
        var source = await app.AddSourceAsync();
        JobAd? first = null;
        for (var i = 0; i < 32; i++)
        {
            var ad = await app.AddAdAsync(source, 100 - i, string.Format(AdArrange.LowRisk, "www.one-operation.example") + $" Ref {i}.");
            first ??= ad;
        }
        await app.LinkAsync();
        using var officer = await app.SignInOfficerAsync();

        var page = await officer.GetHtmlAsync($"/staff/offers/operations/{first!.Id}");

        page.ShouldContain("The picture shows the first 30 of 32 ads");
        CountOf(page, "<circle ").ShouldBe(30);
        AdminSession.TableRows(page, "operation-ads").Count.ShouldBe(32);
    }

    [Theory]
    [InlineData("/staff/offers/ads/0197a5c4-1111-7000-8000-000000000001")]
    [InlineData("/staff/offers/operations/0197a5c4-1111-7000-8000-000000000001")]
    [InlineData("/staff/offers/identifiers/987654")]
    [InlineData("/staff/offers/ads/not-a-guid")]
    public async Task UnknownIds_Are404(string url)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = AdArrange.App(db);
        using var officer = await app.SignInOfficerAsync();

        (await officer.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var post = await officer.PostFieldsAsync("/staff/offers", [("label", "Benign")], "/staff/offers/ads/0197a5c4-1111-7000-8000-000000000001?handler=Label");
        post.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static string Figure(string html) =>
        html[html.IndexOf("<figure", StringComparison.Ordinal)..html.IndexOf("</figure>", StringComparison.Ordinal)];

    private static int CountOf(string text, string what)
    {
        var count = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
