using System.Globalization;
using System.Net;
using Linda.Core.Auditing;
using Linda.Core.Identity;
using Linda.Data;
using Linda.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linda.Web.Tests.Admin;

public sealed class AuditViewerTests
{
    // Columns of the audit table.
    private const int Sequence = 0, Actor = 2, Organisation = 3, Action = 4, Subject = 5;

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task AuditLog_FiltersByActionAndByActorEmail(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = new LindaAppFactory(db);
        var (admin, adminUser) = await app.SignInAdminAsync();
        using var _ = admin;
        var analyst = await app.CreateUserAsync(StaffRoles.Analyst);
        using (var analystClient = app.CreateBrowserClient())
        {
            await analystClient.SignInAsync(analyst.Email!);
        }
        await admin.GetHtmlAsync($"/staff/admin/users/{analyst.Id}");

        var all = AdminSession.TableRows(await admin.GetHtmlAsync("/staff/admin/audit"), "audit");
        var reads = AdminSession.TableRows(await admin.GetHtmlAsync("/staff/admin/audit?filter.action=read"), "audit");
        var byAnalyst = AdminSession.TableRows(await admin.GetHtmlAsync($"/staff/admin/audit?filter.actor={Uri.EscapeDataString(analyst.Email!.ToUpperInvariant())}"), "audit");
        var byAdminId = AdminSession.TableRows(await admin.GetHtmlAsync($"/staff/admin/audit?filter.actor={adminUser.Id}&filter.action=sign-in"), "audit");

        var total = await app.QueryAsync(d => d.AuditEvents.CountAsync());
        all.Count.ShouldBe(total);
        all.Select(r => long.Parse(r[Sequence], CultureInfo.InvariantCulture)).ShouldBe(Enumerable.Range(1, total).Select(i => (long)(total + 1 - i)), "newest first");
        var read = reads.ShouldHaveSingleItem();
        read[Action].ShouldBe("read");
        read[Actor].ShouldBe(adminUser.Email);
        read[Organisation].ShouldBe(StaffSession.OrganisationName);
        read[Subject].ShouldBe($"StaffUser {analyst.Id}");
        byAnalyst.ShouldNotBeEmpty();
        byAnalyst.ShouldAllBe(r => r[Actor] == analyst.Email);
        byAnalyst.ShouldContain(r => r[Action] == "sign-in");
        byAdminId.ShouldNotBeEmpty();
        byAdminId.ShouldAllBe(r => r[Actor] == adminUser.Email && r[Action] == "sign-in");
        // Writes made without a signed-in user (creating the test accounts) are the system's.
        all.ShouldContain(r => r[Actor] == "system" && r[Action] == "created");
    }

    [Theory]
    [InlineData("filter.from=28/11/2026", "Filter.From", "Enter a date as YYYY-MM-DD, for example 2026-11-28.")]
    [InlineData("filter.to=yesterday", "Filter.To", "Enter a date as YYYY-MM-DD, for example 2026-11-28.")]
    [InlineData("filter.from=2026-11-28&filter.to=2026-11-01", "Filter.To", "“To” must be the same day as “From” or later.")]
    [InlineData("filter.action=drop-table", "Filter.Action", "Choose an action from the list.")]
    [InlineData("filter.actor=nobody%40linda-test.example", "Filter.Actor", "No user has that e-mail address.")]
    public async Task AuditLog_UnusableFilter_IsAValidationMessageNotAnError(string query, string field, string message)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = new LindaAppFactory(db);
        using var admin = (await app.SignInAdminAsync()).Client;

