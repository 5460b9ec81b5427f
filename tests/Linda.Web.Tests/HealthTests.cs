using System.Net;
using Linda.Web.Tests.Infrastructure;

namespace Linda.Web.Tests;

public sealed class HealthTests
{
    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Healthz_WhenDatabaseAnswers_Returns200(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = new LindaAppFactory(db);
        using var client = app.CreateClient();

        var response = await client.GetAsync("/healthz");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
