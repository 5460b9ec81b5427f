using System.Net;
using System.Text.Json;
using Linda.Core.Agencies;
using Linda.Core.Identity;
using Linda.Data;
using Linda.Web.Features.Admin;
using Linda.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linda.Web.Tests.Account;

public sealed class DemoAccountTests
{
    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Development_SeedsFourOrganisationsAndOneAccountPerRole_Once(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using (var first = new LindaAppFactory(db, environment: "Development"))
        {
            first.CreateClient().Dispose();
        }
        await using var app = new LindaAppFactory(db, environment: "Development");
        await using var scope = app.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<LindaDbContext>();

        (await context.Organisations.CountAsync()).ShouldBe(4);
        var roles = await (from ur in context.UserRoles join r in context.Roles on ur.RoleId equals r.Id select r.Name).ToListAsync();
        roles.OrderBy(r => r).ShouldBe(StaffRoles.All.OrderBy(r => r));
        (await context.Users.CountAsync(u => u.IsDemo)).ShouldBe(7);
        (await context.Agencies.CountAsync()).ShouldBe(1294 + Linda.Web.Features.Agencies.Feedback.FeedbackDemoSeed.Agencies.Length,
            "the shipped public registry is imported once, beside the synthetic DEMO agencies that carry the demo feedback");
        var feedbackAbout = await (from f in context.AgencyFeedback join a in context.Agencies on f.AgencyId equals a.Id select a.Name).Distinct().ToListAsync();
        feedbackAbout.ShouldNotBeEmpty();
        feedbackAbout.ShouldAllBe(name => name.StartsWith("DEMO "), "invented feedback is never about a real agency");
        (await context.AgencyFeedback.CountAsync()).ShouldBe(14, "seeded once");
        (await context.AgencyAliases.CountAsync()).ShouldBe(2, "demo profiles are seeded once");
        (await context.AgencyDestinations.CountAsync()).ShouldBe(7);
        var phones = await context.AgencyContacts.Where(c => c.Kind == AgencyContactKind.Phone).Select(c => c.Value).ToListAsync();
        phones.Count.ShouldBe(5);
        phones.ShouldAllBe(p => p.StartsWith("+254700000"), "synthetic numbers only");
        phones.Count(p => p == "+254700000199").ShouldBe(2, "one number shared by two agencies");

        (await context.AdSources.CountAsync()).ShouldBe(1, "demo ads are seeded once");
        (await context.JobAds.CountAsync()).ShouldBe(15, "sixteen synthetic ads, one of them a repost of another");
        (await context.JobAds.CountAsync(a => a.OperationId == null)).ShouldBe(0, "linked at once, so the officer's queue is full");
        var adAgencies = await (from a in context.JobAds join g in context.Agencies on a.AgencyId equals g.Id select g.Name).Distinct().ToListAsync();
        adAgencies.ShouldNotBeEmpty();
        adAgencies.ShouldAllBe(name => name.StartsWith("DEMO "), "invented ads are never pinned on a real agency");
        var biggest = await context.AdOperations.OrderByDescending(o => o.AdCount).FirstAsync();
        (biggest.AdCount, biggest.NameCount).ShouldBe((5, 3), "one operation behind three agency names");
        var adPhones = await context.AdIdentifiers.Where(i => i.Kind == "phone").Select(i => i.Value).Distinct().ToListAsync();
        adPhones.ShouldAllBe(p => p.StartsWith("+254700000") || p == "+254800222223", "synthetic numbers and the public hotline only");
    }

    [Fact]
    public async Task Development_DemoAliasesAndPhones_AreFoundByPublicVerification()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = new LindaAppFactory(db, environment: "Development");
        using var client = app.CreateClient();

        var alias = JsonDocument.Parse(await client.GetStringAsync("/api/v1/agencies/verify?q=bahari+gulf+placements")).RootElement;
        var shared = JsonDocument.Parse(await client.GetStringAsync("/api/v1/agencies/verify?q=0700+000+199")).RootElement;

        alias.GetProperty("matches")[0].GetProperty("name").GetString().ShouldBe("Al-jami Limited");
        shared.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("name").GetString())
            .ShouldBe(["MERCWAYS EXCELLING LIMITED", "RIVERSIDE MANPOWER LIMITED"], ignoreOrder: true);
    }

    [Fact]
    public async Task Development_DemoAdminSignsInWithoutASecondFactor()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = new LindaAppFactory(db, environment: "Development");
        using var client = app.CreateBrowserClient();

        await client.SignInAsync("admin@linda-demo.example", DevelopmentSeed.DemoPassword);

        (await client.GetAsync("/staff")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task OutsideDevelopment_NothingIsSeeded_AndDemoAccountsCannotSignIn()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using (var development = new LindaAppFactory(db, environment: "Development"))
        {
            development.CreateClient().Dispose();
        }
        await using var fresh = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using (var production = new LindaAppFactory(fresh, environment: "Production"))
        {
            await using var scope = production.Services.CreateAsyncScope();
            (await scope.ServiceProvider.GetRequiredService<LindaDbContext>().Users.AnyAsync()).ShouldBeFalse();
        }

        await using var app = new LindaAppFactory(db, environment: "Production");
        using var client = app.CreateBrowserClient();
        var response = await client.SubmitPasswordAsync("admin@linda-demo.example", DevelopmentSeed.DemoPassword);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("cannot sign in");
        (await client.GetAsync("/staff")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}
