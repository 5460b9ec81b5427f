using System.Net;
using Linda.Core.Auditing;
using Linda.Core.Identity;
using Linda.Data;
using Linda.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linda.Web.Tests.Account;

public sealed class SignInTests
{
    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task SignIn_CaseworkerWithoutSecondFactor_IsSentToEnrolmentThenSignsInWithTotp(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = new LindaAppFactory(db);
        var user = await app.CreateUserAsync(StaffRoles.Caseworker);
        using var client = app.CreateBrowserClient();

        var key = await client.SignInAndEnrolTwoFactorAsync(user.Email!);
        (await client.GetAsync("/staff")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // A new session: password first, then the code.
        using var later = app.CreateBrowserClient();
        var password = await later.SubmitPasswordAsync(user.Email!);
        password.Headers.Location!.ToString().ShouldStartWith("/staff/account/signin-2fa");
        (await later.GetAsync("/staff")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "no access before the second factor");
        var code = await later.PostFormAsync(password.Headers.Location!.ToString(), new Dictionary<string, string> { ["Code"] = StaffSession.Totp(key) });
        code.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        code.Headers.Location!.ToString().ShouldBe("/staff");
        (await later.GetAsync("/staff")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using var scope = app.Services.CreateAsyncScope();
        var events = await scope.ServiceProvider.GetRequiredService<LindaDbContext>().AuditEvents
            .Where(e => e.SubjectId == user.Id.ToString()).Select(e => e.Action).ToListAsync();
        events.ShouldContain(AuditActions.TwoFactorEnabled);
        events.Count(a => a == AuditActions.SignIn).ShouldBe(2);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task SignIn_WrongTotp_IsRefusedAndAudited(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = new LindaAppFactory(db);
        var user = await app.CreateUserAsync(StaffRoles.Supervisor);
        using var first = app.CreateBrowserClient();
        var key = await first.SignInAndEnrolTwoFactorAsync(user.Email!);
        using var client = app.CreateBrowserClient();
        await client.SubmitPasswordAsync(user.Email!);
        var wrong = StaffSession.Totp(key) == "000000" ? "111111" : "000000";

        var response = await client.PostFormAsync("/staff/account/signin-2fa", new Dictionary<string, string> { ["Code"] = wrong });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("That code is not right");
        (await client.GetAsync("/staff")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task SignIn_FiveWrongPasswords_LocksTheAccountEvenForTheRightPassword(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = new LindaAppFactory(db);
        var user = await app.CreateUserAsync(StaffRoles.Analyst);
        using var client = app.CreateBrowserClient();

        for (var i = 0; i < 5; i++)
        {
            var failed = await client.SubmitPasswordAsync(user.Email!, "not-the-password-at-all");
            (await failed.Content.ReadAsStringAsync()).ShouldContain(i < 4 ? "is not right" : "locked");
        }
        var right = await client.SubmitPasswordAsync(user.Email!);

        right.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await right.Content.ReadAsStringAsync()).ShouldContain("locked");
        (await client.GetAsync("/staff")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var scope = app.Services.CreateAsyncScope();
        var actions = await scope.ServiceProvider.GetRequiredService<LindaDbContext>().AuditEvents
            .Where(e => e.SubjectId == user.Id.ToString()).Select(e => e.Action).ToListAsync();
        actions.Count(a => a == AuditActions.SignInFailed).ShouldBe(4);
        actions.ShouldContain(AuditActions.SignInLockedOut);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task SignIn_UnknownEmail_GivesTheSameAnswerAsAWrongPasswordAndNeverStoresTheAddress(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = new LindaAppFactory(db);
        using var client = app.CreateBrowserClient();
        var typed = $"nobody-{Guid.NewGuid():N}@linda-test.example";

        var response = await client.SubmitPasswordAsync(typed, "whatever-password-typed");

        (await response.Content.ReadAsStringAsync()).ShouldContain("The e-mail address or password is not right.");
        await using var scope = app.Services.CreateAsyncScope();
        var events = await scope.ServiceProvider.GetRequiredService<LindaDbContext>().AuditEvents.ToListAsync();
        var failed = events.ShouldHaveSingleItem();
        failed.Action.ShouldBe(AuditActions.SignInFailed);
        string.Join("|", failed.ActorId, failed.SubjectId, failed.ChangedProperties).ShouldNotContain(typed);
    }

    [Fact]
    public async Task SignIn_WithoutAntiforgeryToken_IsRejected()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = new LindaAppFactory(db);
        using var client = app.CreateBrowserClient();

        var response = await client.PostAsync("/staff/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "someone@linda-test.example",
            ["Input.Password"] = "whatever-password",
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task SignIn_WithRecoveryCode_WorksOnceOnly()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = new LindaAppFactory(db);
        var user = await app.CreateUserAsync(StaffRoles.HotlineOperator);
        using var enrol = app.CreateBrowserClient();
        await enrol.SubmitPasswordAsync(user.Email!);
        await enrol.GetAsync("/staff");
        var (html, _) = await enrol.GetFormAsync("/staff/account/two-factor");
        var key = System.Text.RegularExpressions.Regex.Match(html, "data-testid=\"shared-key\">([^<]+)<").Groups[1].Value.Replace(" ", "").ToUpperInvariant();
        var enabled = await enrol.PostFormAsync("/staff/account/two-factor", new Dictionary<string, string> { ["Code"] = StaffSession.Totp(key) },
            "/staff/account/two-factor?handler=Enable");
        var codes = System.Text.RegularExpressions.Regex.Matches(await enabled.Content.ReadAsStringAsync(), "<li>([0-9A-Z-]+)</li>")
            .Select(m => m.Groups[1].Value).ToList();
        codes.Count.ShouldBe(10);

        using var first = app.CreateBrowserClient();
        await first.SubmitPasswordAsync(user.Email!);
        var used = await first.PostFormAsync("/staff/account/signin-recovery", new Dictionary<string, string> { ["RecoveryCode"] = codes[0] });
        used.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await first.GetAsync("/staff")).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var second = app.CreateBrowserClient();
        await second.SubmitPasswordAsync(user.Email!);
        var again = await second.PostFormAsync("/staff/account/signin-recovery", new Dictionary<string, string> { ["RecoveryCode"] = codes[0] });
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadAsStringAsync()).ShouldContain("not right");
    }

    [Fact]
    public async Task TwoFactorRoles_AreConfigurable()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = new LindaAppFactory(db).With("Linda:TwoFactorRoles:0", StaffRoles.Admin);
        var caseworker = await app.CreateUserAsync(StaffRoles.Caseworker);
        var admin = await app.CreateUserAsync(StaffRoles.Admin);
        using var caseworkerClient = app.CreateBrowserClient();
        using var adminClient = app.CreateBrowserClient();

        await caseworkerClient.SignInAsync(caseworker.Email!);
        await adminClient.SignInAsync(admin.Email!);

        (await caseworkerClient.GetAsync("/staff")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var adminPage = await adminClient.GetAsync("/staff");
        adminPage.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        adminPage.Headers.Location!.ToString().ShouldStartWith("/staff/account/two-factor");
    }

    [Fact]
    public async Task TwoFactor_AnalystByDefault_IsNotRequired()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = new LindaAppFactory(db);
        var analyst = await app.CreateUserAsync(StaffRoles.Analyst);
        using var client = app.CreateBrowserClient();

        await client.SignInAsync(analyst.Email!);

        (await client.GetAsync("/staff")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
