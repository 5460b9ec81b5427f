using System.Net;
using Linda.Core.Identity;
using Linda.Core.Organisations;
using Linda.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Tests.Admin;

public sealed class OrganisationAdminTests
{
    // As a browser posts the form: a ticked box sends "true" and then the hidden "false"; an empty one only "false".
    private static (string, string)[] Fields(string name, string kind = "Ngo", string county = "", bool active = true) =>
    [
        ("Input.Name", name), ("Input.Kind", kind), ("Input.CountyCode", county),
        .. active ? new[] { ("Input.IsActive", "true"), ("Input.IsActive", "false") } : [("Input.IsActive", "false")],
    ];

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task CreateOrganisation_IsListedWithKindCountyStateAndUserCount(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = new LindaAppFactory(db);
        using var admin = (await app.SignInAdminAsync()).Client;
        await app.CreateUserAsync(StaffRoles.Analyst);

        var response = await admin.PostFieldsAsync("/staff/admin/organisations/new", Fields("Test Shelter Kisumu", "PartnerService", "042"));

        var created = await app.QueryAsync(d => d.Organisations.SingleAsync(o => o.Name == "Test Shelter Kisumu"));
        response.RedirectTarget().ShouldBe($"/staff/admin/organisations/{created.Id}");
        (await admin.FollowAsync(response)).ShouldContain("Organisation “Test Shelter Kisumu” added.");
        created.Kind.ShouldBe(OrganisationKind.PartnerService);
        created.CountyCode.ShouldBe("042");
        created.IsActive.ShouldBeTrue();
        var rows = AdminSession.TableRows(await admin.GetHtmlAsync("/staff/admin/organisations"), "organisations");
        rows.Single(r => r[0] == "Test Shelter Kisumu").ShouldBe(["Test Shelter Kisumu", "Partner service", "Kisumu (042)", "yes", "0"]);
        // The admin and the analyst belong to the test organisation.
        rows.Single(r => r[0] == StaffSession.OrganisationName)[4].ShouldBe("2");
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task CreateOrganisation_NameTakenInAnotherLetterCase_IsAFieldErrorAndNothingIsCreated(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = new LindaAppFactory(db);
        using var admin = (await app.SignInAdminAsync()).Client;
        var before = await app.QueryAsync(d => d.Organisations.CountAsync());

        var response = await admin.PostFieldsAsync("/staff/admin/organisations/new", Fields("  test SAFE migration NETWORK "));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        AdminSession.FieldError(await response.HtmlAsync(), "Input.Name").ShouldBe("Another organisation already has this name.");
        (await app.QueryAsync(d => d.Organisations.CountAsync())).ShouldBe(before);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task EditOrganisation_RenameToAnotherOrganisationsName_IsRefused_ButItsOwnNameInNewCaseIsFine(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = new LindaAppFactory(db);
        using var admin = (await app.SignInAdminAsync()).Client;
        var organisation = await app.CreateOrganisationAsync("Test Legal Aid Clinic");
        var url = $"/staff/admin/organisations/{organisation.Id}";

        var clash = await admin.PostFieldsAsync(url, Fields(StaffSession.OrganisationName.ToLowerInvariant(), "PartnerService"));
        var recased = await admin.PostFieldsAsync(url, Fields("TEST Legal Aid Clinic", "InternationalOrganisation", "047", active: false));

        AdminSession.FieldError(await clash.HtmlAsync(), "Input.Name").ShouldBe("Another organisation already has this name.");
        recased.RedirectTarget().ShouldBe(url);
        (await admin.FollowAsync(recased)).ShouldContain("Changes saved.");
        var saved = await app.QueryAsync(d => d.Organisations.SingleAsync(o => o.Id == organisation.Id));
        saved.Name.ShouldBe("TEST Legal Aid Clinic");
        saved.Kind.ShouldBe(OrganisationKind.InternationalOrganisation);
        saved.CountyCode.ShouldBe("047");
        saved.IsActive.ShouldBeFalse();
    }

    [Theory]
    [InlineData("000")]
    [InlineData("048")]
    [InlineData("47")]
    [InlineData("Nairobi")]
    [InlineData("001 ")]
    public async Task CreateOrganisation_CountyOutsideTheOfficialCodes_IsAFieldError(string county)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = new LindaAppFactory(db);
        using var admin = (await app.SignInAdminAsync()).Client;

        var response = await admin.PostFieldsAsync("/staff/admin/organisations/new", Fields("Test County Office", county: county));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        AdminSession.FieldError(await response.HtmlAsync(), "Input.CountyCode").ShouldBe("Choose a county from the list.");
        (await app.QueryAsync(d => d.Organisations.AnyAsync(o => o.Name == "Test County Office"))).ShouldBeFalse();
    }

    [Theory]
    [InlineData("001", "Mombasa (001)")]
    [InlineData("047", "Nairobi City (047)")]
    [InlineData("", "—")]
    public async Task CreateOrganisation_OfficialCountyCodeOrNone_IsAccepted(string county, string shown)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = new LindaAppFactory(db);
        using var admin = (await app.SignInAdminAsync()).Client;

        var response = await admin.PostFieldsAsync("/staff/admin/organisations/new", Fields("Test County Office", county: county));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var rows = AdminSession.TableRows(await admin.GetHtmlAsync("/staff/admin/organisations"), "organisations");
        rows.Single(r => r[0] == "Test County Office")[2].ShouldBe(shown);
    }

