using Linda.Core.Auditing;
using Linda.Core.Offers;
using Linda.Core.Screening;
using Linda.Web.Tests.Admin;
using Linda.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Tests.Offers;

/// <summary>Ad ingestion, shared by uploads, feeds and the command line: checks, de-duplication, screening, identifiers, registry links, audit.</summary>
public sealed class AdIngestionTests
{
    private const string Housemaids =
        "HOUSEMAIDS NEEDED IN RIYADH! Salary SAR 1,500 per month. Registration fee KES 45,000 payable before the interview. "
        + "Travel on a visit visa, work permit on arrival. WhatsApp 0712 345 678.";

    private const string Drivers = "Drivers wanted for a logistics firm in Dubai, two years experience, apply with your CV and a copy of your licence.";

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task SameAddress_WrittenDifferently_IsOneAdSeenAgain(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = AdMonitoringKit.App(db);
        var source = await app.AddSourceAsync();

        var first = await app.IngestAsync(source.Id, new IncomingAd(1, Housemaids, Url: "https://www.jobs-example.test/ads/17?utm_source=fb&fbclid=abc"));
        var again = await app.IngestAsync(source.Id,
            new IncomingAd(1, Drivers, Url: "http://jobs-example.test/ads/17/"),
            new IncomingAd(2, "A wholly different text for the same address.", Url: "HTTPS://JOBS-EXAMPLE.TEST/ads/17#apply"));

        (first.New, first.SeenAgain).ShouldBe((1, 0));
        (again.New, again.SeenAgain).ShouldBe((0, 2));
        var ads = await app.QueryAsync(d => d.JobAds.ToListAsync());
        ads.Count.ShouldBe(1);
        ads[0].SeenCount.ShouldBe(3);
        ads[0].Text.ShouldBe(Housemaids);
        ads[0].Url.ShouldBe("https://www.jobs-example.test/ads/17?utm_source=fb&fbclid=abc");
        ads[0].UrlHash.ShouldBe(AdAddress.Key("https://jobs-example.test/ads/17"));
        ads[0].OperationId.ShouldBeNull();
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task NearIdenticalText_IsSeenAgain_AndGetsTheAddressItLacked(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = AdMonitoringKit.App(db);
        var source = await app.AddSourceAsync();
        await app.IngestAsync(source.Id, new IncomingAd(1, Housemaids));

        var repost = await app.IngestAsync(source.Id,
            new IncomingAd(1, Housemaids.Replace("RIYADH!", "RIYADH!!! 🔥", StringComparison.Ordinal) + " 🙏", Url: "https://social-example.test/posts/991"),
            new IncomingAd(2, Drivers),
            // Within one run too: the second copy finds the first.
            new IncomingAd(3, Drivers + " 🚚"));

        (repost.New, repost.SeenAgain).ShouldBe((1, 2));
        var ads = await app.QueryAsync(d => d.JobAds.OrderBy(a => a.FirstSeenAt).ThenBy(a => a.Id).ToListAsync());
        ads.Count.ShouldBe(2);
        var housemaids = ads.Single(a => a.Text == Housemaids);
        housemaids.SeenCount.ShouldBe(2);
        housemaids.Url.ShouldBe("https://social-example.test/posts/991");
        housemaids.UrlHash.ShouldBe(AdAddress.Key("https://social-example.test/posts/991"));
        ads.Single(a => a.Text == Drivers).SeenCount.ShouldBe(2);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Repost_WithANewPhoneNumber_IsSeenAgain_AndKeepsTheNewNumberForLinking(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = AdMonitoringKit.App(db);
        var source = await app.AddSourceAsync();
        await app.IngestAsync(source.Id, new IncomingAd(1, Housemaids));

        // The fingerprint treats digits alike, so the same text with another number is the same ad.
        var repost = await app.IngestAsync(source.Id, new IncomingAd(1, Housemaids.Replace("0712 345 678", "0733 555 111", StringComparison.Ordinal)));
        var unchanged = await app.IngestAsync(source.Id, new IncomingAd(1, Housemaids));

        (repost.New, repost.SeenAgain, unchanged.SeenAgain).ShouldBe((0, 1, 1));
        var phones = await app.QueryAsync(d => d.AdIdentifiers.Where(i => i.Kind == "phone").Select(i => i.Value).OrderBy(v => v).ToListAsync());
        phones.ShouldBe(["+254712345678", "+254733555111"]);
        (await app.QueryAsync(d => d.JobAds.CountAsync())).ShouldBe(1);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task NewAd_IsScreened_AndItsIdentifiersStoredInComparableForm(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = AdMonitoringKit.App(db);
        var source = await app.AddSourceAsync();
        var published = new DateTime(2026, 11, 20, 8, 30, 0, DateTimeKind.Utc);

        await app.IngestAsync(source.Id,
            new IncomingAd(1, Housemaids + " Email JOBS@Bluefin-Example.COM or see WWW.Bluefin-Example.com, telegram t.me/BluefinJobs. "
                + "Bluefin Heron Recruitment Agency Ltd. Call 0712 345 678 again.", Title: "  Housemaids  ", PublishedAt: published),
            new IncomingAd(2, "Cooks for Doha. BLUEFIN HERON RECRUITMENT AGENCY LIMITED, call +254 712 345 678."));

        var ads = await app.QueryAsync(d => d.JobAds.OrderBy(a => a.FirstSeenAt).ThenBy(a => a.Id).ToListAsync());
        var first = ads.Single(a => a.Title == "Housemaids");
        first.Risk.ShouldBe(RiskLevel.High);
        first.Score.ShouldBe(OfferScreener.Default.Screen(new OfferInput("Housemaids\n" + first.Text)).Score);
        first.FlagCodes.Split(',').ShouldContain("visit-visa");
        first.Destinations.ShouldBe("SAU");
        first.ClaimedAgencies.ShouldBe("Bluefin Heron Recruitment Agency Ltd.");
        first.PublishedAt.ShouldBe(published);
        first.AgencyId.ShouldBeNull();
        var identifiers = await app.QueryAsync(d => d.AdIdentifiers.Where(i => i.AdId == first.Id).Select(i => i.Kind + "=" + i.Value).ToListAsync());
        identifiers.ShouldBe(
        [
            "phone=+254712345678", "telegram=bluefinjobs", "email=jobs@bluefin-example.com", "website=bluefin-example.com",
            "agency=bluefin heron recruitment agency",
        ], ignoreOrder: true);
        var second = ads.Single(a => a.Id != first.Id);
        var shared = await app.QueryAsync(d => d.AdIdentifiers.Where(i => i.AdId == second.Id).Select(i => i.Kind + "=" + i.Value).ToListAsync());
        // Two spellings of one agency name, and one number written two ways, are the same identifiers.
        shared.ShouldBe(["phone=+254712345678", "agency=bluefin heron recruitment agency"], ignoreOrder: true);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task RegistryAgency_IsLinkedOnlyWhenTheAdPointsToOneAgency(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = AdMonitoringKit.App(db);
        var agencies = await app.AddAgenciesAsync(("RA/2026/5/17", "BLUEFIN HERON RECRUITMENT AGENCY LIMITED"), ("RA/2026/5/18", "SILVER CRANE MANPOWER LIMITED"));
        var source = await app.AddSourceAsync();

        await app.IngestAsync(source.Id,
            new IncomingAd(1, "Housemaids for Riyadh with Bluefin Heron Recruitment Agency Ltd. Interviews on Monday.", Title: "one"),
            new IncomingAd(2, "Licensed agency RA/2026/5/18 is hiring cooks for Doha, apply at our office on Moi Avenue.", Title: "licence"),
            new IncomingAd(3, "Cooks for Doha, Qatar. Apply through Silver Crane Manpower Ltd or Bluefin Heron Recruitment Agency Ltd today.", Title: "two"),
            new IncomingAd(4, "Drivers for Dubai with Golden Ibis Placement Ltd, apply this week with your documents.", Title: "unknown"));

        var linked = await app.QueryAsync(d => d.JobAds.ToDictionaryAsync(a => a.Title!, a => a.AgencyId));
        linked["one"].ShouldBe(agencies[0].Id);
        linked["licence"].ShouldBe(agencies[1].Id);
        linked["two"].ShouldBeNull();
        linked["unknown"].ShouldBeNull();
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task BadAds_AreReportedByLine_AndTheRestTaken(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = AdMonitoringKit.App(db);
        var source = await app.AddSourceAsync();

        var summary = await app.IngestAsync(source.Id,
            new IncomingAd(2, "   "),
            new IncomingAd(3, new string('a', OfferInput.MaxTextLength) + " more"),
            new IncomingAd(4, Drivers, Url: "ftp://files-example.test/ad"),
            new IncomingAd(5, "🙂 🙂 ✈️"),
            new IncomingAd(6, Drivers + "\0 with a stray NUL", Title: new string('T', 600)));

        summary.New.ShouldBe(1);
        summary.Rejected.ShouldBe(
        [
            new AdRejection(2, "No text."),
            new AdRejection(3, "The text is longer than 20,000 characters."),
            new AdRejection(4, "The address is not an http or https address."),
            new AdRejection(5, "The text has no words."),
        ]);
        var ad = await app.QueryAsync(d => d.JobAds.SingleAsync());
        ad.Text.ShouldNotContain("\0");
        ad.Title!.Length.ShouldBe(JobAd.TitleMaxLength);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task ManyAds_AreAuditedInBulk_WithOneImportEventAndAnIntactChain(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = AdMonitoringKit.App(db);
        var source = await app.AddSourceAsync();
        // Thirty different ads: the fingerprint ignores digits, so they differ in words (role and city), not only in numbers.
        string[] roles = ["Cooks", "Drivers", "Cleaners", "Nannies", "Waiters", "Guards"];
        string[] cities = ["Doha", "Riyadh", "Muscat", "Beirut", "Manama"];
        var ads = Enumerable.Range(0, 30)
            .Select(i => new IncomingAd(i + 1, $"{roles[i % 6]} wanted in {cities[i / 6]} by a synthetic {cities[(i + 2) % 5]} {roles[(i + 3) % 6]} company, call 07{i:00} 111 222 for details and a contract.", Url: $"https://jobs-example.test/ads/{i}"))
            .ToArray();

        await app.IngestAsync(source.Id, ads);
        await app.IngestAsync(source.Id, ads[..10]);

        var events = await app.QueryAsync(d => d.AuditEvents.AsNoTracking().Where(e => e.SubjectType == "JobAd" || e.SubjectType == "AdIdentifier" || e.Action == "import")
            .OrderBy(e => e.Sequence).ToListAsync());
        var created = events.Where(e => e.SubjectType == "JobAd" && e.Action == AuditActions.Created).ToList();
        created.Count.ShouldBe(1);
        created[0].SubjectId.ShouldBeNull();
        created[0].ChangedProperties!.ShouldStartWith("rows:30;");
        created[0].ChangedProperties!.ShouldContain("Text");
        events.Where(e => e.SubjectType == "JobAd" && e.Action == AuditActions.Updated).Select(e => e.ChangedProperties)
            .ShouldBe(["rows:10;LastSeenAt,SeenCount"]);
        events.Count(e => e.SubjectType == "AdIdentifier").ShouldBe(1);
        events.Where(e => e.Action == "import").Select(e => (e.SubjectType, e.SubjectId, e.ChangedProperties))
            .ShouldBe([("AdSource", source.Id.ToString(), "new:30,seen-again:0,rejected:0"), ("AdSource", source.Id.ToString(), "new:0,seen-again:10,rejected:0")]);
        (await CliRunner.RunAsync(db, "audit", "verify")).ExitCode.ShouldBe(0);
    }
}
