using System.Net;
using Linda.Core.Identity;
using Linda.Core.Offers;
using Linda.Web.Tests.Admin;
using Linda.Web.Tests.Infrastructure;
using Linda.Web.Tests.Intake.Desk;

namespace Linda.Web.Tests.Offers.Monitoring;

/// <summary>The officer queue at /staff/offers: what it lists, in which order, its filters, and who may see it.</summary>
public sealed class OfficerQueueTests
{
    /// <summary>The ad ids the queue links to, in the order it lists them.</summary>
    private static List<Guid> Listed(string html, params JobAd[] ads) =>
        [.. ads.Where(a => html.Contains($"href=\"/staff/offers/ads/{a.Id}\"", StringComparison.Ordinal))
            .OrderBy(a => html.IndexOf($"href=\"/staff/offers/ads/{a.Id}\"", StringComparison.Ordinal)).Select(a => a.Id)];

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Queue_ListsHighRiskUnreviewedOperations_ByScoreThenSizeThenLastSeen_AndFilters(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = AdArrange.App(db);
        var board = await app.AddSourceAsync("Synthetic jobs board feed");
        var group = await app.AddSourceAsync("Synthetic social media export");
        var big = await app.AddAdAsync(board, 50, string.Format(AdArrange.HighRisk, "0712 345 678"));
        await app.AddAdAsync(board, 40, string.Format(AdArrange.HighRisk, "0712 345 678") + " Apply today.");
        var smallOlder = await app.AddAdAsync(board, 45, string.Format(AdArrange.HighRisk, "0722 000 111"));
        var smallNewer = await app.AddAdAsync(board, 5, string.Format(AdArrange.HighRisk, "0722 000 222"));
        var top = await app.AddAdAsync(group, 30, string.Format(AdArrange.HigherRisk, "0733 111 222"));
        var medium = await app.AddAdAsync(board, 20, string.Format(AdArrange.MediumRisk, "hr@desert-drive.example"));
        var benign = await app.AddAdAsync(board, 10, string.Format(AdArrange.HighRisk, "0744 555 666"), arrange: a => a.Label = AdLabel.Benign);
        await app.LinkAsync();
        using var officer = await app.SignInOfficerAsync();
        JobAd[] all = [big, smallOlder, smallNewer, top, medium, benign];

        var queue = await officer.GetHtmlAsync("/staff/offers");

        Listed(queue, all).ShouldBe([top.Id, big.Id, smallNewer.Id, smallOlder.Id]);
        AdminSession.TableRows(queue, "offers-queue")[1][2].ShouldBe("2 ads");
        queue.ShouldContain("href=\"/staff/offers/operations/" + big.Id + "\"");
        Listed(await officer.GetHtmlAsync("/staff/offers?risk=medium"), all).ShouldBe([top.Id, big.Id, smallNewer.Id, smallOlder.Id, medium.Id]);
        Listed(await officer.GetHtmlAsync($"/staff/offers?source={group.Id}"), all).ShouldBe([top.Id]);
        Listed(await officer.GetHtmlAsync("/staff/offers?label=benign&risk=any"), all).ShouldBe([benign.Id]);
        Listed(await officer.GetHtmlAsync("/staff/offers?destination=qat&risk=any"), all).ShouldBe([medium.Id]);
        Listed(await officer.GetHtmlAsync("/staff/offers?label=any&risk=high&p=1"), all).ShouldBe([top.Id, big.Id, smallNewer.Id, benign.Id, smallOlder.Id]);
        Listed(await officer.GetHtmlAsync("/staff/offers?p=2"), all).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("risk=extreme")]
    [InlineData("label=maybe")]
    [InlineData("source=not-a-guid")]
    [InlineData("destination=XYZ")]
    [InlineData("p=0")]
    [InlineData("p=two")]
    public async Task Queue_WithAFilterItDoesNotOffer_Is400(string query)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = AdArrange.App(db);
        using var officer = await app.SignInOfficerAsync();

        (await officer.GetAsync("/staff/offers?" + query)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Queue_SaysHowManyAdsWaitToBeLinked_AndLinksThemOnRequest()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = AdArrange.App(db);
        var source = await app.AddSourceAsync();
        var ad = await app.AddAdAsync(source, 1, string.Format(AdArrange.HighRisk, "0712 345 678"));
        using var officer = await app.SignInOfficerAsync();

        var before = await officer.GetHtmlAsync("/staff/offers");
        var relinked = await officer.PostFieldsAsync("/staff/offers", [], "/staff/offers?handler=Relink");
        var after = await officer.FollowAsync(relinked);

        before.ShouldContain("1 new ads are waiting to be linked");
        Listed(before, ad).ShouldBeEmpty();
        after.ShouldContain("Linked 1 ads into 1 operations");
        Listed(after, ad).ShouldBe([ad.Id]);
    }

    [Theory]
    [InlineData(StaffRoles.Caseworker)]
    [InlineData(StaffRoles.Supervisor)]
    [InlineData(StaffRoles.Analyst)]
    [InlineData(StaffRoles.Admin)]
    public async Task OtherRoles_AreDenied_AndCannotAct(string role)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = AdArrange.App(db);
        var source = await app.AddSourceAsync();
        var ad = await app.AddAdAsync(source, 1, string.Format(AdArrange.HighRisk, "0712 345 678"));
        await app.LinkAsync();
        var (client, _) = await app.SignInAsync(role);

        foreach (var url in new[] { "/staff/offers", $"/staff/offers/ads/{ad.Id}", $"/staff/offers/operations/{ad.Id}" })
        {
            var response = await client.GetAsync(url);
            response.RedirectTarget().ShouldStartWith("/staff/account/denied", customMessage: url);
            (await client.GetAsync(response.RedirectTarget())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }
        var label = await client.PostFieldsAsync("/staff", [("label", "ConfirmedScam")], $"/staff/offers/ads/{ad.Id}?handler=Label");
        label.RedirectTarget().ShouldStartWith("/staff/account/denied");
        (await app.QueryAsync(d => Task.FromResult(d.JobAds.Single(a => a.Id == ad.Id).Label))).ShouldBe(AdLabel.Unreviewed);
        (await client.GetHtmlAsync("/staff")).ShouldNotContain("href=\"/staff/offers\"");
    }

    [Fact]
    public async Task Officers_FindTheQueueFromTheDashboardAndTheNavigation_InBothLanguages()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = AdArrange.App(db);
        using var officer = await app.SignInOfficerAsync();

        var home = await officer.GetHtmlAsync("/staff");
        var swahili = await officer.GetHtmlAsync("/staff?culture=sw");

        home.ShouldContain("<a href=\"/staff/offers\">Job ads</a>");
        home.ShouldContain("<a href=\"/staff/offers\">Job-ad monitoring");
        swahili.ShouldContain("<a href=\"/staff/offers\">Matangazo ya kazi</a>");
    }
}
