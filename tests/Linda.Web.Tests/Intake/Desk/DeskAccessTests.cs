using System.Net;
using Linda.Core.Identity;
using Linda.Web.Tests.Admin;
using Linda.Web.Tests.Infrastructure;

namespace Linda.Web.Tests.Intake.Desk;

public sealed class DeskAccessTests
{
    [Theory]
    [InlineData("/staff/desk")]
    [InlineData("/staff/desk/calls/new")]
    [InlineData("/staff/desk/signals/0197a5c4-1111-7000-8000-000000000001")]
    [InlineData("/staff/notifications")]
    [InlineData("/staff/cases/0197a5c4-1111-7000-8000-000000000001")]
    public async Task Anonymous_IsSentToSignIn(string url)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = DeskSession.App(db, DeskSession.Clock());
        using var client = app.CreateBrowserClient();

        var response = await client.GetAsync(url);

        response.RedirectTarget().ShouldStartWith("/staff/account/signin");
    }

    [Theory]
    [InlineData(StaffRoles.Caseworker)]
    [InlineData(StaffRoles.Analyst)]
    [InlineData(StaffRoles.OversightOfficer)]
    [InlineData(StaffRoles.PartnerUser)]
    [InlineData(StaffRoles.Admin)]
    public async Task OtherRoles_AreDeniedTheDesk_AndCannotAct(string role)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = DeskSession.App(db, DeskSession.Clock());
        var (client, _) = await app.SignInAsync(role);
        var signal = await app.ReportAsync(["unpaid"]);

        foreach (var url in new[] { "/staff/desk", "/staff/desk/calls/new", $"/staff/desk/signals/{signal.Id}" })
        {
            var response = await client.GetAsync(url);
            response.RedirectTarget().ShouldStartWith("/staff/account/denied", customMessage: url);
        }
        // A token from a page the role may see, posted to a desk action.
        var claim = await client.PostFieldsAsync("/staff", [], $"/staff/desk/signals/{signal.Id}?handler=Claim");
        claim.RedirectTarget().ShouldStartWith("/staff/account/denied");
        (await app.SignalAsync(signal.Id)).ClaimedById.ShouldBeNull();
        (await client.GetHtmlAsync("/staff")).ShouldNotContain("href=\"/staff/desk\"");
    }

    [Theory]
    [InlineData(StaffRoles.HotlineOperator)]
    [InlineData(StaffRoles.Supervisor)]
    public async Task DeskRoles_SeeTheDesk(string role)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = DeskSession.App(db, DeskSession.Clock());
        var (client, _) = await app.SignInAsync(role);

        (await client.GetAsync("/staff/desk")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/staff/desk/calls/new")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetHtmlAsync("/staff")).ShouldContain("href=\"/staff/desk\"");
    }

    [Fact]
    public async Task CasePage_StaffOfTheSameOrganisationOnly()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = DeskSession.App(db, DeskSession.Clock());
        var operatorUser = await app.CreateUserAsync(StaffRoles.HotlineOperator);
        var signal = await app.ReportAsync(["unpaid"], personName: "Synthetic Person Sigma");
        var opened = await app.WorkAsync(operatorUser, (w, a) => w.OpenCaseAsync(signal.Id, a, default));
        var url = $"/staff/cases/{opened.CaseId}";
        var (caseworker, _) = await app.SignInAsync(StaffRoles.Caseworker);
        var (analyst, _) = await app.SignInAsync(StaffRoles.Analyst);
        var outsider = await app.CreateUserAsync(StaffRoles.Caseworker);
        var otherOrganisation = await app.CreateOrganisationAsync("Synthetic Other Organisation");
        await app.QueryAsync(async d =>
        {
            (await d.Users.FindAsync(outsider.Id))!.OrganisationId = otherOrganisation.Id;
            return await d.SaveChangesAsync();
        });
        using var outsiderClient = app.CreateBrowserClient();
        await outsiderClient.SignInAndEnrolTwoFactorAsync(outsider.Email!);

        var seen = await caseworker.GetHtmlAsync(url);

        seen.ShouldContain("Synthetic Person Sigma");
        seen.ShouldNotContain($"href=\"/staff/desk/signals/{signal.Id}\"");
        (await analyst.GetAsync(url)).RedirectTarget().ShouldStartWith("/staff/account/denied");
        (await outsiderClient.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