    [Fact]
    public async Task CreateOrganisation_MissingNameUnknownKindOrNonBooleanFlag_AreFieldErrors()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = new LindaAppFactory(db);
        using var admin = (await app.SignInAdminAsync()).Client;
        var before = await app.QueryAsync(d => d.Organisations.CountAsync());

        var noName = await (await admin.PostFieldsAsync("/staff/admin/organisations/new", Fields(" "))).HtmlAsync();
        var badKind = await (await admin.PostFieldsAsync("/staff/admin/organisations/new", Fields("Test Kind", kind: "Cartel"))).HtmlAsync();
        var numericKind = await (await admin.PostFieldsAsync("/staff/admin/organisations/new", Fields("Test Kind", kind: "99"))).HtmlAsync();
        var noKind = await (await admin.PostFieldsAsync("/staff/admin/organisations/new", Fields("Test Kind", kind: ""))).HtmlAsync();
        var notABoolean = await (await admin.PostFieldsAsync("/staff/admin/organisations/new",
            [("Input.Name", "Test Kind"), ("Input.Kind", "Ngo"), ("Input.IsActive", "maybe")])).HtmlAsync();

        AdminSession.FieldError(noName, "Input.Name").ShouldBe("Enter the organisation's name.");
        AdminSession.FieldError(badKind, "Input.Kind").ShouldNotBeEmpty();
        AdminSession.FieldError(numericKind, "Input.Kind").ShouldNotBeEmpty();
        AdminSession.FieldError(noKind, "Input.Kind").ShouldBe("Choose the kind of organisation.");
        AdminSession.FieldError(notABoolean, "Input.IsActive").ShouldNotBeEmpty();
        (await app.QueryAsync(d => d.Organisations.CountAsync())).ShouldBe(before);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task InactiveOrganisation_IsNotOfferedForNewUsersAndTheHandlerRefusesIt(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = new LindaAppFactory(db);
        using var admin = (await app.SignInAdminAsync()).Client;
        var closed = await app.CreateOrganisationAsync("Test Closed Office", isActive: false);

        var form = await admin.GetHtmlAsync("/staff/admin/users/new");
        var response = await admin.PostFieldsAsync("/staff/admin/users/new",
            [("Input.Email", "closed@linda-test.example"), ("Input.Organisation", closed.Id.ToString()), ("Input.Role", StaffRoles.Analyst)]);

        form.ShouldNotContain(closed.Id.ToString());
        AdminSession.FieldError(await response.HtmlAsync(), "Input.Organisation").ShouldBe("That organisation is inactive.");
        (await app.QueryAsync(d => d.Users.AnyAsync(u => u.Email == "closed@linda-test.example"))).ShouldBeFalse();
    }
}
