using System.Net;
using System.Text.RegularExpressions;
using Linda.Core.Identity;
using Linda.Web.Tests.Admin;
using Linda.Web.Tests.Infrastructure;

namespace Linda.Web.Tests.Staff;

/// <summary>The staff home lists what exists for the user's roles: every link opens for that user, nothing is promised.</summary>
public sealed partial class StaffHomeTests
{
    public static TheoryData<string, string[]> Roles => new()
    {
        { StaffRoles.OversightOfficer, ["home-oversight", "home-everyone"] },
        { StaffRoles.HotlineOperator, ["home-desk", "home-cases", "home-everyone"] },
        { StaffRoles.Supervisor, ["home-desk", "home-cases", "home-everyone"] },
        { StaffRoles.Caseworker, ["home-cases", "home-everyone"] },
        { StaffRoles.Admin, ["home-admin", "home-everyone"] },
        { StaffRoles.Analyst, ["home-everyone", "home-nothing-yet"] },
        { StaffRoles.PartnerUser, ["home-everyone", "home-nothing-yet"] },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Home_ShowsTheSectionsOfTheRole_AndEveryLinkOnItOpens(string role, string[] sections)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = new LindaAppFactory(db);
        var user = await app.CreateUserAsync(role);
        using var client = app.CreateBrowserClient();
        if (StaffRoles.TwoFactorByDefault.Contains(role))
        {
            await client.SignInAndEnrolTwoFactorAsync(user.Email!);
        }
        else
        {
            await client.SignInAsync(user.Email!);
        }

        var home = await client.GetHtmlAsync("/staff");

        TestIds().Matches(home).Select(m => m.Groups[1].Value).ShouldBe(sections);
        home.ShouldNotContain("arrive here");
        var main = home[home.IndexOf("<h1>", StringComparison.Ordinal)..];
        var links = Links().Matches(main).Select(m => m.Groups[1].Value).Distinct().ToList();
        links.ShouldNotBeEmpty();
        foreach (var link in links)
        {
            var response = await client.GetAsync(link);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{role}: {link}");
        }
    }

    [GeneratedRegex("data-testid=\"(home-[a-z-]+)\"")]
    private static partial Regex TestIds();

    [GeneratedRegex("href=\"(/staff[^\"#]*)\"")]
    private static partial Regex Links();
}
