using Linda.Core.Agencies;
using Linda.Data;
using Linda.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linda.Web.Tests.Agencies;

public sealed class RegistryImportTests
{

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Import_TheRealRegistryTwice_AddsOnceThenChangesNothing(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);

        var first = await CliRunner.RunAsync(db, "agencies", "import", "--file", Repository.RealRegistry);
        var second = await CliRunner.RunAsync(db, "agencies", "import", "--file", Repository.RealRegistry);

        first.ExitCode.ShouldBe(0, first.Error);
        first.Output.ShouldContain("1294 added, 0 updated, 0 unchanged, 0 rejected.");
        first.Error.ShouldContain("line 202: warning:");
        second.Output.ShouldContain("0 added, 0 updated, 1294 unchanged, 0 rejected.");
        (await CliRunner.RunAsync(db, "audit", "verify")).ExitCode.ShouldBe(0);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Reimport_WithChangedRows_UpdatesThemAndKeepsDatedHistory(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        const string header = "licenseNumber,agencyName,email,website,serviceType,issueDate,expiryDate,statusOverride";
        var v1 = Path.Combine(db.Directory, "v1.csv");
        var v2 = Path.Combine(db.Directory, "v2.csv");
        await File.WriteAllTextAsync(v1, $"{header}\nRA/2025/1/1,SYNTHETIC ONE LIMITED,one@agency.example,,Foreign & Local Recruitment,2024-01-01,2025-01-01,\nRA/2025/1/2,SYNTHETIC TWO LIMITED,,,,2024-01-01,2026-01-01,\n");
        await File.WriteAllTextAsync(v2, $"{header}\nra-2025-1-1,SYNTHETIC ONE LIMITED,one@agency.example,,Foreign & Local Recruitment,2024-01-01,2027-01-01,\nRA/2025/1/2,SYNTHETIC TWO LIMITED,,,,2024-01-01,2026-01-01,\nRA/2025/1/3,,,,,2024-01-01,2026-01-01,\n");

        await CliRunner.RunAsync(db, "agencies", "import", "--file", v1);
        var result = await CliRunner.RunAsync(db, "agencies", "import", "--file", v2);

        result.Output.ShouldContain("0 added, 1 updated, 1 unchanged, 1 rejected.");
        result.Error.ShouldContain("line 4: rejected: No agency name.");
        await using var app = new LindaAppFactory(db);
        await using var scope = app.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<LindaDbContext>();
        var one = await context.Agencies.Include(a => a.Sanctions).SingleAsync(a => a.LicenceKey == "RA/2025/1/1");
        one.ExpiresOn.ShouldBe(new DateOnly(2027, 1, 1));
        one.StateOn(new DateOnly(2026, 11, 28)).ShouldBe(LicenceState.Licensed);
        one.StateOn(new DateOnly(2027, 1, 2)).ShouldBe(LicenceState.Expired);
        var history = await context.AgencyHistory.Where(h => h.AgencyId == one.Id).OrderBy(h => h.OccurredAt).ToListAsync();
        history.Select(h => h.Change).ShouldBe([AgencyChange.Registered, AgencyChange.ExpiryChanged]);
        history[1].From.ShouldBe("2025-01-01");
        history[1].To.ShouldBe("2027-01-01");
        history[1].Source.ShouldBe("v2.csv");
    }

    [Fact]
    public async Task Import_MissingFileOrWrongLayout_FailsClearly()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        var wrong = Path.Combine(db.Directory, "wrong.csv");
        await File.WriteAllTextAsync(wrong, "name,phone\nSomething,0712345678\n");

        var missing = await CliRunner.RunAsync(db, "agencies", "import", "--file", Path.Combine(db.Directory, "nope.csv"));
        var layout = await CliRunner.RunAsync(db, "agencies", "import", "--file", wrong);

        missing.ExitCode.ShouldBe(1);
        missing.Error.ShouldContain("no file");
        layout.ExitCode.ShouldBe(1);
        layout.Error.ShouldContain("Missing column(s): licenseNumber");
    }
}
