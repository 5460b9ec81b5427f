using Linda.Core.Offers;
using Linda.Web.Features.Offers.Monitoring;
using Linda.Web.Tests.Admin;
using Linda.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linda.Web.Tests.Offers;

/// <summary>The feed poller against a real HTTP server on this machine serving RSS 2.0 and Atom 1.0 documents.</summary>
public sealed class FeedPollingTests
{
    private const string Marker = "SYNTHETIC-CONTENT-MARKER";

    public const string Rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Synthetic jobs board</title>
            <link>https://jobs-example.test/</link>
            <description>Synthetic job ads for tests</description>
            <item>
              <title>Housemaids for Riyadh</title>
              <link>https://jobs-example.test/ads/1?utm_source=rss</link>
              <guid>https://jobs-example.test/ads/1</guid>
              <pubDate>Fri, 20 Nov 2026 08:30:00 GMT</pubDate>
              <description>&lt;p&gt;HOUSEMAIDS NEEDED IN RIYADH! Salary SAR 1,500 per month.&lt;/p&gt;&lt;p&gt;Registration fee KES 45,000 before the interview. Travel on a &lt;b&gt;visit visa&lt;/b&gt;, work permit on arrival. WhatsApp 0712 345 678.&lt;/p&gt;</description>
            </item>
            <item>
              <title>Drivers for Dubai</title>
              <link>https://jobs-example.test/ads/2</link>
              <pubDate>Sat, 21 Nov 2026 10:00:00 GMT</pubDate>
              <description>Drivers wanted…</description>
              <content:encoded><![CDATA[<div><p>Drivers wanted for a logistics firm in Dubai, two years experience.</p><script>var x = 1;</script><p>Apply with your CV &amp; a copy of your licence.</p></div>]]></content:encoded>
            </item>
          </channel>
        </rss>
        """;

    public const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://board-example.test/">
          <title>Synthetic Atom board</title>
          <id>urn:synthetic:board</id>
          <updated>2026-11-21T10:00:00Z</updated>
          <entry>
            <title type="html">Cooks &amp;amp; cleaners for Doha</title>
            <id>urn:synthetic:entry:1</id>
            <link rel="alternate" href="/jobs/cooks"/>
            <published>2026-11-21T09:00:00Z</published>
            <updated>2026-11-21T10:00:00Z</updated>
            <content type="html">&lt;p&gt;Cooks and cleaners for hotels in Doha, Qatar. No experience needed, visa guaranteed.&lt;/p&gt;</content>
          </entry>
          <entry>
            <title>Security guards</title>
            <id>https://board-example.test/jobs/guards</id>
            <updated>2026-11-22T07:15:00Z</updated>
            <summary>Security guards wanted in Muscat, Oman; contract signed in Nairobi before travel.</summary>
          </entry>
        </feed>
        """;

