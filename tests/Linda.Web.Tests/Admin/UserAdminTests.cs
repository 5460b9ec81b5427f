using System.Net;
using System.Text.RegularExpressions;
using Linda.Core.Auditing;
using Linda.Core.Identity;
using Linda.Data.Identity;
using Linda.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linda.Web.Tests.Admin;

public sealed class UserAdminTests
{
    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task CreateUser_WithoutPassword_ShowsTheGeneratedPasswordOnceAndItSignsIn(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = new LindaAppFactory(db);
        using var admin = (await app.SignInAdminAsync()).Client;
        var organisation = await app.OrganisationIdAsync(StaffSession.OrganisationName);
        var email = $"new-analyst-{Guid.NewGuid():N}@linda-test.example";

        var response = await admin.PostFieldsAsync("/staff/admin/users/new",
        [
            ("Input.Email", email), ("Input.FullName", "Wanjiru Test"), ("Input.Organisation", organisation.ToString()),
            ("Input.Role", StaffRoles.Analyst), ("Input.Password", ""),
        ]);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.HtmlAsync();
        html.ShouldContain($"Account created for {email}");
        var password = Regex.Match(html, "data-testid=\"generated-password\">([^<]+)<").Groups[1].Value;
        password.Length.ShouldBe(20);

        using var newcomer = app.CreateBrowserClient();
        var signIn = await newcomer.SubmitPasswordAsync(email, password);
        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signIn.Headers.Location!.ToString().ShouldBe("/staff");

        // Shown once: neither the form again nor the list or the account's page repeats it.
        var user = await app.QueryAsync(d => d.Users.SingleAsync(u => u.Email == email));
        (await admin.GetHtmlAsync("/staff/admin/users/new")).ShouldNotContain(password);
        (await admin.GetHtmlAsync("/staff/admin/users")).ShouldNotContain(password);
        (await admin.GetHtmlAsync($"/staff/admin/users/{user.Id}")).ShouldNotContain(password);
        user.FullName.ShouldBe("Wanjiru Test");
        user.OrganisationId.ShouldBe(organisation);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task CreateUser_WithPassword_DoesNotEchoItAndTheUserSignsInWithIt(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = new LindaAppFactory(db);
        using var admin = (await app.SignInAdminAsync()).Client;
        var organisation = await app.OrganisationIdAsync(StaffSession.OrganisationName);
        var email = $"chosen-{Guid.NewGuid():N}@linda-test.example";
        const string chosen = "a-chosen-initial-password";

        var response = await admin.PostFieldsAsync("/staff/admin/users/new",
            [("Input.Email", email), ("Input.Organisation", organisation.ToString()), ("Input.Role", StaffRoles.Analyst), ("Input.Password", chosen)]);

        var html = await response.HtmlAsync();
        html.ShouldContain($"Account created for {email}");
        html.ShouldNotContain(chosen);
        html.ShouldNotContain("generated-password");
        using var newcomer = app.CreateBrowserClient();
        (await newcomer.SubmitPasswordAsync(email, chosen)).Headers.Location!.ToString().ShouldBe("/staff");
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task CreateUser_DuplicateEmailUnknownRoleOrMissingOrganisation_ShowsFieldErrorsAndCreatesNothing(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = new LindaAppFactory(db);
        var (admin, adminUser) = await app.SignInAdminAsync();
        using var _ = admin;
        var organisation = (await app.OrganisationIdAsync(StaffSession.OrganisationName)).ToString();
        var fresh = $"fresh-{Guid.NewGuid():N}@linda-test.example";
        var usersBefore = await app.QueryAsync(d => d.Users.CountAsync());

        async Task<string> PostAsync(string email, string role, string org) => await (await admin.PostFieldsAsync("/staff/admin/users/new",
            [("Input.Email", email), ("Input.Organisation", org), ("Input.Role", role), ("Input.Password", "")])).HtmlAsync();

        var duplicate = await PostAsync(adminUser.Email!.ToUpperInvariant(), StaffRoles.Analyst, organisation);
        var unknownRole = await PostAsync(fresh, "Wizard", organisation);
        var missingOrganisation = await PostAsync(fresh, StaffRoles.Analyst, "");
        var unknownOrganisation = await PostAsync(fresh, StaffRoles.Analyst, Guid.NewGuid().ToString());
        var badEmail = await PostAsync("not an address", StaffRoles.Analyst, organisation);

        AdminSession.FieldError(duplicate, "Input.Email").ShouldBe("A user with that e-mail address already exists.");
        AdminSession.FieldError(unknownRole, "Input.Role").ShouldStartWith("Unknown role.");
        AdminSession.FieldError(unknownRole, "Input.Email").ShouldBeEmpty();
        AdminSession.FieldError(missingOrganisation, "Input.Organisation").ShouldBe("Choose an organisation.");
        AdminSession.FieldError(unknownOrganisation, "Input.Organisation").ShouldBe("No organisation has that name or id.");
        AdminSession.FieldError(badEmail, "Input.Email").ShouldBe("Enter a valid e-mail address.");
        foreach (var page in new[] { duplicate, unknownRole, missingOrganisation, unknownOrganisation, badEmail })
        {
            page.ShouldNotContain("Account created");
            page.ShouldNotContain("generated-password");
        }
        (await app.QueryAsync(d => d.Users.CountAsync())).ShouldBe(usersBefore);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task UserList_ShowsAccountsAndFiltersByOrganisationRoleAndNameText(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = new LindaAppFactory(db);
        using var admin = (await app.SignInAdminAsync()).Client;
        var analyst = await app.CreateUserAsync(StaffRoles.Analyst, fullName: "Achieng Odhiambo");
        var caseworker = await app.CreateUserAsync(StaffRoles.Caseworker, fullName: "Baraka Mwangi");
        var other = await app.CreateOrganisationAsync("Test Counselling Centre");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var moved = (await users.FindByIdAsync(caseworker.Id.ToString()))!;
            moved.OrganisationId = other.Id;
            await users.UpdateAsync(moved);
        }

        var all = AdminSession.TableRows(await admin.GetHtmlAsync("/staff/admin/users"), "users");
        var byRole = AdminSession.TableRows(await admin.GetHtmlAsync("/staff/admin/users?filter.role=Analyst"), "users");
        var byName = AdminSession.TableRows(await (await admin.PostFieldsAsync("/staff/admin/users", [("Filter.Q", "mwANGi")])).HtmlAsync(), "users");
        var nameInUrl = AdminSession.TableRows(await admin.GetHtmlAsync("/staff/admin/users?filter.q=mwANGi"), "users");
        var byOrganisation = AdminSession.TableRows(await admin.GetHtmlAsync($"/staff/admin/users?filter.organisation={other.Id}"), "users");
        var badRole = await admin.GetAsync("/staff/admin/users?filter.role=Wizard");
        var badOrganisation = await admin.GetAsync("/staff/admin/users?filter.organisation=not-a-guid");

        all.Count.ShouldBe(3);
        var analystRow = all.Single(r => r[0] == analyst.Email);
        analystRow.ShouldBe([analyst.Email!, "Achieng Odhiambo", "Analyst", StaffSession.OrganisationName, "off", "active", "never"]);
        all.Single(r => r[1] == "Test Administrator")[4].ShouldBe("on");
        byRole.Select(r => r[0]).ShouldBe([analyst.Email!]);
        byName.Select(r => r[0]).ShouldBe([caseworker.Email!]);
        nameInUrl.Count.ShouldBe(3, "a name in the URL is ignored: names never travel in URLs");
        byOrganisation.Select(r => r[0]).ShouldBe([caseworker.Email!]);
        byOrganisation.Single()[3].ShouldBe("Test Counselling Centre");
        badRole.StatusCode.ShouldBe(HttpStatusCode.OK);
        AdminSession.FieldError(await badRole.HtmlAsync(), "Filter.Role").ShouldBe("Choose a role from the list.");
        badOrganisation.StatusCode.ShouldBe(HttpStatusCode.OK);
        AdminSession.FieldError(await badOrganisation.HtmlAsync(), "Filter.Organisation").ShouldNotBeEmpty();
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task EditUser_ViewingTheAccount_IsAuditedAsARead(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = new LindaAppFactory(db);
        var (admin, adminUser) = await app.SignInAdminAsync();
        using var _ = admin;
        var person = await app.CreateUserAsync(StaffRoles.Caseworker, fullName: "Chebet Kiprop");

        var html = await admin.GetHtmlAsync($"/staff/admin/users/{person.Id}");

        html.ShouldContain("value=\"Chebet Kiprop\"");
        var reads = await app.QueryAsync(d => d.AuditEvents
            .Where(e => e.Action == AuditActions.Read && e.SubjectType == "StaffUser" && e.SubjectId == person.Id.ToString()).ToListAsync());
        reads.ShouldHaveSingleItem().ActorId.ShouldBe(adminUser.Id.ToString());
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task EditUser_ChangesNameOrganisationAndRoles(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = new LindaAppFactory(db);
        using var admin = (await app.SignInAdminAsync()).Client;
        var person = await app.CreateUserAsync(StaffRoles.Caseworker, fullName: "Old Name");
        var other = await app.CreateOrganisationAsync("Test Legal Aid Clinic");
        var url = $"/staff/admin/users/{person.Id}";

        var response = await admin.PostFieldsAsync(url,
        [
            ("Input.FullName", "  New Name  "), ("Input.OrganisationId", other.Id.ToString()),
            ("Input.Roles", StaffRoles.Supervisor), ("Input.Roles", StaffRoles.Analyst),
        ]);

        response.RedirectTarget().ShouldBe(url);
        (await admin.FollowAsync(response)).ShouldContain("Changes saved.");
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var saved = (await users.FindByIdAsync(person.Id.ToString()))!;
        saved.FullName.ShouldBe("New Name");
        saved.OrganisationId.ShouldBe(other.Id);
        (await users.GetRolesAsync(saved)).Order().ShouldBe([StaffRoles.Analyst, StaffRoles.Supervisor]);
        var changes = await app.QueryAsync(d => d.AuditEvents
            .Where(e => e.Action == AuditActions.Updated && e.SubjectType == "StaffUser" && e.SubjectId == person.Id.ToString())
            .Select(e => e.ChangedProperties).ToListAsync());
        changes.ShouldContain(c => c != null && c.Contains("FullName") && c.Contains("OrganisationId"));
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task EditUser_NoRoleOrAnUnknownRoleOrInactiveOrganisation_ShowsErrorsAndKeepsTheAccount(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = new LindaAppFactory(db);
        using var admin = (await app.SignInAdminAsync()).Client;
        var person = await app.CreateUserAsync(StaffRoles.Caseworker, fullName: "Kept Name");
        var organisation = (await app.OrganisationIdAsync(StaffSession.OrganisationName)).ToString();
        var inactive = await app.CreateOrganisationAsync("Test Closed Organisation", isActive: false);
        var url = $"/staff/admin/users/{person.Id}";

        var noRole = await admin.PostFieldsAsync(url, [("Input.FullName", "Changed"), ("Input.OrganisationId", organisation)]);
        var unknownRole = await admin.PostFieldsAsync(url, [("Input.FullName", "Changed"), ("Input.OrganisationId", organisation), ("Input.Roles", "Wizard")]);
        var inactiveOrganisation = await admin.PostFieldsAsync(url,
            [("Input.FullName", "Changed"), ("Input.OrganisationId", inactive.Id.ToString()), ("Input.Roles", StaffRoles.Caseworker)]);
        var badOrganisation = await admin.PostFieldsAsync(url,
            [("Input.FullName", "Changed"), ("Input.OrganisationId", "nonsense"), ("Input.Roles", StaffRoles.Caseworker)]);

        noRole.StatusCode.ShouldBe(HttpStatusCode.OK);
        AdminSession.FieldError(await noRole.HtmlAsync(), "Input.Roles").ShouldBe("Choose at least one role.");
        AdminSession.FieldError(await unknownRole.HtmlAsync(), "Input.Roles").ShouldStartWith("“Wizard” is not a role.");
        AdminSession.FieldError(await inactiveOrganisation.HtmlAsync(), "Input.OrganisationId").ShouldBe("That organisation is inactive: choose another.");
        badOrganisation.StatusCode.ShouldBe(HttpStatusCode.OK);
        AdminSession.FieldError(await badOrganisation.HtmlAsync(), "Input.OrganisationId").ShouldNotBeEmpty();
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var saved = (await users.FindByIdAsync(person.Id.ToString()))!;
        saved.FullName.ShouldBe("Kept Name");
        (await users.GetRolesAsync(saved)).ShouldBe([StaffRoles.Caseworker]);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task EditUser_AdminCannotRemoveTheirOwnAdminRoleOrDisableThemself(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = new LindaAppFactory(db);
        var (admin, self) = await app.SignInAdminAsync();
        using var _ = admin;
        var url = $"/staff/admin/users/{self.Id}";
        var organisation = self.OrganisationId.ToString();

        var dropAdmin = await admin.PostFieldsAsync(url,
            [("Input.FullName", "Test Administrator"), ("Input.OrganisationId", organisation), ("Input.Roles", StaffRoles.Analyst)]);
        var disable = await admin.PostFieldsAsync(url, [], $"{url}?handler=Disable");

        AdminSession.FieldError(await dropAdmin.HtmlAsync(), "Input.Roles").ShouldBe("You cannot remove your own Admin role. Ask another administrator.");
        (await admin.FollowAsync(disable)).ShouldContain("You cannot disable your own account.");
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var saved = (await users.FindByIdAsync(self.Id.ToString()))!;
        saved.IsDisabled.ShouldBeFalse();
        (await users.GetRolesAsync(saved)).ShouldBe([StaffRoles.Admin]);
        (await admin.GetAsync("/staff/admin/users")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task DisableUser_EndsTheirOpenSessionAndRefusesSignIn_EnableLetsThemBackIn(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        // Check the security stamp on every request rather than once a minute.
        await using var app = new LindaAppFactory(db)
            .WithServices(s => s.PostConfigure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero));
        using var admin = (await app.SignInAdminAsync()).Client;
        var person = await app.CreateUserAsync(StaffRoles.Analyst);
        using var session = app.CreateBrowserClient();
        await session.SignInAsync(person.Email!);
        (await session.GetAsync("/staff")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var stampBefore = person.SecurityStamp;
        var url = $"/staff/admin/users/{person.Id}";

        var disabled = await admin.PostFieldsAsync(url, [], $"{url}?handler=Disable");

        (await admin.FollowAsync(disabled)).ShouldContain("Account disabled.");
        var saved = await app.QueryAsync(d => d.Users.AsNoTracking().SingleAsync(u => u.Id == person.Id));
        saved.IsDisabled.ShouldBeTrue();
        saved.SecurityStamp.ShouldNotBe(stampBefore);
        var openSession = await session.GetAsync("/staff");
        openSession.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        openSession.RedirectTarget().ShouldStartWith("/staff/account/signin");
        using var fresh = app.CreateBrowserClient();
        (await (await fresh.SubmitPasswordAsync(person.Email!)).HtmlAsync()).ShouldContain("This account cannot sign in.");
        (await fresh.GetAsync("/staff")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var enabled = await admin.PostFieldsAsync(url, [], $"{url}?handler=Enable");

        (await admin.FollowAsync(enabled)).ShouldContain("Account enabled.");
        using var again = app.CreateBrowserClient();
        await again.SignInAsync(person.Email!);
        (await again.GetAsync("/staff")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task ResetTwoFactor_UserEnrolsAgainAtNextSignInAndTheResetIsAudited(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = new LindaAppFactory(db);
        var (admin, adminUser) = await app.SignInAdminAsync();
        using var _ = admin;
        var person = await app.CreateUserAsync(StaffRoles.Caseworker);
        using (var phone = app.CreateBrowserClient())
        {
            await phone.SignInAndEnrolTwoFactorAsync(person.Email!);
        }
        var url = $"/staff/admin/users/{person.Id}";
        (await admin.GetHtmlAsync(url)).ShouldContain("data-testid=\"two-factor\">on<");
        string? oldKey;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var before = (await users.FindByIdAsync(person.Id.ToString()))!;
            (await users.CountRecoveryCodesAsync(before)).ShouldBe(10);
            oldKey = await users.GetAuthenticatorKeyAsync(before);
        }

        var reset = await admin.PostFieldsAsync(url, [], $"{url}?handler=ResetTwoFactor");

        var page = await admin.FollowAsync(reset);
        page.ShouldContain("Two-factor sign-in reset.");
        page.ShouldContain("data-testid=\"two-factor\">off<");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var after = (await users.FindByIdAsync(person.Id.ToString()))!;
            after.TwoFactorEnabled.ShouldBeFalse();
            (await users.CountRecoveryCodesAsync(after)).ShouldBe(0);
            (await users.GetAuthenticatorKeyAsync(after)).ShouldNotBe(oldKey);
        }
        var resetEvent = await app.QueryAsync(d => d.AuditEvents.SingleAsync(e => e.Action == AuditActions.TwoFactorReset));
        resetEvent.SubjectId.ShouldBe(person.Id.ToString());
        resetEvent.ActorId.ShouldBe(adminUser.Id.ToString());

        // Next sign-in: the password alone, no code asked, then straight to enrolment.
        using var next = app.CreateBrowserClient();
        var password = await next.SubmitPasswordAsync(person.Email!);
        password.Headers.Location!.ToString().ShouldBe("/staff");
        var dashboard = await next.GetAsync("/staff");
        dashboard.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        dashboard.RedirectTarget().ShouldStartWith("/staff/account/two-factor");
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Unlock_ClearsALockoutSoTheRightPasswordWorksAgain(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = new LindaAppFactory(db);
        using var admin = (await app.SignInAdminAsync()).Client;
        var person = await app.CreateUserAsync(StaffRoles.Analyst);
        using var client = app.CreateBrowserClient();
        for (var i = 0; i < 5; i++)
        {
            await client.SubmitPasswordAsync(person.Email!, "not-the-password-at-all");
        }
        (await (await client.SubmitPasswordAsync(person.Email!)).HtmlAsync()).ShouldContain("locked");
        var url = $"/staff/admin/users/{person.Id}";
        (await admin.GetHtmlAsync(url)).ShouldContain("locked until");

        var unlocked = await admin.PostFieldsAsync(url, [], $"{url}?handler=Unlock");

        var page = await admin.FollowAsync(unlocked);
        page.ShouldContain("Account unlocked.");
        page.ShouldContain("data-testid=\"lockout\">not locked<");
        var saved = await app.QueryAsync(d => d.Users.AsNoTracking().SingleAsync(u => u.Id == person.Id));
        saved.LockoutEnd.ShouldBeNull();
        saved.AccessFailedCount.ShouldBe(0);
        await client.SignInAsync(person.Email!);
    }
}
