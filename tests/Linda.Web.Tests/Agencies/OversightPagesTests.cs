using System.Net;
using Linda.Core.Agencies;
using Linda.Core.Identity;
using Linda.Web.Tests.Admin;
using Linda.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linda.Web.Tests.Agencies;

public sealed class OversightPagesTests
{
    private static readonly DateTimeOffset Today = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    private static LindaAppFactory App(TestDatabase db) =>
        new LindaAppFactory(db).WithServices(s => s.AddSingleton<TimeProvider>(new FixedTimeProvider(Today)));

    private static async Task<HttpClient> SignInOfficerAsync(LindaAppFactory app)
    {
        var officer = await app.CreateUserAsync(StaffRoles.OversightOfficer);
        var client = app.CreateBrowserClient();
        await client.SignInAndEnrolTwoFactorAsync(officer.Email!);
        return client;
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Officer_UploadsTheRegistry_ThenFindsAnAgencyWithItsComputedState(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = App(db);
        using var client = await SignInOfficerAsync(app);

        var summary = await client.ImportAsync(Repository.RealRegistry, "nea-registry-2026-07.csv");
        var search = await client.GetHtmlAsync("/staff/agencies?q=ra-2025-10-24");
        var expired = await client.GetHtmlAsync("/staff/agencies?state=Expired");

        summary.ShouldContain("1294 added, 0 updated, 0 unchanged, 0 rejected.");
        AdminSession.TableRows(summary, "import-problems").Count.ShouldBe(4);
        var row = AdminSession.TableRows(search, "agencies").ShouldHaveSingleItem();
        row.ShouldBe(["RA/2025/10/24", "RIVERSIDE MANPOWER LIMITED", "2026-10-03", "Expired"]);
        var expiredCount = await app.QueryAsync(d => d.Agencies.CountAsync(a => a.ExpiresOn < DateOnly.FromDateTime(Today.UtcDateTime)));
        expired.ShouldContain($"<caption>{expiredCount} agencies</caption>");
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Officer_RecordsASuspension_TheAgencyIsSuspendedAndItIsInTheHistory(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = App(db);
        using var client = await SignInOfficerAsync(app);
        await client.ImportAsync(Repository.RealRegistry, "nea.csv");
        var id = await app.QueryAsync(d => d.Agencies.Where(a => a.ExpiresOn > new DateOnly(2027, 1, 1)).Select(a => a.Id).FirstAsync());
        (await client.GetHtmlAsync($"/staff/agencies/{id}")).ShouldContain("data-testid=\"state\">Licensed<");

        var response = await client.PostFieldsAsync($"/staff/agencies/{id}",
        [
            ("Sanction.Kind", nameof(SanctionKind.Suspension)),
            ("Sanction.EffectiveOn", "2026-11-01"),
            ("Sanction.Reason", "Synthetic: kept workers' passports"),
        ], $"/staff/agencies/{id}?handler=Sanction");

        var page = await client.FollowAsync(response);
        page.ShouldContain("data-testid=\"state\">Suspended<");
        AdminSession.TableRows(page, "history")[0][1].ShouldBe("Sanctioned");
        (await CliRunner.RunAsync(db, "audit", "verify")).ExitCode.ShouldBe(0);
    }

    [Fact]
    public async Task Sanction_BadInput_ShowsErrorsAndRecordsNothing()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = App(db);
        using var client = await SignInOfficerAsync(app);
        await client.ImportAsync(Repository.RealRegistry, "nea.csv");
        var id = await app.QueryAsync(d => d.Agencies.Select(a => a.Id).FirstAsync());

        var response = await client.PostFieldsAsync($"/staff/agencies/{id}",
        [
            ("Sanction.Kind", "Warning"),
            ("Sanction.EffectiveOn", "not-a-date"),
            ("Sanction.EndsOn", "2026-01-01"),
            ("Sanction.Reason", ""),
        ], $"/staff/agencies/{id}?handler=Sanction");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.HtmlAsync();
        AdminSession.FieldError(html, "Sanction.Reason").ShouldNotBeEmpty();
        AdminSession.FieldError(html, "Sanction.EffectiveOn").ShouldNotBeEmpty();
        (await app.QueryAsync(d => d.AgencySanctions.CountAsync())).ShouldBe(0);
        (await client.GetAsync($"/staff/agencies/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/staff/agencies")]
    [InlineData("/staff/agencies/import")]
    public async Task OtherRoles_AreDenied(string path)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = App(db);
        var analyst = await app.CreateUserAsync(StaffRoles.Analyst);
        using var client = app.CreateBrowserClient();
        await client.SignInAsync(analyst.Email!);

        var response = await client.GetAsync(path);

        response.RedirectTarget().ShouldStartWith("/staff/account/denied");
    }

    [Fact]
    public async Task Upload_NotACsv_IsRefusedWithAMessage()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = App(db);
        using var client = await SignInOfficerAsync(app);
        var path = Path.Combine(db.Directory, "list.xlsx");
        await File.WriteAllTextAsync(path, "not a csv");

        var response = await client.UploadAsync(path, "list.xlsx");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.HtmlAsync()).ShouldContain("The file must be a .csv");
        (await app.QueryAsync(d => d.Agencies.CountAsync())).ShouldBe(0);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Officer_RecordsIrisStages_TheAgencyAndTheRegistryCountsShowThem(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = App(db);
        using var client = await SignInOfficerAsync(app);
        await client.ImportAsync(Repository.RealRegistry, "nea.csv");
        var ids = await app.QueryAsync(d => d.Agencies.OrderBy(a => a.LicenceKey).Select(a => a.Id).Take(2).ToListAsync());

        async Task Record(Guid id, IrisStage stage, string date)
        {
            var response = await client.PostFieldsAsync($"/staff/agencies/{id}",
                [("Milestone.Stage", stage.ToString()), ("Milestone.ReachedOn", date), ("Milestone.Note", "Synthetic training")],
                $"/staff/agencies/{id}?handler=Iris");
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        }
        await Record(ids[0], IrisStage.Trained, "2022-03-12");
        await Record(ids[0], IrisStage.EnrolledInCapacityBuilding, "2022-06-01");
        await Record(ids[0], IrisStage.MaturityAssessment, "2022-09-01");
        await Record(ids[1], IrisStage.Trained, "2022-03-12");

        (await client.GetHtmlAsync($"/staff/agencies/{ids[0]}")).ShouldContain("data-testid=\"iris-stage\">MaturityAssessment<");
        (await client.GetHtmlAsync("/staff/agencies")).ShouldContain("trained 2, enrolled 1, under assessment 1, certified 0");
        var bad = await client.PostFieldsAsync($"/staff/agencies/{ids[1]}",
            [("Milestone.Stage", "NotEngaged"), ("Milestone.ReachedOn", "")], $"/staff/agencies/{ids[1]}?handler=Iris");
        bad.StatusCode.ShouldBe(HttpStatusCode.OK);
        AdminSession.FieldError(await bad.HtmlAsync(), "Milestone.Stage").ShouldNotBeEmpty();
    }
}