    private static async Task<AdSource> SourceAsync(LindaAppFactory app, Guid id) =>
        await app.QueryAsync(d => d.AdSources.AsNoTracking().SingleAsync(s => s.Id == id));

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Rss_FirstPollTakesTheItems_NextPollSendsTheETagAndGets304(DatabaseKind kind)
    {
        await using var server = await FeedServer.StartAsync();
        server.Serve("/rss", new FeedServer.Document(Rss, "application/rss+xml", ETag: "\"v1\""));
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = AdMonitoringKit.App(db);
        var feed = await app.AddSourceAsync(AdSourceKind.Feed, server.Address("/rss").AbsoluteUri);

        (await app.PollNowAsync(feed.Id)).ShouldBe(FeedPollOutcome.Polled);
        var afterFirst = await SourceAsync(app, feed.Id);
        (await app.PollNowAsync(feed.Id)).ShouldBe(FeedPollOutcome.Polled);
        var afterSecond = await SourceAsync(app, feed.Id);

        (afterFirst.LastNewAds, afterFirst.LastSeenAgainAds, afterFirst.LastError, afterFirst.ETag).ShouldBe((2, 0, null, "\"v1\""));
        afterFirst.LastPolledAt.ShouldNotBeNull();
        afterFirst.NextPollAt.ShouldBe(afterFirst.LastPolledAt!.Value.AddMinutes(afterFirst.PollMinutes));
        (afterSecond.LastNewAds, afterSecond.LastSeenAgainAds, afterSecond.LastError).ShouldBe((0, 0, null));
        server.Requests.Select(r => r.IfNoneMatch).ShouldBe([null, "\"v1\""]);
        var ads = await app.QueryAsync(d => d.JobAds.OrderBy(a => a.PublishedAt).ToListAsync());
        ads.Count.ShouldBe(2);
        ads.ShouldAllBe(a => a.SourceId == feed.Id && a.SeenCount == 1 && a.OperationId == null);
        var housemaids = ads[0];
        housemaids.Title.ShouldBe("Housemaids for Riyadh");
        housemaids.Text.ShouldBe("HOUSEMAIDS NEEDED IN RIYADH! Salary SAR 1,500 per month.\nRegistration fee KES 45,000 before the interview. Travel on a visit visa, work permit on arrival. WhatsApp 0712 345 678.");
        housemaids.Url.ShouldBe("https://jobs-example.test/ads/1?utm_source=rss");
        housemaids.PublishedAt.ShouldBe(new DateTime(2026, 11, 20, 8, 30, 0, DateTimeKind.Utc));
        housemaids.FlagCodes.Split(',').ShouldContain("visit-visa");
        // content:encoded wins over the teaser; scripts are dropped with their content.
        ads[1].Text.ShouldBe("Drivers wanted for a logistics firm in Dubai, two years experience.\nApply with your CV & a copy of your licence.");
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Atom_EntriesTaken_AndLastModifiedSentBack_ChangedItemsSeenAgain(DatabaseKind kind)
    {
        await using var server = await FeedServer.StartAsync();
        var modified = new DateTimeOffset(2026, 11, 22, 7, 15, 0, TimeSpan.Zero);
        server.Serve("/atom", new FeedServer.Document(Atom, "application/atom+xml", LastModified: modified));
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = AdMonitoringKit.App(db);
        var feed = await app.AddSourceAsync(AdSourceKind.Feed, server.Address("/atom").AbsoluteUri);

        await app.PollNowAsync(feed.Id);
        await app.PollNowAsync(feed.Id);
        var unchanged = await SourceAsync(app, feed.Id);
        // The board republishes (new date) with one entry's address changed: the text finds it again.
        server.Serve("/atom", new FeedServer.Document(Atom.Replace("/jobs/cooks", "/jobs/cooks-2", StringComparison.Ordinal), "application/atom+xml", LastModified: modified.AddHours(1)));
        await app.PollNowAsync(feed.Id);
        var changed = await SourceAsync(app, feed.Id);

        server.Requests.Select(r => r.IfModifiedSince).ShouldBe([null, "Sun, 22 Nov 2026 07:15:00 GMT", "Sun, 22 Nov 2026 07:15:00 GMT"]);
        (unchanged.LastNewAds, unchanged.LastSeenAgainAds, unchanged.LastModified).ShouldBe((0, 0, modified.UtcDateTime));
        (changed.LastNewAds, changed.LastSeenAgainAds, changed.LastModified).ShouldBe((0, 2, modified.AddHours(1).UtcDateTime));
        var ads = await app.QueryAsync(d => d.JobAds.OrderBy(a => a.PublishedAt).ToListAsync());
        ads.Select(a => (a.Title, a.Url, a.PublishedAt, a.SeenCount)).ShouldBe(
        [
            ("Cooks & cleaners for Doha", "https://board-example.test/jobs/cooks", new DateTime(2026, 11, 21, 9, 0, 0, DateTimeKind.Utc), 2),
            // No link: the entry's id is its address; no published date: its updated date.
            ("Security guards", "https://board-example.test/jobs/guards", new DateTime(2026, 11, 22, 7, 15, 0, DateTimeKind.Utc), 2),
        ]);
        ads[0].Text.ShouldBe("Cooks and cleaners for hotels in Doha, Qatar. No experience needed, visa guaranteed.");
        ads[0].Destinations.ShouldBe("QAT");
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task BrokenFeeds_RecordWhyInWords_WithoutTheContent_AndNothingElseStops(DatabaseKind kind)
    {
        await using var server = await FeedServer.StartAsync();
        server.Serve("/truncated", new FeedServer.Document($"<rss version=\"2.0\"><channel><title>{Marker}</title><item><title>{Marker}", "application/rss+xml"));
        server.Serve("/html", new FeedServer.Document($"<!DOCTYPE html><html><body><p>{Marker}</p></body></html>", "text/html"));
        server.Serve("/error", new FeedServer.Document(Marker, "text/plain", Status: 500));
        server.Serve("/huge", new FeedServer.Document(Rss.Replace("Drivers wanted…", new string('x', 10_000) + Marker, StringComparison.Ordinal), "application/rss+xml"));
        server.Serve("/good", new FeedServer.Document(Rss, "application/rss+xml"));
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = AdMonitoringKit.App(db).With("Linda:Offers:Feeds:MaxBytes", "8192");
        var truncated = await app.AddSourceAsync(AdSourceKind.Feed, server.Address("/truncated").AbsoluteUri, "a");
        var html = await app.AddSourceAsync(AdSourceKind.Feed, server.Address("/html").AbsoluteUri, "b");
        var error = await app.AddSourceAsync(AdSourceKind.Feed, server.Address("/error").AbsoluteUri, "c");
        var missing = await app.AddSourceAsync(AdSourceKind.Feed, server.Address("/missing").AbsoluteUri, "d");
        var huge = await app.AddSourceAsync(AdSourceKind.Feed, server.Address("/huge").AbsoluteUri, "e");
        // A port nobody listens on.
        var closed = await app.AddSourceAsync(AdSourceKind.Feed, "http://127.0.0.1:9/feed", "f");
        var good = await app.AddSourceAsync(AdSourceKind.Feed, server.Address("/good").AbsoluteUri, "g");

        int polled;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            polled = await scope.ServiceProvider.GetRequiredService<PollFeedsHandler>().RunDueAsync(CancellationToken.None);
        }

        polled.ShouldBe(7);
        (await SourceAsync(app, truncated.Id)).LastError.ShouldBe("The feed is not valid RSS 2.0 or Atom 1.0 (the document breaks at line 1).");
        (await SourceAsync(app, html.Id)).LastError!.ShouldStartWith("The feed is not valid RSS 2.0 or Atom 1.0");
        (await SourceAsync(app, error.Id)).LastError.ShouldBe("The feed's server answered HTTP 500 (Internal Server Error).");
        (await SourceAsync(app, missing.Id)).LastError.ShouldBe("The feed's server answered HTTP 404 (Not Found).");
        (await SourceAsync(app, huge.Id)).LastError.ShouldBe("The feed is larger than 0 MB, the most Linda reads.".Replace("0 MB", (8192 / 1024.0 / 1024.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " MB", StringComparison.Ordinal));
        (await SourceAsync(app, closed.Id)).LastError.ShouldBe("Linda could not connect to the feed's server.");
        var broken = await app.QueryAsync(d => d.AdSources.AsNoTracking().Where(s => s.Id != good.Id).ToListAsync());
        broken.ShouldAllBe(s => s.LastPolledAt != null && s.NextPollAt > s.LastPolledAt && s.LastNewAds == 0 && !s.LastError!.Contains(Marker));
        var ok = await SourceAsync(app, good.Id);
        (ok.LastNewAds, ok.LastError).ShouldBe((2, null));
        (await app.QueryAsync(d => d.JobAds.CountAsync())).ShouldBe(2);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task TwoPollers_RacingForOneFeed_PollItOnce(DatabaseKind kind)
    {
        await using var server = await FeedServer.StartAsync();
        server.Serve("/slow", new FeedServer.Document(Rss, "application/rss+xml", Delay: TimeSpan.FromMilliseconds(300)));
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = AdMonitoringKit.App(db);
        var feed = await app.AddSourceAsync(AdSourceKind.Feed, server.Address("/slow").AbsoluteUri);
        await using var first = app.Services.CreateAsyncScope();
        await using var second = app.Services.CreateAsyncScope();
        var pollers = new[] { first, second }.Select(s => s.ServiceProvider.GetRequiredService<PollFeedsHandler>()).ToList();

        var polled = await Task.WhenAll(pollers.Select(p => Task.Run(() => p.RunDueAsync(CancellationToken.None))));
        var pollNowWhileDone = await app.PollNowAsync(feed.Id);

        polled.Sum().ShouldBe(1);
        server.Requests.Count.ShouldBe(2);
        pollNowWhileDone.ShouldBe(FeedPollOutcome.Polled);
        var ads = await app.QueryAsync(d => d.JobAds.ToListAsync());
        ads.Count.ShouldBe(2);
        ads.ShouldAllBe(a => a.SeenCount == 2);
    }

    [Fact]
    public async Task ByDefault_FeedsOnThisMachineOrAPrivateNetwork_AreNotFetched()
    {
        await using var server = await FeedServer.StartAsync();
        server.Serve("/rss", new FeedServer.Document(Rss, "application/rss+xml"));
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = AdMonitoringKit.App(db, allowPrivateAddresses: false);
        var feed = await app.AddSourceAsync(AdSourceKind.Feed, server.Address("/rss").AbsoluteUri);

        await app.PollNowAsync(feed.Id);

        (await SourceAsync(app, feed.Id)).LastError.ShouldBe("The feed's address is not on the public internet (loopback and private networks are not polled).");
        server.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task BackgroundPoller_PollsAnEnabledFeedThatIsDue_AndSkipsADisabledOne()
    {
        await using var server = await FeedServer.StartAsync();
        server.Serve("/rss", new FeedServer.Document(Rss, "application/rss+xml"));
        server.Serve("/atom", new FeedServer.Document(Atom, "application/atom+xml"));
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = AdMonitoringKit.App(db).With("Linda:Offers:Feeds:PollerInterval", "00:00:00.200");
        var disabled = await app.AddSourceAsync(AdSourceKind.Feed, server.Address("/atom").AbsoluteUri, "off");
        await app.QueryAsync(d => d.AdSources.Where(s => s.Id == disabled.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.Enabled, false)));
        var feed = await app.AddSourceAsync(AdSourceKind.Feed, server.Address("/rss").AbsoluteUri, "on");

        var until = DateTime.UtcNow.AddSeconds(30);
        while ((await SourceAsync(app, feed.Id)).LastPolledAt is null)
        {
            DateTime.UtcNow.ShouldBeLessThan(until, "the poller did not poll the feed");
            await Task.Delay(100);
        }

        (await SourceAsync(app, feed.Id)).LastNewAds.ShouldBe(2);
        (await SourceAsync(app, disabled.Id)).LastPolledAt.ShouldBeNull();
        server.Requests.ShouldAllBe(r => r.Path == "/rss");
    }
}
