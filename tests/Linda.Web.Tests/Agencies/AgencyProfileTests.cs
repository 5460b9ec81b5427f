using System.Net;
using System.Text.Json;
using Linda.Core.Agencies;
using Linda.Core.Identity;
using Linda.Data;
using Linda.Web.Tests.Admin;
using Linda.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linda.Web.Tests.Agencies;

/// <summary>Officers' other names, contacts and destinations of an agency, and what public verification makes of them.</summary>
public sealed class AgencyProfileTests
{
    private static readonly DateTimeOffset Today = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);
    private const string OfficerName = "Test Oversight Officer";
    private const string Zawadi = "ZAWADI BORA PLACEMENTS LIMITED";
    private const string Mwangaza = "MWANGAZA GULF CONNECT LIMITED";

    private static LindaAppFactory App(TestDatabase db) =>
        new LindaAppFactory(db).WithServices(s => s.AddSingleton<TimeProvider>(new FixedTimeProvider(Today)));

    private static async Task<HttpClient> SignInOfficerAsync(LindaAppFactory app)
    {
        var officer = await app.CreateUserAsync(StaffRoles.OversightOfficer, fullName: OfficerName);
        var client = app.CreateBrowserClient();
        await client.SignInAndEnrolTwoFactorAsync(officer.Email!);
        return client;
    }

    /// <summary>Two synthetic licensed agencies; the second has a registry e-mail and website.</summary>
    private static async Task<(Guid Zawadi, Guid Mwangaza)> SeedAgenciesAsync(LindaAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LindaDbContext>();
        Agency Make(string licence, string name, string? email, string? website) => new()
        {
            LicenceNumber = licence,
            LicenceKey = LicenceNumbers.Normalise(licence)!,
            Name = name,
            Email = email,
            Website = website,
            IssuedOn = new DateOnly(2025, 1, 1),
            ExpiresOn = new DateOnly(2027, 6, 30),
            CreatedAt = db.UtcNow,
            UpdatedAt = db.UtcNow,
        };
        var zawadi = Make("RA/2026/01/901", Zawadi, null, null);
        var mwangaza = Make("RA/2026/01/902", Mwangaza, "Info@Mwangaza-Gulf.example", "WWW.Mwangaza-Gulf.example");
        db.Agencies.AddRange(zawadi, mwangaza);
        await db.SaveChangesAsync();
        return (zawadi.Id, mwangaza.Id);
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, Guid id, string handler, params (string Key, string Value)[] fields) =>
        client.PostFieldsAsync($"/staff/agencies/{id}", fields, $"/staff/agencies/{id}?handler={handler}");

    private static async Task<JsonElement> VerifyAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/v1/agencies/verify?" + query);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static IEnumerable<string?> Reasons(JsonElement answer) =>
        answer.GetProperty("matches").EnumerateArray().SelectMany(m => m.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Officer_AddsOtherNameContactsAndDestination_PageHistoryAndPublicVerificationShowThem(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = App(db);
        var (zawadi, mwangaza) = await SeedAgenciesAsync(app);
        using var client = await SignInOfficerAsync(app);
        using var publicClient = app.CreateClient();
        (await VerifyAsync(publicClient, "q=0700000123")).GetProperty("verdict").GetString().ShouldBe("not_found");

        var responses = new[]
        {
            await PostAsync(client, zawadi, "Alias", ("Alias.Name", "  Zawadi   Jobs Centre ")),
            await PostAsync(client, zawadi, "Contact", ("Contact.Kind", "Phone"), ("Contact.Value", "0700 000 123")),
            await PostAsync(client, zawadi, "Contact", ("Contact.Kind", "Email"), ("Contact.Value", " Jobs@Zawadi-Bora.Example ")),
            await PostAsync(client, zawadi, "Contact", ("Contact.Kind", "Website"), ("Contact.Value", "https://www.Zawadi-Bora.example/apply?x=1")),
            await PostAsync(client, zawadi, "Destination", ("Destination.Country", "sau")),
        };

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Redirect);
        responses[0].RedirectTarget().ShouldBe($"/staff/agencies/{zawadi}#aliases");
        var page = await client.GetHtmlAsync($"/staff/agencies/{zawadi}");
        AdminSession.TableRows(page, "aliases").ShouldHaveSingleItem().Take(3).ShouldBe(["Zawadi Jobs Centre", "2026-11-28", OfficerName]);
        AdminSession.TableRows(page, "contacts").Select(r => $"{r[0]} {r[1]}").ShouldBe(
            ["Phone +254700000123", "Email jobs@zawadi-bora.example", "Website zawadi-bora.example"]);
        AdminSession.TableRows(page, "destinations").ShouldHaveSingleItem()[0].ShouldBe("Saudi Arabia");
        var history = AdminSession.TableRows(page, "history");
        history.Select(h => h[1]).ShouldBe(["AliasAdded", "ContactAdded", "ContactAdded", "ContactAdded", "DestinationAdded"], ignoreOrder: true);
        history.ShouldAllBe(h => h[0].StartsWith("2026-11-28") && h[4] == OfficerName);
        history.Select(h => h[3]).ShouldContain("Phone +254700000123");
        history.Select(h => h[3]).ShouldContain("Saudi Arabia (SAU)");

        var byAlias = await VerifyAsync(publicClient, "q=zawadi%20jobs%20centre");
        byAlias.GetProperty("verdict").GetString().ShouldBe("licensed");
        byAlias.GetProperty("matches")[0].GetProperty("name").GetString().ShouldBe(Zawadi);
        var byPhone = await VerifyAsync(publicClient, "q=%2B254%20700%20000%20123");
        byPhone.GetProperty("matches")[0].GetProperty("name").GetString().ShouldBe(Zawadi);
        (await VerifyAsync(publicClient, "q=zawadi-bora.example")).GetProperty("matches")[0].GetProperty("name").GetString().ShouldBe(Zawadi);
        var impostor = await VerifyAsync(publicClient, "q=Mwangaza%20Gulf%20Connect&phone=0700-000-123");
        impostor.GetProperty("verdict").GetString().ShouldBe("lookalike");
        Reasons(impostor).ShouldContain($"phone belongs to a different licensed agency, {Zawadi}");

        var contactId = await app.QueryAsync(d => d.AgencyContacts.Where(c => c.Value == "+254700000123").Select(c => c.Id).SingleAsync());
        var removed = await PostAsync(client, zawadi, "RemoveContact", ("contactId", contactId.ToString()));
        var again = await PostAsync(client, zawadi, "RemoveContact", ("contactId", contactId.ToString()));

        removed.RedirectTarget().ShouldBe($"/staff/agencies/{zawadi}#contacts");
        again.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await client.GetHtmlAsync($"/staff/agencies/{zawadi}");
        AdminSession.TableRows(after, "history")[0].Take(4).Skip(1).ShouldBe(["ContactRemoved", "Phone +254700000123", ""]);
        (await VerifyAsync(publicClient, "q=0700000123")).GetProperty("verdict").GetString().ShouldBe("not_found");
        (await CliRunner.RunAsync(db, "audit", "verify")).ExitCode.ShouldBe(0);
        _ = mwangaza;
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Officer_AddsAContactAnotherAgencyUses_ThePageWarnsAndLinksToIt(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = App(db);
        var (zawadi, mwangaza) = await SeedAgenciesAsync(app);
        using var client = await SignInOfficerAsync(app);
        (await client.GetHtmlAsync($"/staff/agencies/{zawadi}")).ShouldNotContain("data-testid=\"shared-contacts\"");

        await PostAsync(client, mwangaza, "Contact", ("Contact.Kind", "Phone"), ("Contact.Value", "+254 700 000 555"));
        await PostAsync(client, zawadi, "Contact", ("Contact.Kind", "Phone"), ("Contact.Value", "0700000555"));
        await PostAsync(client, zawadi, "Contact", ("Contact.Kind", "Email"), ("Contact.Value", "info@mwangaza-gulf.example"));
        await PostAsync(client, zawadi, "Contact", ("Contact.Kind", "Website"), ("Contact.Value", "mwangaza-gulf.example/jobs"));

        var page = await client.GetHtmlAsync($"/staff/agencies/{zawadi}");
        page.ShouldContain("data-testid=\"shared-contacts\"");
        page.ShouldContain($"Phone <strong>+254700000555</strong> is also used by <a href=\"/staff/agencies/{mwangaza}\">{Mwangaza}</a>");
        page.ShouldContain($"Email <strong>info@mwangaza-gulf.example</strong> is also used by <a href=\"/staff/agencies/{mwangaza}\">{Mwangaza}</a>");
        page.ShouldContain($"Website <strong>mwangaza-gulf.example</strong> is also used by <a href=\"/staff/agencies/{mwangaza}\">{Mwangaza}</a>");
        (await client.GetHtmlAsync($"/staff/agencies/{mwangaza}")).ShouldContain($"is also used by <a href=\"/staff/agencies/{zawadi}\">{Zawadi}</a>");
    }

    [Fact]
    public async Task BadInputAndDuplicates_AreRefusedOnTheFieldAndNothingIsWritten()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = App(db);
        var (zawadi, mwangaza) = await SeedAgenciesAsync(app);
        using var client = await SignInOfficerAsync(app);
        await PostAsync(client, zawadi, "Alias", ("Alias.Name", "Zawadi Jobs Centre"));
        await PostAsync(client, zawadi, "Contact", ("Contact.Kind", "Phone"), ("Contact.Value", "0700 000 123"));
        await PostAsync(client, zawadi, "Destination", ("Destination.Country", "QAT"));
        var before = await app.QueryAsync(async d => (await d.AgencyAliases.CountAsync(), await d.AgencyContacts.CountAsync(), await d.AgencyDestinations.CountAsync(), await d.AgencyHistory.CountAsync()));

        var cases = new (string Handler, Guid Agency, (string, string)[] Fields, string Field, string Message)[]
        {
            ("Alias", zawadi, [("Alias.Name", "   ")], "Alias.Name", "Enter the other name the agency uses."),
            ("Alias", zawadi, [("Alias.Name", new string('x', 201))], "Alias.Name", "Use at most 200 characters."),
            ("Alias", zawadi, [("Alias.Name", "zawadi  JOBS centre")], "Alias.Name", "The agency already has this other name."),
            ("Alias", zawadi, [("Alias.Name", "Zawadi Bora Placements Limited")], "Alias.Name", "This is the agency's registered name."),
            ("Contact", zawadi, [("Contact.Kind", "Phone"), ("Contact.Value", "call me maybe")], "Contact.Value", "Enter a phone number, e.g. 0712 345 678 or +971 50 123 4567."),
            ("Contact", zawadi, [("Contact.Kind", "Phone"), ("Contact.Value", "+254 700 000 123")], "Contact.Value", "The agency already has this phone number."),
            ("Contact", zawadi, [("Contact.Kind", "Email"), ("Contact.Value", "jobs at zawadi")], "Contact.Value", "Enter an e-mail address, e.g. jobs@agency.co.ke."),
            ("Contact", zawadi, [("Contact.Kind", "Website"), ("Contact.Value", "not a website")], "Contact.Value", "Enter a website, e.g. www.agency.co.ke."),
            ("Contact", zawadi, [("Contact.Kind", ""), ("Contact.Value", "0700000999")], "Contact.Kind", "Choose phone, e-mail or website."),
            ("Contact", zawadi, [("Contact.Kind", "Fax"), ("Contact.Value", "0700000999")], "Contact.Kind", ""),
            ("Contact", zawadi, [("Contact.Kind", "7"), ("Contact.Value", "0700000999")], "Contact.Kind", ""),
            ("Contact", mwangaza, [("Contact.Kind", "Email"), ("Contact.Value", "INFO@mwangaza-gulf.example")], "Contact.Value", "This is already the agency's e-mail address in the registry."),
            ("Contact", mwangaza, [("Contact.Kind", "Website"), ("Contact.Value", "http://mwangaza-gulf.example/")], "Contact.Value", "This is already the agency's website in the registry."),
            ("Destination", zawadi, [("Destination.Country", "")], "Destination.Country", "Choose a country."),
            ("Destination", zawadi, [("Destination.Country", "XYZ")], "Destination.Country", "Choose a country from the list."),
            ("Destination", zawadi, [("Destination.Country", "qat")], "Destination.Country", "Qatar is already one of the agency's destinations."),
        };
        foreach (var (handler, agency, fields, field, message) in cases)
        {
            var response = await PostAsync(client, agency, handler, fields);

            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{handler} {fields[^1]}");
            var error = AdminSession.FieldError(await response.HtmlAsync(), field);
            if (message.Length > 0)
            {
                error.ShouldBe(message, $"{handler} {fields[^1]}");
            }
            else
            {
                error.ShouldNotBeEmpty();
            }
        }

        var after = await app.QueryAsync(async d => (await d.AgencyAliases.CountAsync(), await d.AgencyContacts.CountAsync(), await d.AgencyDestinations.CountAsync(), await d.AgencyHistory.CountAsync()));
        after.ShouldBe(before);
        var missing = Guid.NewGuid();
        (await client.PostFieldsAsync($"/staff/agencies/{zawadi}", [("Alias.Name", "Anything")], $"/staff/agencies/{missing}?handler=Alias"))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task AgencyList_FiltersByDestination(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = App(db);
        var (zawadi, mwangaza) = await SeedAgenciesAsync(app);
        using var client = await SignInOfficerAsync(app);
        await PostAsync(client, zawadi, "Destination", ("Destination.Country", "SAU"));
        await PostAsync(client, mwangaza, "Destination", ("Destination.Country", "QAT"));
        await PostAsync(client, mwangaza, "Destination", ("Destination.Country", "SAU"));

        var saudi = await client.GetHtmlAsync("/staff/agencies?destination=SAU");
        var qatar = await client.GetHtmlAsync("/staff/agencies?destination=qat");
        var oman = await client.GetHtmlAsync("/staff/agencies?destination=OMN");
        var unknown = await client.GetHtmlAsync("/staff/agencies?destination=%3Cscript%3E");

        AdminSession.TableRows(saudi, "agencies").Select(r => r[1]).ShouldBe([Mwangaza, Zawadi]);
        saudi.ShouldContain("<option value=\"SAU\" selected=\"selected\">Saudi Arabia (2)</option>");
        AdminSession.TableRows(qatar, "agencies").Select(r => r[1]).ShouldBe([Mwangaza]);
        AdminSession.TableRows(oman, "agencies").ShouldBeEmpty();
        AdminSession.TableRows(unknown, "agencies").Count.ShouldBe(2);
    }

    [Fact]
    public async Task OtherRoles_CannotChangeTheProfile()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = App(db);
        var (zawadi, _) = await SeedAgenciesAsync(app);
        var analyst = await app.CreateUserAsync(StaffRoles.Analyst);
        using var client = app.CreateBrowserClient();
        await client.SignInAsync(analyst.Email!);
        var (_, token) = await client.GetFormAsync("/staff");

        var response = await client.PostAsync($"/staff/agencies/{zawadi}?handler=Alias", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["Alias.Name"] = "Sneaky Name", ["__RequestVerificationToken"] = token }));

        response.RedirectTarget().ShouldStartWith("/staff/account/denied");
        (await app.QueryAsync(d => d.AgencyAliases.CountAsync())).ShouldBe(0);
    }
}
