using Linda.Core.Auditing;
using Linda.Core.Identity;
using Linda.Data;
using Linda.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linda.Web.Tests.Security;

public sealed class AuditLogTests
{
    private static async Task<LindaAppFactory> AppWithEventsAsync(TestDatabase db)
    {
        var app = new LindaAppFactory(db);
        var user = await app.CreateUserAsync(StaffRoles.Analyst, fullName: "Someone Synthetic");
        using var client = app.CreateBrowserClient();
        await client.SignInAsync(user.Email!);
        using var other = app.CreateBrowserClient();
        await other.SubmitPasswordAsync(user.Email!, "a-wrong-password-here");
        return app;
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task AuditVerify_UntouchedLog_ExitsZero(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = await AppWithEventsAsync(db);

        var result = await CliRunner.RunAsync(db, "audit", "verify");

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldContain("Audit chain intact");
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task AuditVerify_EditedRow_FailsNamingThatEntry(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = await AppWithEventsAsync(db);
        await ExecuteAsync(app, "UPDATE \"AuditEvents\" SET \"Action\" = 'read' WHERE \"Sequence\" = 3");

        var result = await CliRunner.RunAsync(db, "audit", "verify");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("entry 3");
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task AuditVerify_DeletedRow_FailsNamingTheGap(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = await AppWithEventsAsync(db);
        await ExecuteAsync(app, "DELETE FROM \"AuditEvents\" WHERE \"Sequence\" = 4");

        var result = await CliRunner.RunAsync(db, "audit", "verify");

        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("entry 4 is missing");
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Writes_AreAuditedWithPropertyNamesButNeverValues(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = new LindaAppFactory(db);
        var user = await app.CreateUserAsync(StaffRoles.Caseworker, fullName: "Akinyi Nonesuch");

        await using var scope = app.Services.CreateAsyncScope();
        var events = await scope.ServiceProvider.GetRequiredService<LindaDbContext>().AuditEvents.AsNoTracking()
            .OrderBy(e => e.Sequence).ToListAsync();
        var created = events.Single(e => e.SubjectType == "StaffUser" && e.Action == AuditActions.Created);
        created.SubjectId.ShouldBe(user.Id.ToString());
        created.ChangedProperties!.Split(',').ShouldContain("FullName");
        events.ShouldAllBe(e => !(e.ChangedProperties ?? "").Contains("Akinyi") && !(e.SubjectId ?? "").Contains("Akinyi"));
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task ConcurrentWrites_KeepOneUnbrokenChain(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = new LindaAppFactory(db);
        await app.CreateUserAsync(StaffRoles.Analyst);

        await Parallel.ForAsync(0, 40, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<LindaDbContext>().AuditNowAsync(AuditActions.Read, "Signal", i.ToString(System.Globalization.CultureInfo.InvariantCulture), ct: ct);
        });

        var result = await CliRunner.RunAsync(db, "audit", "verify");
        result.ExitCode.ShouldBe(0, result.Error);
    }

    [Fact]
    public async Task AuditEvents_CannotBeUpdatedOrDeletedThroughTheApp()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = await AppWithEventsAsync(db);
        await using var scope = app.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<LindaDbContext>();
        var first = await context.AuditEvents.OrderBy(e => e.Sequence).FirstAsync();

        first.Action = "tampered";
        await Should.ThrowAsync<InvalidOperationException>(() => context.SaveChangesAsync());
        context.ChangeTracker.Clear();
        context.AuditEvents.Remove(await context.AuditEvents.OrderBy(e => e.Sequence).FirstAsync());
        await Should.ThrowAsync<InvalidOperationException>(() => context.SaveChangesAsync());
    }

    private static async Task ExecuteAsync(LindaAppFactory app, string sql)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<LindaDbContext>().Database.ExecuteSqlRawAsync(sql);
    }
}