        var response = await admin.GetAsync($"/staff/admin/audit?{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.HtmlAsync();
        AdminSession.FieldError(html, field).ShouldBe(message);
        html.ShouldContain("Fix the filters above to see entries.");
        html.ShouldNotContain("data-testid=\"audit\"");
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task AuditLog_DateFilter_IncludesTheWholeToDayInUtc(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = new LindaAppFactory(db);
        using var admin = (await app.SignInAdminAsync()).Client;
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var tomorrow = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var yesterday = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var todayOnly = AdminSession.TableRows(await admin.GetHtmlAsync($"/staff/admin/audit?filter.from={today}&filter.to={today}"), "audit");
        var fromTomorrow = AdminSession.TableRows(await admin.GetHtmlAsync($"/staff/admin/audit?filter.from={tomorrow}"), "audit");
        var untilYesterday = AdminSession.TableRows(await admin.GetHtmlAsync($"/staff/admin/audit?filter.to={yesterday}"), "audit");

        todayOnly.Count.ShouldBe(await app.QueryAsync(d => d.AuditEvents.CountAsync()));
        todayOnly.ShouldNotBeEmpty();
        fromTomorrow.ShouldBeEmpty();
        untilYesterday.ShouldBeEmpty();
        // The last representable day must not overflow the end-of-day arithmetic.
        AdminSession.TableRows(await admin.GetHtmlAsync("/staff/admin/audit?filter.from=9999-12-31&filter.to=9999-12-31"), "audit").ShouldBeEmpty();
        AdminSession.TableRows(await admin.GetHtmlAsync("/staff/admin/audit?filter.from=0001-01-01"), "audit").Count.ShouldBe(todayOnly.Count);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task AuditLog_PagesOfFifty_OlderAndNewerLinksCoverEveryEntryOnce(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = new LindaAppFactory(db);
        using var admin = (await app.SignInAdminAsync()).Client;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<LindaDbContext>();
            for (var i = 0; i < 120; i++)
            {
                context.Audit(AuditActions.Export, "Test", i.ToString(CultureInfo.InvariantCulture));
            }
            await context.SaveChangesAsync();
        }
        var total = await app.QueryAsync(d => d.AuditEvents.CountAsync());
        total.ShouldBeGreaterThan(120, "three pages at least");

        var seen = new List<long>();
        var url = "/staff/admin/audit";
        var pages = 0;
        string html;
        while (true)
        {
            html = await admin.GetHtmlAsync(url);
            var rows = AdminSession.TableRows(html, "audit");
            rows.Count.ShouldBeLessThanOrEqualTo(50);
            seen.AddRange(rows.Select(r => long.Parse(r[Sequence], CultureInfo.InvariantCulture)));
            pages++;
            var older = System.Text.RegularExpressions.Regex.Match(html, "<a href=\"([^\"]+)\">Older entries</a>");
            if (!older.Success)
            {
                break;
            }
            url = older.Groups[1].Value;
        }

        pages.ShouldBe((total + 49) / 50);
        seen.ShouldBe(Enumerable.Range(1, total).Select(i => (long)i).Reverse());
        var newer = System.Text.RegularExpressions.Regex.Match(html, "<a href=\"([^\"]+)\">Newer entries</a>");
        newer.Success.ShouldBeTrue("the last page links back to newer entries");
        var back = AdminSession.TableRows(await admin.GetHtmlAsync(newer.Groups[1].Value), "audit");
        back.Select(r => long.Parse(r[Sequence], CultureInfo.InvariantCulture)).ShouldBe(seen.Skip((pages - 2) * 50).Take(50));
        (await admin.GetAsync("/staff/admin/audit?before=abc")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task VerifyButton_IntactChain_ReportsTheNumberOfEntries(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = new LindaAppFactory(db);
        using var admin = (await app.SignInAdminAsync()).Client;
        var total = await app.QueryAsync(d => d.AuditEvents.CountAsync());

        var response = await admin.PostFieldsAsync("/staff/admin/audit", [], "/staff/admin/audit?handler=Verify");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.HtmlAsync()).ShouldContain($"data-testid=\"verification\">Audit chain intact: {total} entries.<");
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task VerifyButton_EditedRow_ReportsThatEntry(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = new LindaAppFactory(db);
        using var admin = (await app.SignInAdminAsync()).Client;
        await app.QueryAsync(d => d.Database.ExecuteSqlRawAsync("UPDATE \"AuditEvents\" SET \"Action\"='x' WHERE \"Sequence\"=2"));

        var response = await admin.PostFieldsAsync("/staff/admin/audit?filter.action=x", [], "/staff/admin/audit?handler=Verify&filter.action=sign-in");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.HtmlAsync();
        html.ShouldContain("data-testid=\"verification\">Audit chain broken at entry 2: its content does not match its hash (edited). The 1 entries before it are intact.<");
        // The filters of the page the button was pressed on still apply.
        AdminSession.TableRows(html, "audit").ShouldAllBe(r => r[Action] == "sign-in");
    }

    [Fact]
    public async Task VerifyButton_WithoutAntiforgeryToken_IsRejected()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = new LindaAppFactory(db);
        using var admin = (await app.SignInAdminAsync()).Client;

        var response = await admin.PostAsync("/staff/admin/audit?handler=Verify", new FormUrlEncodedContent([]));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
