using System.Net;
using Linda.Core.Identity;
using Linda.Data;
using Linda.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linda.Web.Tests.Security;

public sealed class MultiInstanceTests
{
    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task TwoInstancesOnOneDatabase_AcceptEachOthersCookiesAndDecryptEachOthersData(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var first = new LindaAppFactory(db);
        var user = await first.CreateUserAsync(StaffRoles.Analyst, fullName: "Synthetic Shared Name");
        var cookies = new CookieContainer();
        using var firstClient = first.CreateBrowserClient(cookies);
        await firstClient.SignInAsync(user.Email!);

        await using var second = new LindaAppFactory(db);
        using var secondClient = second.CreateBrowserClient(cookies);
        var dashboard = await secondClient.GetAsync("/staff");

        dashboard.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await dashboard.Content.ReadAsStringAsync()).ShouldContain(user.Email!);
        await using var scope = second.Services.CreateAsyncScope();
        var read = await scope.ServiceProvider.GetRequiredService<LindaDbContext>().Users.AsNoTracking().SingleAsync(u => u.Id == user.Id);
        read.FullName.ShouldBe("Synthetic Shared Name");
    }
}
