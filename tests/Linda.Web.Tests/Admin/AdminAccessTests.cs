using System.Globalization;
using System.Net;
using Linda.Core.Identity;
using Linda.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Tests.Admin;

public sealed class AdminAccessTests
{
    private static readonly string UnknownId = Guid.NewGuid().ToString();

    public static readonly TheoryData<string> AdminPages = new(
        "/staff/admin/users",
        "/staff/admin/users/new",
        $"/staff/admin/users/{UnknownId}",
        "/staff/admin/organisations",
        "/staff/admin/organisations/new",
        $"/staff/admin/organisations/{UnknownId}",
        "/staff/admin/audit");

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task AdminPage_Anonymous_IsSentToSignIn(string url)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = new LindaAppFactory(db);
        using var client = app.CreateBrowserClient();

        var response = await client.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.RedirectTarget().ShouldStartWith("/staff/account/signin");
    }

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task AdminPage_Analyst_IsDenied(string url)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = new LindaAppFactory(db);
        var analyst = await app.CreateUserAsync(StaffRoles.Analyst);
        using var client = app.CreateBrowserClient();
        await client.SignInAsync(analyst.Email!);

        var response = await client.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.RedirectTarget().ShouldStartWith("/staff/account/denied");
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task AdminAction_PostedByAnalystWithAValidToken_IsDeniedAndChangesNothing(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = new LindaAppFactory(db);
        var analyst = await app.CreateUserAsync(StaffRoles.Analyst);
        var target = await app.CreateUserAsync(StaffRoles.Caseworker);
        using var client = app.CreateBrowserClient();
        await client.SignInAsync(analyst.Email!);

        // The dashboard's sign-out form supplies a token valid for this session.
        var response = await client.PostFieldsAsync("/staff", [], $"/staff/admin/users/{target.Id}?handler=Disable");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.RedirectTarget().ShouldStartWith("/staff/account/denied");
        (await app.QueryAsync(d => d.Users.SingleAsync(u => u.Id == target.Id))).IsDisabled.ShouldBeFalse();
    }

    [Fact]
    public async Task AdminPage_AdminWithoutSecondFactor_IsSentToEnrolment()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = new LindaAppFactory(db);
        var admin = await app.CreateUserAsync(StaffRoles.Admin);
        using var client = app.CreateBrowserClient();
        (await client.SubmitPasswordAsync(admin.Email!)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var response = await client.GetAsync("/staff/admin/users");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.RedirectTarget().ShouldStartWith("/staff/account/two-factor");
    }

    [Fact]
    public async Task Navigation_ShowsAdminLinksToAdminsOnly()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = new LindaAppFactory(db);
        using var adminClient = (await app.SignInAdminAsync()).Client;
        var analyst = await app.CreateUserAsync(StaffRoles.Analyst);
        using var analystClient = app.CreateBrowserClient();
        await analystClient.SignInAsync(analyst.Email!);

        var adminDashboard = await adminClient.GetHtmlAsync("/staff");
        var analystDashboard = await analystClient.GetHtmlAsync("/staff");

        foreach (var link in new[] { "href=\"/staff/admin/users\"", "href=\"/staff/admin/organisations\"", "href=\"/staff/admin/audit\"" })
        {
            adminDashboard.ShouldContain(link);
            analystDashboard.ShouldNotContain(link);
        }
    }

    [Theory]
    [InlineData("/staff/admin/users/{0}")]
    [InlineData("/staff/admin/organisations/{0}")]
    public async Task EditPage_UnknownId_IsNotFound(string pattern)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = new LindaAppFactory(db);
        using var client = (await app.SignInAdminAsync()).Client;

        var unknown = await client.GetAsync(string.Format(CultureInfo.InvariantCulture, pattern, Guid.NewGuid()));
        var notAnId = await client.GetAsync(string.Format(CultureInfo.InvariantCulture, pattern, "not-an-id"));
        var postToUnknown = await client.PostFieldsAsync("/staff/admin/users/new", [],
            string.Format(CultureInfo.InvariantCulture, pattern, Guid.NewGuid()));

        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        notAnId.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        postToUnknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
