using Linda.Core.Offers;
using Linda.Web.Tests.Admin;
using Linda.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Tests.Offers;

/// <summary><c>linda offers import --source NAME --input F</c>: the upload from the command line.</summary>
public sealed class AdImportCommandTests
{
    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Import_JsonLines_StoresTheAdsAsAFileSource_AndListsSkippedLines(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        var input = Path.Combine(db.Directory, "ads.jsonl");
        await File.WriteAllLinesAsync(input,
        [
            "{\"id\": \"x1\", \"text\": \"Housemaids needed in Riyadh, fee KES 45,000, travel on a visit visa.\", \"url\": \"https://jobs-example.test/ads/1\"}",
            "{ broken",
            "{\"id\": \"x3\", \"text\": \"Drivers wanted in Dubai, apply with your CV.\"}",
        ]);

        var result = await CliRunner.RunAsync(db, "offers", "import", "--source", "Synthetic CLI batch", "--input", input);
        var again = await CliRunner.RunAsync(db, "offers", "import", "--source", "Synthetic CLI batch 2", "--input", input);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldContain("2 new, 0 seen again, 1 skipped");
        result.Error.ShouldBe($"line 2: skipped: Not valid JSON.{Environment.NewLine}");
        again.Output.ShouldContain("0 new, 2 seen again, 1 skipped");
        await using var app = AdMonitoringKit.App(db);
        var sources = await app.QueryAsync(d => d.AdSources.AsNoTracking().OrderBy(s => s.CreatedAt).ToListAsync());
        sources.Select(s => (s.Name, s.Kind, s.LastNewAds, s.LastSeenAgainAds)).ShouldBe(
            [("Synthetic CLI batch", AdSourceKind.File, 2, 0), ("Synthetic CLI batch 2", AdSourceKind.File, 0, 2)]);
        (await app.QueryAsync(d => d.JobAds.CountAsync(a => a.SourceId == sources[0].Id && a.SeenCount == 2))).ShouldBe(2);
    }

    [Fact]
    public async Task Import_UnusableInput_ExitsOneWithAMessage()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        var noText = Path.Combine(db.Directory, "ads.csv");
        await File.WriteAllTextAsync(noText, "title,url\nan ad,https://jobs-example.test/1\n");

        var wrongKind = await CliRunner.RunAsync(db, "offers", "import", "--source", "S", "--input", Path.Combine(db.Directory, "ads.txt"));
        var missing = await CliRunner.RunAsync(db, "offers", "import", "--source", "S", "--input", Path.Combine(db.Directory, "none.csv"));
        var layout = await CliRunner.RunAsync(db, "offers", "import", "--source", "S", "--input", noText);

        (wrongKind.ExitCode, wrongKind.Error.Trim()).ShouldBe((1, "error: --input must be a .csv or a .jsonl file."));
        missing.Error.ShouldStartWith("error: no input file");
        missing.ExitCode.ShouldBe(1);
        layout.ExitCode.ShouldBe(1);
        layout.Error.ShouldContain("The header row has no \"text\" column.");
    }
}
