using System.Net;
using Linda.Core.Agencies;
using Linda.Core.Identity;
using Linda.Data;
using Linda.Web.Features.Agencies.Oversight;
using Linda.Web.Tests.Admin;
using Linda.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Linda.Web.Tests.Agencies;

/// <summary>The officers' registry upload: a background import with a progress page, and the list of past imports.</summary>
public sealed class RegistryImportPageTests
{
    private static readonly DateTimeOffset Today = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);
    private const string OfficerName = "Test Oversight Officer";
    private const string Header = "licenseNumber,agencyName,email,website,serviceType,issueDate,expiryDate,statusOverride";

    private static LindaAppFactory App(TestDatabase db) =>
        new LindaAppFactory(db).WithServices(s => s.AddSingleton<TimeProvider>(new FixedTimeProvider(Today)));

    private static async Task<(HttpClient Client, Guid OfficerId)> SignInOfficerAsync(LindaAppFactory app)
    {
        var officer = await app.CreateUserAsync(StaffRoles.OversightOfficer, fullName: OfficerName);
        var client = app.CreateBrowserClient();
        await client.SignInAndEnrolTwoFactorAsync(officer.Email!);
        return (client, officer.Id);
    }

    private static async Task<RegistryImport> AddRunAsync(LindaAppFactory app, RegistryImportStatus status, DateTime heartbeat, int done = 0, int total = 0)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LindaDbContext>();
        var run = new RegistryImport
        {
            FileName = "synthetic.csv",
            StartedBy = "cli:tester",
            StartedAt = heartbeat,
            HeartbeatAt = heartbeat,
            Status = status,
            Done = done,
            Total = total,
        };
        db.RegistryImports.Add(run);
        await db.SaveChangesAsync();
        return run;
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Upload_TheRealRegistry_RedirectsToItsProgressAndEndsWithTheRightCounts(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = App(db);
        var (client, officerId) = await SignInOfficerAsync(app);
        using var _ = client;

        var upload = await client.UploadAsync(Repository.RealRegistry, "nea-registry-2026-07.csv");
        var progress = upload.RedirectTarget();
        var first = await client.GetHtmlAsync(progress);
        var done = await client.WaitForImportAsync(progress);
        var again = await client.ImportAsync(Repository.RealRegistry, "nea-registry-2026-07.csv");
        var list = await client.GetHtmlAsync("/staff/agencies/import");

        progress.ShouldMatch("^/staff/agencies/imports/[0-9a-f-]{36}$");
        first.ShouldContain("<h1>Import of nea-registry-2026-07.csv</h1>");
        first.ShouldContain("<progress");
        done.ShouldContain("data-testid=\"import-status\">Completed<");
        done.ShouldContain("1294 added, 0 updated, 0 unchanged, 0 rejected.");
        done.ShouldNotContain("http-equiv=\"refresh\"");
        var problems = AdminSession.TableRows(done, "import-problems");
        problems.Select(p => p[0]).ShouldBe(["202", "302", "866", "1198"]);
        problems.ShouldAllBe(p => p[1] == "kept, with a warning");
        again.ShouldContain("0 added, 0 updated, 1294 unchanged, 0 rejected.");
        var rows = AdminSession.TableRows(list, "imports");
        rows.Count.ShouldBe(2);
        rows.ShouldAllBe(r => r[1] == "nea-registry-2026-07.csv" && r[2] == OfficerName && r[3] == "Completed");
        rows.Select(r => string.Join(",", r.Skip(4))).ShouldBe(["0,0,1294,0", "1294,0,0,0"], ignoreOrder: true);
        var run = await app.QueryAsync(d => d.RegistryImports.OrderBy(r => r.StartedAt).FirstAsync());
        (run.Done, run.Total, run.Warnings, run.FinishedAt).ShouldBe((1294, 1294, 4, Today.UtcDateTime));
        // The background worker wrote in the officer's name.
        (await app.QueryAsync(d => d.AuditEvents.CountAsync(e => e.SubjectType == "Agency" && e.ActorId == officerId.ToString()))).ShouldBe(1294);
        (await app.QueryAsync(d => d.Agencies.CountAsync())).ShouldBe(1294);
        (await CliRunner.RunAsync(db, "audit", "verify")).ExitCode.ShouldBe(0);
    }

    [Fact]
    public async Task ProgressPage_WhileRunning_ShowsAProgressBarAndRefreshesItself()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = App(db);
        var (client, _) = await SignInOfficerAsync(app);
        using var __ = client;
        var reading = await AddRunAsync(app, RegistryImportStatus.Running, Today.UtcDateTime);
        var halfway = await AddRunAsync(app, RegistryImportStatus.Running, Today.UtcDateTime, done: 500, total: 1294);

        var readingPage = await client.GetHtmlAsync($"/staff/agencies/imports/{reading.Id}");
        var halfwayPage = await client.GetHtmlAsync($"/staff/agencies/imports/{halfway.Id}");

        readingPage.ShouldContain("<meta http-equiv=\"refresh\" content=\"2\">");
        readingPage.ShouldContain("<progress id=\"progress\">");
        halfwayPage.ShouldContain("<meta http-equiv=\"refresh\" content=\"2\">");
        halfwayPage.ShouldContain("<progress id=\"progress\" max=\"1294\" value=\"500\">");
        halfwayPage.ShouldContain("500 of 1294 rows");
        halfwayPage.ShouldContain("data-testid=\"import-status\">Running<");
        (await client.GetAsync($"/staff/agencies/imports/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task RunLeftRunningByAStoppedProcess_IsMarkedFailedAtStartUp(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        RegistryImport crashed, recent;
        await using (var before = App(db))
        {
            crashed = await AddRunAsync(before, RegistryImportStatus.Running, Today.UtcDateTime.AddMinutes(-10), done: 250, total: 1294);
            // Seconds old: on PostgreSQL another instance may still be running it.
            recent = await AddRunAsync(before, RegistryImportStatus.Running, Today.UtcDateTime.AddSeconds(-5));
        }

        await using var app = App(db);
        var (client, _) = await SignInOfficerAsync(app);
        using var __ = client;
        var page = await client.GetHtmlAsync($"/staff/agencies/imports/{crashed.Id}");

        page.ShouldContain("data-testid=\"import-status\">Failed<");
        page.ShouldContain("The import stopped when the app running it stopped (a restart or a crash).");
        page.ShouldContain("250 of 1294 rows had been handled.");
        page.ShouldNotContain("http-equiv=\"refresh\"");
        var after = await app.QueryAsync(d => d.RegistryImports.AsNoTracking().SingleAsync(r => r.Id == recent.Id));
        // SQLite serves one instance only, so at start-up nothing can still be running; PostgreSQL waits for the heartbeat to go stale.
        after.Status.ShouldBe(kind == DatabaseKind.Sqlite ? RegistryImportStatus.Failed : RegistryImportStatus.Running);
    }

    [Fact]
    public async Task Upload_WrongLayoutOrEmpty_IsRefusedOnTheUploadPageAndNothingIsQueued()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = App(db);
        var (client, _) = await SignInOfficerAsync(app);
        using var __ = client;
        var wrong = Path.Combine(db.Directory, "wrong.csv");
        var empty = Path.Combine(db.Directory, "empty.csv");
        var blankLines = Path.Combine(db.Directory, "blank.csv");
        await File.WriteAllTextAsync(wrong, "name,phone\nSomething,0712345678\n");
        await File.WriteAllTextAsync(empty, "");
        await File.WriteAllTextAsync(blankLines, "\n\n");

        var responses = new[]
        {
            await client.UploadAsync(wrong, "wrong.csv"),
            await client.UploadAsync(empty, "empty.csv"),
            await client.UploadAsync(blankLines, "blank.csv"),
        };

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        (await responses[0].HtmlAsync()).ShouldContain("Missing column(s): licenseNumber, agencyName");
        (await responses[1].HtmlAsync()).ShouldContain("Choose a CSV file to import.");
        (await responses[2].HtmlAsync()).ShouldContain("The file is empty.");
        (await app.QueryAsync(d => d.RegistryImports.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Upload_WhereEveryRowIsBad_FailsWithEachLineAndItsReason()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = App(db);
        var (client, _) = await SignInOfficerAsync(app);
        using var __ = client;
        var bad = Path.Combine(db.Directory, "bad.csv");
        await File.WriteAllTextAsync(bad, $"{Header}\nRA/2026/1/1,,,,,2026-01-01,2027-01-01,\nnot-a-licence,SYNTHETIC LIMITED,,,,2026-01-01,2027-01-01,\n");

        var page = await client.ImportAsync(bad, "bad.csv");

        page.ShouldContain("data-testid=\"import-status\">Failed<");
        page.ShouldContain("No row could be imported: see the lines below.");
        AdminSession.TableRows(page, "import-problems").ShouldBe(
        [
            ["2", "rejected", "No agency name."],
            ["3", "rejected", "The licence number is not in a known form (e.g. RA/2025/10/24)."],
        ]);
    }

    /// <summary>A database that refuses new agencies with an error quoting the row, as a provider error with details can.</summary>
    private sealed class RowQuotingFailure : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var added = eventData.Context!.ChangeTracker.Entries<Agency>().FirstOrDefault(e => e.State == EntityState.Added)?.Entity;
            return added is null
                ? ValueTask.FromResult(result)
                : throw new InvalidOperationException($"Failing row contains ({added.LicenceNumber}, {added.Name}, {added.Email}).",
                    new FormatException($"Detail: {added.Name}"));
        }
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task ImportThatFails_LogsTheRunIdAndTheErrorType_NeverTheFileContent(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        var logs = new CapturedLogs();
        await using var app = App(db).CaptureLogs(logs)
            .WithServices(s => s.ConfigureDbContext<LindaDbContext>(o => o.AddInterceptors(new RowQuotingFailure())));
        var (client, _) = await SignInOfficerAsync(app);
        using var __ = client;
        var file = Path.Combine(db.Directory, "secret.csv");
        await File.WriteAllTextAsync(file, $"{Header}\nRA/2026/7/7,SYNTHETIC SECRETROW LIMITED,secretrow@marker.example,,,2026-01-01,2027-01-01,\n");

        var page = await client.ImportAsync(file, "secret.csv");

        page.ShouldContain("data-testid=\"import-status\">Failed<");
        page.ShouldContain("The import stopped because of an error (the server log has the details).");
        page.ShouldNotContain("SECRETROW");
        var run = await app.QueryAsync(d => d.RegistryImports.SingleAsync());
        var line = logs.Lines.Where(l => l.Contains(nameof(RegistryImportWorker), StringComparison.Ordinal) && l.StartsWith("Error", StringComparison.Ordinal)).ShouldHaveSingleItem();
        line.ShouldContain($"Registry import {run.Id} failed: InvalidOperationException < FormatException.");
        logs.Lines.Where(l => l.Contains("Linda.", StringComparison.Ordinal)).ShouldAllBe(l => !l.Contains("SECRETROW") && !l.Contains("secretrow"));
    }

    [Fact]
    public async Task Cli_Import_IsListedWithTheOthers()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        (await CliRunner.RunAsync(db, "agencies", "import", "--file", Repository.RealRegistry)).ExitCode.ShouldBe(0);
        await using var app = App(db);
        var (client, _) = await SignInOfficerAsync(app);
        using var __ = client;

        var row = AdminSession.TableRows(await client.GetHtmlAsync("/staff/agencies/import"), "imports").ShouldHaveSingleItem();

        row[1].ShouldBe("nea-registry-2026-07.csv");
        row[2].ShouldStartWith("cli:");
        row.Skip(3).ShouldBe(["Completed", "1294", "0", "0", "0"]);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task OtherRoles_AreDenied403(string method)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = App(db);
        var run = await AddRunAsync(app, RegistryImportStatus.Completed, Today.UtcDateTime);
        var analyst = await app.CreateUserAsync(StaffRoles.Analyst);
        using var client = app.CreateBrowserClient();
        await client.SignInAsync(analyst.Email!);

        HttpResponseMessage response;
        if (method == "GET")
        {
            response = await client.GetAsync($"/staff/agencies/imports/{run.Id}");
        }
        else
        {
            var (_, token) = await client.GetFormAsync("/staff");
            using var content = new MultipartFormDataContent
            {
                { new ByteArrayContent(await File.ReadAllBytesAsync(Repository.RealRegistry)), "file", "nea.csv" },
                { new StringContent(token), "__RequestVerificationToken" },
            };
            response = await client.PostAsync("/staff/agencies/import", content);
        }

        var denied = response.RedirectTarget();
        denied.ShouldStartWith("/staff/account/denied");
        (await client.GetAsync(denied)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.QueryAsync(d => d.RegistryImports.CountAsync())).ShouldBe(1);
    }
}
