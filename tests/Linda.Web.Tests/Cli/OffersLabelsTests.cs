using System.Text.Json;
using Linda.Core.Offers;
using Linda.Core.Screening;
using Linda.Web.Features.Offers;
using Linda.Web.Tests.Admin;
using Linda.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Tests.Cli;

/// <summary>`linda offers labels`: officers' labelled ads from the database, as evaluation-set lines without contact details.</summary>
public sealed class OffersLabelsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("linda-labels-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Output => Path.Combine(_folder, "labels.jsonl");

    private static async Task<Dictionary<string, Guid>> SeedAsync(LindaAppFactory app)
    {
        return await app.QueryAsync(async d =>
        {
            var source = new AdSource { Name = "Synthetic feed", Kind = AdSourceKind.Feed, CreatedAt = d.UtcNow };
            d.AdSources.Add(source);
            var ids = new Dictionary<string, Guid>();
            void Add(string key, string text, AdLabel label, DateTime? labelledAt)
            {
                var ad = new JobAd
                {
                    SourceId = source.Id,
                    Text = text,
                    FirstSeenAt = new DateTime(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc),
                    LastSeenAt = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc),
                    Label = label,
                    LabelledAt = labelledAt,
                };
                d.JobAds.Add(ad);
                ids[key] = ad.Id;
            }
            Add("scam", "Kazi Dubai! Mshahara AED 3,500. Lipa ada ya usajili Ksh 30,000 kwa namba 0712 345 678 leo, nafasi chache. Email recruit.desk@kazi-synthetic.co.ke",
                AdLabel.ConfirmedScam, new DateTime(2026, 11, 20, 10, 0, 0, DateTimeKind.Utc));
            Add("benign", "Receptionist wanted for a dental clinic in Nairobi. KES 28,000 per month. Send your CV to hr@clinic-synthetic.co.ke or WhatsApp +254 733 111 222.",
                AdLabel.Benign, new DateTime(2026, 11, 10, 10, 0, 0, DateTimeKind.Utc));
            Add("old", "Drivers for Riyadh, visit visa, pay the processing fee of KES 60,000 to 0712 345 678 before travel. Telegram @synthetic_riyadh_hr",
                AdLabel.ConfirmedScam, new DateTime(2026, 9, 1, 10, 0, 0, DateTimeKind.Utc));
            Add("unreviewed", "Unreviewed ad, call 0799 888 777", AdLabel.Unreviewed, null);
            await d.SaveChangesAsync();
            return ids;
        });
    }

    private async Task<List<JsonElement>> LinesAsync() =>
        [.. (await File.ReadAllLinesAsync(Output)).Select(l => JsonDocument.Parse(l).RootElement)];

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Labels_WritesConfirmedAndBenignAds_InTheEvaluationLayout_WithoutRealContacts_AndIsAudited(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = new LindaAppFactory(db);
        var ids = await SeedAsync(app);

        var result = await CliRunner.RunAsync(db, "offers", "labels", "--output", Output);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldContain("Wrote 3 labelled ads (2 scam, 1 genuine)");
        var lines = await LinesAsync();
        lines.Select(l => l.GetProperty("id").GetString()).ShouldBe([$"ad-{ids["old"]}", $"ad-{ids["benign"]}", $"ad-{ids["scam"]}"]);
        lines.Select(l => l.GetProperty("label").GetString()).ShouldBe(["scam", "genuine", "scam"]);
        lines.Select(l => l.GetProperty("lang").GetString()).ShouldBe(["en", "en", "sw"]);
        lines.ShouldAllBe(l => l.EnumerateObject().Select(p => p.Name).SequenceEqual(new[] { "id", "label", "lang", "text" }));
        var texts = lines.Select(l => l.GetProperty("text").GetString()!).ToList();
        texts[2].ShouldBe("Kazi Dubai! Mshahara AED 3,500. Lipa ada ya usajili Ksh 30,000 kwa namba 0700 000 001 leo, nafasi chache. Email contact2@example.com");
        texts[0].ShouldContain("to 0700 000 001 before travel. Telegram @synthetic_handle_1");
        texts[1].ShouldContain("Send your CV to contact1@example.com or WhatsApp +254 700 000 002.");
        var file = await File.ReadAllTextAsync(Output);
        foreach (var real in new[] { "712 345 678", "733 111 222", "kazi-synthetic", "clinic-synthetic", "synthetic_riyadh_hr", "799 888 777" })
        {
            file.ShouldNotContain(real);
        }
        var audit = await app.QueryAsync(d => d.AuditEvents.SingleAsync(e => e.Action == ExportLabelledAdsHandler.AuditAction));
        (audit.SubjectType, audit.SubjectId).ShouldBe((nameof(JobAd), "rows=3"));
        (await CliRunner.RunAsync(db, "audit", "verify")).ExitCode.ShouldBe(0);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Labels_Since_TakesOnlyAdsLabelledOnOrAfterThatDay(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = new LindaAppFactory(db);
        var ids = await SeedAsync(app);

        var result = await CliRunner.RunAsync(db, "offers", "labels", "--output", Output, "--since", "2026-11-10");

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldContain("Wrote 2 labelled ads (1 scam, 1 genuine) labelled since 2026-11-10");
        (await LinesAsync()).Select(l => l.GetProperty("id").GetString()).ShouldBe([$"ad-{ids["benign"]}", $"ad-{ids["scam"]}"]);
        (await app.QueryAsync(d => d.AuditEvents.SingleAsync(e => e.Action == ExportLabelledAdsHandler.AuditAction))).SubjectId.ShouldBe("rows=2;since=2026-11-10");
    }

    [Fact]
    public async Task Labels_ExportedFile_LoadsAsAnEvaluationSet_AndScreensLikeTheOriginalAds()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = new LindaAppFactory(db);
        await SeedAsync(app);
        var originals = await app.QueryAsync(d => d.JobAds.Where(a => a.Label != AdLabel.Unreviewed).OrderBy(a => a.LabelledAt).Select(a => a.Text).ToListAsync());

        (await CliRunner.RunAsync(db, "offers", "labels", "--output", Output)).ExitCode.ShouldBe(0);

        var lines = await LinesAsync();
        lines.ShouldAllBe(l => l.GetProperty("label").GetString() == "scam" || l.GetProperty("label").GetString() == "genuine");
        lines.ShouldAllBe(l => new[] { "en", "sw", "mix" }.Contains(l.GetProperty("lang").GetString()));
        lines.Select(l => OfferScreener.Default.Screen(new OfferInput(l.GetProperty("text").GetString()!)).Risk)
            .ShouldBe(originals.Select(t => OfferScreener.Default.Screen(new OfferInput(t)).Risk));
    }

    [Theory]
    [InlineData("28/11/2026")]
    [InlineData("yesterday")]
    public async Task Labels_WithABadSince_Fails_WithoutWritingAFile(string since)
    {
        var result = await CliRunner.RunWithoutDatabaseAsync("offers", "labels", "--output", Output, "--since", since);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("--since must be a date like 2026-11-28.");
        File.Exists(Output).ShouldBeFalse();
    }

    [Fact]
    public async Task Labels_IntoAFolderThatDoesNotExist_Fails()
    {
        var result = await CliRunner.RunWithoutDatabaseAsync("offers", "labels", "--output", Path.Combine(_folder, "missing", "labels.jsonl"));

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("does not exist");
    }
}
