using Linda.Core.Offers;
using Linda.Core.Screening;
using Linda.Web.Features.Offers.Monitoring;
using Linda.Web.Tests.Admin;
using Linda.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Linda.Web.Tests.Offers.Monitoring;

/// <summary>The linking job: ads sharing identifiers become one operation named after its oldest ad, kept up to date.</summary>
public sealed class AdLinkingTests
{
    private const string Hotline = "+254800222223";

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Link_GroupsAdsSharingIdentifiers_UnderTheOldestAd_AndIgnoresTheHotline(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = AdArrange.App(db);
        var source = await app.AddSourceAsync();
        var oldest = await app.AddAdAsync(source, 50, string.Format(AdArrange.HighRisk, "0712 345 678"), claimed: "Sunrise Gulf Jobs");
        var viaPhone = await app.AddAdAsync(source, 40, string.Format(AdArrange.MediumRisk, "hr@desert-drive.example") + " Or call +254 712 345 678.", claimed: "Bright Star Manpower");
        var viaEmail = await app.AddAdAsync(source, 30, string.Format(AdArrange.MediumRisk, "HR@desert-drive.example"), claimed: "sunrise  gulf JOBS");
        var warningA = await app.AddAdAsync(source, 20, string.Format(AdArrange.LowRisk, "www.safe-hotel.example"), extra: [("phone", Hotline)]);
        var warningB = await app.AddAdAsync(source, 10, string.Format(AdArrange.LowRisk, "www.other-hotel.example"), extra: [("phone", Hotline)]);

        var run = await app.LinkAsync();
        var again = await app.LinkAsync();

        run.Ran.ShouldBeTrue();
        (run.Ads, run.Operations, run.AdsMoved, run.OperationsWritten, run.OperationsRemoved).ShouldBe((5, 3, 5, 3, 0));
        again.Ran.ShouldBeFalse("nothing changed since the last run");
        var operationOf = await app.QueryAsync(d => d.JobAds.ToDictionaryAsync(a => a.Id, a => a.OperationId));
        operationOf[oldest.Id].ShouldBe(oldest.Id);
        operationOf[viaPhone.Id].ShouldBe(oldest.Id);
        operationOf[viaEmail.Id].ShouldBe(oldest.Id);
        operationOf[warningA.Id].ShouldBe(warningA.Id, "the hotline quoted in both warnings joins nothing");
        operationOf[warningB.Id].ShouldBe(warningB.Id);
        var operation = await app.QueryAsync(d => d.AdOperations.SingleAsync(o => o.Id == oldest.Id));
        operation.AdCount.ShouldBe(3);
        operation.NameCount.ShouldBe(2, "names are compared without case or extra spaces");
        var identifiers = await app.QueryAsync(d => d.AdIdentifiers.Where(i => i.AdId == oldest.Id || i.AdId == viaPhone.Id || i.AdId == viaEmail.Id)
            .Select(i => new { i.Kind, i.Value }).Distinct().CountAsync());
        operation.IdentifierCount.ShouldBe(identifiers);
        operation.FirstSeenAt.ShouldBe(oldest.FirstSeenAt);
        operation.LastSeenAt.ShouldBe(viaEmail.LastSeenAt);
        operation.HighestScore.ShouldBe(oldest.Score);
        operation.HighestRisk.ShouldBe(RiskLevel.High);
        operation.UnreviewedCount.ShouldBe(3);
        operation.ComputedAt.ShouldBe(AdArrange.Now.UtcDateTime);
        (await app.QueryAsync(d => d.AdOperations.CountAsync())).ShouldBe(3);
        (await app.QueryAsync(d => d.AuditEvents.CountAsync(e => e.SubjectType == nameof(AdOperation) && e.ChangedProperties!.StartsWith("linking run: 5 ads, 3 operations"))))
            .ShouldBe(1, "one audit event per run says what it did");
        (await CliRunner.RunAsync(db, "audit", "verify")).ExitCode.ShouldBe(0);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Link_AfterNewAdsAndRemovedAds_MergesAndRemovesOperations(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = AdArrange.App(db);
        var source = await app.AddSourceAsync();
        var first = await app.AddAdAsync(source, 30, string.Format(AdArrange.HighRisk, "0712 345 678"));
        var second = await app.AddAdAsync(source, 20, string.Format(AdArrange.HigherRisk, "0733 111 222"));
        await app.LinkAsync();
        (await app.QueryAsync(d => d.AdOperations.CountAsync())).ShouldBe(2);

        var bridge = await app.AddAdAsync(source, 10, string.Format(AdArrange.MediumRisk, "0733 111 222 or 0712 345 678"));
        var merged = await app.LinkAsync();

        merged.Ran.ShouldBeTrue("a new ad waits to be linked");
        (merged.AdsMoved, merged.OperationsRemoved).ShouldBe((2, 1));
        (await app.QueryAsync(d => d.JobAds.Select(a => a.OperationId).Distinct().ToListAsync())).ShouldBe([first.Id]);
        (await app.QueryAsync(d => d.JobAds.CountAsync(a => a.OperationId == first.Id && d.AdOperations.Any(o => o.Id == a.OperationId))))
            .ShouldBe(3, "ids written in bulk compare equal to ids written by EF");
        var operations = await app.QueryAsync(d => d.AdOperations.ToListAsync());
        operations.Select(o => o.Id).ShouldBe([first.Id], "the second ad's operation vanished into the first's");
        operations[0].AdCount.ShouldBe(3);
        operations[0].HighestScore.ShouldBe(second.Score);

        await app.QueryAsync(d => d.JobAds.Where(a => a.Id == first.Id).ExecuteDeleteAsync());
        var afterRemoval = await app.LinkAsync();

        afterRemoval.Ran.ShouldBeTrue("an ad was removed");
        var remaining = await app.QueryAsync(d => d.AdOperations.ToListAsync());
        remaining.Select(o => o.Id).ShouldBe([second.Id], "the group is renamed after its oldest remaining ad");
        remaining[0].AdCount.ShouldBe(2);
        (await app.QueryAsync(d => d.JobAds.Where(a => a.Id == bridge.Id).Select(a => a.OperationId).SingleAsync())).ShouldBe(second.Id);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Link_WithALowCommonThreshold_LeavesAWidelySharedIdentifierOut(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = AdArrange.App(db).With("Linda:Offers:Monitoring:CommonAfter", "2");
        var source = await app.AddSourceAsync();
        var ads = new List<JobAd>();
        for (var i = 0; i < 3; i++)
        {
            ads.Add(await app.AddAdAsync(source, 10 - i, string.Format(AdArrange.LowRisk, "www.big-board.example") + $" Ref {i}."));
        }

        await app.LinkAsync();

        (await app.QueryAsync(d => d.AdOperations.CountAsync())).ShouldBe(3, "a website in more than 2 ads is common and joins nothing");
    }

    [Fact]
    public async Task TheBackgroundJob_LinksNewAdsOnItsOwn()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = AdArrange.App(db).With("Linda:Offers:Monitoring:LinkingInterval", "00:00:01");
        var source = await app.AddSourceAsync();
        var ad = await app.AddAdAsync(source, 1, string.Format(AdArrange.HighRisk, "0712 345 678"));

        Guid? operation = null;
        for (var i = 0; i < 100 && operation is null; i++)
        {
            await Task.Delay(100);
            operation = await app.QueryAsync(d => d.JobAds.Where(a => a.Id == ad.Id).Select(a => a.OperationId).SingleAsync());
        }

        operation.ShouldBe(ad.Id);
    }

    [Fact]
    public void Settings_RejectAMalformedAlwaysCommonEntry()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Linda:Offers:Monitoring:AlwaysCommon:0"] = "no-colon" })
            .Build();

        var error = Should.Throw<Linda.Data.LindaConfigurationException>(() => AdMonitoringSettings.Load(configuration));

        error.Message.ShouldContain("'no-colon' is not");
    }
}
