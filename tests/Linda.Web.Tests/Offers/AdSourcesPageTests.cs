using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Linda.Core.Identity;
using Linda.Core.Offers;
using Linda.Web.Tests.Admin;
using Linda.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Tests.Offers;

/// <summary>The officers' sources pages: uploads of CSV and JSON Lines, adding feeds, a feed's page with "poll now", and who may see them.</summary>
public sealed class AdSourcesPageTests
{
    private const string Sources = "/staff/offers/sources";

    private static async Task<(HttpClient Client, Guid OfficerId)> SignInOfficerAsync(LindaAppFactory app)
    {
        var officer = await app.CreateUserAsync(StaffRoles.OversightOfficer, fullName: "Test Oversight Officer");
        var client = app.CreateBrowserClient();
        await client.SignInAndEnrolTwoFactorAsync(officer.Email!);
        return (client, officer.Id);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string content, string fileName, string? name = null)
    {
        var (_, token) = await client.GetFormAsync(Sources);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        if (name is not null)
        {
            form.Add(new StringContent(name), "sourceName");
        }
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.PostAsync($"{Sources}?handler=Upload", form);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task UploadCsv_TakesTheGoodLines_AndListsTheSkippedOnesWithTheirLineNumbers(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = AdMonitoringKit.App(db);
        var (client, officerId) = await SignInOfficerAsync(app);
        using var _ = client;
        var csv = "ID,Title,TEXT,Url,Date\n"
            + "a1,Housemaids,\"HOUSEMAIDS NEEDED IN RIYADH! Registration fee KES 45,000. Travel on a visit visa.\",https://jobs-example.test/ads/1,2026-11-20\n"
            + "a2,Empty,,https://jobs-example.test/ads/2,2026-11-20\n"
            + "a3,Drivers,\"Drivers wanted in Dubai, apply with your CV.\",https://jobs-example.test/ads/3,not a date\n"
            + "a4,Cooks,\"Cooks wanted in Doha, contract signed before travel.\",,2026-11-21T09:30:00Z\n"
            + "a5,Same,\"Another text\",https://www.jobs-example.test/ads/1/?utm_source=x,\n";

        var response = await UploadAsync(client, csv, "synthetic-ads.csv", "Board export 28 Nov");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.HtmlAsync();
        html.ShouldContain("2 new, 1 seen again, 2 skipped.");
        AdminSession.TableRows(html, "rejected").Select(r => $"{r[0]}: {r[1]}").ShouldBe(
        [
            "3: No text.",
            "4: The published date is not a date (expected e.g. 2026-11-28 or 2026-11-28T09:30:00Z).",
        ]);
        var source = await app.QueryAsync(d => d.AdSources.AsNoTracking().SingleAsync());
        (source.Name, source.Kind, source.LastNewAds, source.LastSeenAgainAds, source.LastError, source.CreatedById)
            .ShouldBe(("Board export 28 Nov", AdSourceKind.File, 2, 1, (string?)null, (Guid?)officerId));
        var ads = await app.QueryAsync(d => d.JobAds.AsNoTracking().OrderBy(a => a.PublishedAt).ToListAsync());
        ads.Select(a => (a.Title, a.SeenCount, a.PublishedAt)).ShouldBe(
        [
            ("Housemaids", 2, new DateTime(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc)),
            ("Cooks", 1, new DateTime(2026, 11, 21, 9, 30, 0, DateTimeKind.Utc)),
        ]);
        var list = await client.GetHtmlAsync(Sources);
        AdminSession.TableRows(list, "files").Single().Take(1).Concat(AdminSession.TableRows(list, "files").Single().Skip(2))
            .ShouldBe(["Board export 28 Nov", "2", "1", ""]);
        var page = await client.GetHtmlAsync($"{Sources}/{source.Id}");
        page.ShouldContain("2 new, 1 seen again");
        foreach (var ad in ads)
        {
            page.ShouldContain($"href=\"/staff/offers/ads/{ad.Id}\"");
        }
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task UploadJsonLines_TakesTheGoodLines_AndSaysWhatIsWrongWithTheOthers(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = AdMonitoringKit.App(db);
        var (client, _) = await SignInOfficerAsync(app);
        using var __ = client;
        var jsonl = """
            {"id": 1, "text": "Housemaids needed in Riyadh, registration fee KES 45,000, travel on a visit visa.", "url": "https://jobs-example.test/ads/1", "published": "2026-11-20T08:00:00Z"}
            {"id": 2, "text": "Housemaids needed in Riyadh, registration fee KES 45,000, travel on a visit visa. 🔥"}
            not json at all

            {"id": 4, "text": 42}
            ["an array"]
            {"id": 6, "title": "no text here"}
            {"id": 7, "text": "Security guards wanted in Muscat; contract signed in Nairobi before travel.", "url": "mailto:someone@example.test"}
            {"id": 8, "text": "Security guards wanted in Muscat; contract signed in Nairobi before travel.", "title": "Guards"}
            """;

        var html = await (await UploadAsync(client, jsonl, "ads.jsonl")).HtmlAsync();

        html.ShouldContain("2 new, 1 seen again, 5 skipped.");
        AdminSession.TableRows(html, "rejected").Select(r => $"{r[0]}: {r[1]}").ShouldBe(
        [
            "3: Not valid JSON.",
            "5: \"text\" must be a string.",
            "6: Each line must be a JSON object such as { \"text\": \"…\" }.",
            "7: No text.",
            "8: The address is not an http or https address.",
        ]);
        (await app.QueryAsync(d => d.AdSources.AsNoTracking().SingleAsync())).Name.ShouldBe("ads.jsonl");
    }

    [Theory]
    [InlineData("", "ads.csv", "Choose a .csv or .jsonl file of ads.")]
    [InlineData("text\nan ad", "ads.xlsx", "The file must be a .csv (with a header row) or a .jsonl (one JSON object per line).")]
    [InlineData("title,url\nan ad,https://jobs-example.test/1", "ads.csv", "The header row has no \"text\" column. Expected columns: text, title, url, published, date, id (only text is required).")]
    [InlineData("text\n", "ads.csv", null)]
    public async Task Upload_UnusableFile_IsRefusedWithAMessage_AndNothingIsStored(string content, string fileName, string? message)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = AdMonitoringKit.App(db);
        var (client, _) = await SignInOfficerAsync(app);
        using var __ = client;

        var response = await UploadAsync(client, content, fileName);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.HtmlAsync();
        if (message is null)
        {
            // A header and nothing else: an upload of no ads, recorded as such.
            html.ShouldContain("0 new, 0 seen again, 0 skipped.");
            (await app.QueryAsync(d => d.AdSources.SingleAsync())).LastError.ShouldBe("No ad could be imported: every line was skipped.");
            return;
        }
        html.ShouldContain($"data-testid=\"file-error\">{message}</p>");
        (await app.QueryAsync(d => d.AdSources.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Upload_TooManyAdsOrTooLarge_IsRefused()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = AdMonitoringKit.App(db);
        var (client, _) = await SignInOfficerAsync(app);
        using var __ = client;
        var many = "text\n" + string.Concat(Enumerable.Range(1, 5001).Select(i => $"ad {i}\n"));
        var large = "text\n" + new string('x', 5 * 1024 * 1024);

        var tooMany = await (await UploadAsync(client, many, "many.csv")).HtmlAsync();
        var tooLarge = await (await UploadAsync(client, large, "large.csv")).HtmlAsync();

        tooMany.ShouldContain("The file has more than 5,000 ads. Split it into smaller files.");
        tooLarge.ShouldContain("The file is larger than 5 MB. Split it into smaller files.");
        (await app.QueryAsync(d => d.AdSources.CountAsync())).ShouldBe(0);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task AddFeed_InvalidFields_AreNamed_AndAValidFeedIsAddedAndListed(DatabaseKind kind)
    {
        await using var server = await FeedServer.StartAsync();
        server.Serve("/rss", new FeedServer.Document(FeedPollingTests.Rss, "application/rss+xml"));
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = AdMonitoringKit.App(db);
        var (client, officerId) = await SignInOfficerAsync(app);
        using var _ = client;

        var empty = await (await client.PostFieldsAsync(Sources, [("Feed.Name", ""), ("Feed.Address", ""), ("Feed.PollMinutes", "60")], $"{Sources}?handler=AddFeed")).HtmlAsync();
        var wrong = await (await client.PostFieldsAsync(Sources,
            [("Feed.Name", new string('n', 201)), ("Feed.Address", "ftp://feeds-example.test/rss"), ("Feed.PollMinutes", "1")], $"{Sources}?handler=AddFeed")).HtmlAsync();
        var secret = await (await client.PostFieldsAsync(Sources,
            [("Feed.Name", "Board"), ("Feed.Address", "https://user:pass@feeds-example.test/rss"), ("Feed.PollMinutes", "abc")], $"{Sources}?handler=AddFeed")).HtmlAsync();
        var added = await client.PostFieldsAsync(Sources,
            [("Feed.Name", "Synthetic board"), ("Feed.Address", server.Address("/rss").AbsoluteUri), ("Feed.PollMinutes", "30")], $"{Sources}?handler=AddFeed");
        var again = await (await client.PostFieldsAsync(Sources,
            [("Feed.Name", "Same board"), ("Feed.Address", server.Address("/rss").AbsoluteUri), ("Feed.PollMinutes", "30")], $"{Sources}?handler=AddFeed")).HtmlAsync();

        AdminSession.FieldError(empty, "Feed.Name").ShouldBe("Give the feed a name.");
        AdminSession.FieldError(empty, "Feed.Address").ShouldBe("Enter the feed's address.");
        AdminSession.FieldError(wrong, "Feed.Name").ShouldBe("The name can have at most 200 characters.");
        AdminSession.FieldError(wrong, "Feed.Address").ShouldBe("Enter an address that starts with http:// or https://.");
        AdminSession.FieldError(wrong, "Feed.PollMinutes").ShouldBe("Poll every 5 to 1,440 minutes (a day).");
        AdminSession.FieldError(secret, "Feed.Address").ShouldBe("Do not put a user name or password in the address.");
        AdminSession.FieldError(secret, "Feed.PollMinutes").ShouldNotBeEmpty();
        AdminSession.FieldError(again, "Feed.Address").ShouldBe("This feed is already monitored.");
        var feedPage = added.RedirectTarget();
        feedPage.ShouldMatch("^/staff/offers/sources/[0-9a-f-]{36}$");
        var feed = await app.QueryAsync(d => d.AdSources.AsNoTracking().SingleAsync());
        (feed.Name, feed.Kind, feed.Enabled, feed.PollMinutes, feed.CreatedById).ShouldBe(("Synthetic board", AdSourceKind.Feed, true, 30, (Guid?)officerId));
        feed.NextPollAt.ShouldNotBeNull();
        var page = await client.GetHtmlAsync(feedPage);
        page.ShouldContain("Feed added.");
        AdminSession.TableRows(await client.GetHtmlAsync(Sources), "feeds").Single().Take(3).ShouldBe(["Synthetic board", "yes", "30 min"]);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task FeedPage_PollNow_ShowsTheCountsAndTheAds_AndDisableStopsPolling(DatabaseKind kind)
    {
        await using var server = await FeedServer.StartAsync();
        server.Serve("/rss", new FeedServer.Document(FeedPollingTests.Rss, "application/rss+xml"));
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = AdMonitoringKit.App(db);
        var (client, _) = await SignInOfficerAsync(app);
        using var __ = client;
        var feed = await app.AddSourceAsync(AdSourceKind.Feed, server.Address("/rss").AbsoluteUri, "Synthetic board");
        var page = $"{Sources}/{feed.Id}";

        var polled = await client.FollowAsync(await client.PostFieldsAsync(page, [], $"{page}?handler=Poll"));
        var disabled = await client.FollowAsync(await client.PostFieldsAsync(page, [("enabled", "false")], $"{page}?handler=Enable"));

        polled.ShouldContain("data-testid=\"counts\">2 new, 0 seen again<");
        polled.ShouldContain("data-testid=\"last-error\">none<");
        var rows = AdminSession.TableRows(polled, "ads");
        rows.Select(r => r[0]).ShouldBe(["Drivers for Dubai", "Housemaids for Riyadh"], ignoreOrder: true);
        var ids = await app.QueryAsync(d => d.JobAds.Select(a => a.Id).ToListAsync());
        ids.ShouldAllBe(id => polled.Contains($"href=\"/staff/offers/ads/{id}\"", StringComparison.Ordinal));
        disabled.ShouldContain("Feed disabled");
        disabled.ShouldContain("data-testid=\"enabled\">no (disabled)<");
        (await app.QueryAsync(d => d.AdSources.SingleAsync())).Enabled.ShouldBeFalse();
        (await client.GetAsync($"{Sources}/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData(Sources)]
    [InlineData(Sources + "/0196f0a0-0000-7000-8000-000000000000")]
    public async Task OtherRoles_AreDenied(string path)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = AdMonitoringKit.App(db);
        var caseworker = await app.CreateUserAsync(StaffRoles.Analyst);
        using var client = app.CreateBrowserClient();
        await client.SignInAsync(caseworker.Email!);

        var response = await client.GetAsync(path);

        var denied = response.RedirectTarget();
        denied.ShouldStartWith("/staff/account/denied");
        (await client.GetAsync(denied)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetHtmlAsync("/staff")).ShouldNotContain("href=\"/staff/offers/sources\"");
    }

    [Fact]
    public async Task Officer_FindsTheSourcesFromTheStaffPages()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = AdMonitoringKit.App(db);
        var (client, _) = await SignInOfficerAsync(app);
        using var __ = client;

        var dashboard = await client.GetHtmlAsync("/staff");

        dashboard.ShouldContain("<a href=\"/staff/offers\">Job ads</a>");
        dashboard.ShouldContain("<a href=\"/staff/offers/sources\">Job-ad sources: feeds and uploaded files</a>");
        (await client.GetHtmlAsync("/staff/offers")).ShouldContain("<a href=\"/staff/offers/sources\">Sources: feeds and uploaded files</a>");
    }
}
