using Linda.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Linda.Web.Tests.Intake;

/// <summary><c>linda reports verify</c>: after a crash or a restore, is every acknowledged report still there and readable?</summary>
public sealed class ReportsVerifyCommandTests
{
    [Fact]
    public async Task Verify_IntactReceipts_Exit0_AndEveryProblemIsNamedByReference()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        var receipts = new List<(string Reference, string Code)>();
        await using (var app = new LindaAppFactory(db))
        {
            using var client = app.CreateClient();
            for (var i = 0; i < 3; i++)
            {
                receipts.Add(await client.SubmitAsync(new { categories = new[] { "unpaid" }, description = $"Sentinel story {i}", personName = "Sentinel Name" }));
            }
        }
        var good = Path.Combine(db.Directory, "good.tsv");
        await File.WriteAllLinesAsync(good, ["# reference\tcode", .. receipts.Select(r => $"{r.Reference}\t{r.Code.ToLowerInvariant()}"), ""]);
        var intact = await CliRunner.RunAsync(db, "reports", "verify", "--input", good);

        // One receipt with a wrong code, one for a report that does not exist, and one report whose text was damaged.
        var bad = Path.Combine(db.Directory, "bad.tsv");
        await File.WriteAllLinesAsync(bad,
        [
            $"{receipts[0].Reference}\t2222-2222", "LR-2222-2222\t2222-2222", $"{receipts[2].Reference}\t{receipts[2].Code}", "garbage",
        ]);
        await using (var sqlite = new SqliteConnection(db.ConnectionString))
        {
            await sqlite.OpenAsync();
            await using var command = sqlite.CreateCommand();
            command.CommandText = "UPDATE \"Signals\" SET \"Description\" = 'CfDJ8damaged' WHERE \"Reference\" = $reference";
            command.Parameters.AddWithValue("$reference", receipts[2].Reference);
            (await command.ExecuteNonQueryAsync()).ShouldBe(1);
        }
        SqliteConnection.ClearAllPools();
        var broken = await CliRunner.RunAsync(db, "reports", "verify", "--input", bad);

        intact.ExitCode.ShouldBe(0, intact.Error);
        intact.Output.ShouldContain("3 receipts: 3 present, 0 missing, 0 with a wrong code, 0 that do not decrypt.");
        broken.ExitCode.ShouldBe(2);
        broken.Error.ShouldContain($"{receipts[0].Reference}: follow-up code does not match");
        broken.Error.ShouldContain("LR-2222-2222: missing");
        broken.Error.ShouldContain($"{receipts[2].Reference}: does not decrypt");
        broken.Error.ShouldContain("line 4: not a reference and follow-up code");
        (intact.Output + broken.Output + broken.Error).ShouldNotContain("Sentinel");
    }
}
