using System.Net;
using Linda.Data;
using Linda.Data.Encryption;
using Linda.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linda.Web.Tests.Cli;

public sealed class CliTests
{
    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task UsersAdd_WithoutPassword_PrintsAGeneratedPasswordThatSignsIn(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = new LindaAppFactory(db);
        await app.CreateUserAsync("Analyst"); // creates the test organisation

        var result = await CliRunner.RunAsync(db, "users", "add", "--email", "new.analyst@linda-test.example", "--role", "analyst",
            "--org", StaffSession.OrganisationName.ToUpperInvariant());

        result.ExitCode.ShouldBe(0, result.Error);
        var password = result.Output.Split('\n').Single(l => l.StartsWith("Password: ", StringComparison.Ordinal))["Password: ".Length..].Trim();
        password.Length.ShouldBeGreaterThanOrEqualTo(16);
        using var client = app.CreateBrowserClient();
        var signIn = await client.SubmitPasswordAsync("new.analyst@linda-test.example", password);
        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signIn.Headers.Location!.ToString().ShouldBe("/staff");
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task UsersAdd_WithPassword_CreatesTheUserInTheRoleAndOrganisation(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = new LindaAppFactory(db);
        await app.CreateUserAsync("Analyst");

        var result = await CliRunner.RunAsync(db, "users", "add", "--email", "op@linda-test.example", "--role", "HotlineOperator",
            "--org", StaffSession.OrganisationName, "--password", "a-long-enough-password", "--name", "Synthetic Operator");

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldNotContain("Password:");
        var list = await CliRunner.RunAsync(db, "users", "list");
        list.Output.ShouldContain("op@linda-test.example\tHotlineOperator\t" + StaffSession.OrganisationName);
        await using var scope = app.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<LindaDbContext>().Users.AsNoTracking().SingleAsync(u => u.Email == "op@linda-test.example");
        user.FullName.ShouldBe("Synthetic Operator");
    }

    [Theory]
    [InlineData("--role", "Overlord", "Unknown role")]
    [InlineData("--org", "No Such Organisation", "No organisation")]
    [InlineData("--email", "not-an-email", "e-mail address is not valid")]
    [InlineData("--password", "short", "at least 12")]
    public async Task UsersAdd_BadInput_ExplainsAndCreatesNothing(string option, string value, string expected)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = new LindaAppFactory(db);
        await app.CreateUserAsync("Analyst");
        var args = new Dictionary<string, string>
        {
            ["--email"] = "someone@linda-test.example",
            ["--role"] = "Caseworker",
            ["--org"] = StaffSession.OrganisationName,
            [option] = value,
        };

        var result = await CliRunner.RunAsync(db, ["users", "add", .. args.SelectMany(a => new[] { a.Key, a.Value })]);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain(expected, Case.Insensitive);
        (await CliRunner.RunAsync(db, "users", "list")).Output.ShouldNotContain("someone@linda-test.example");
    }

    [Fact]
    public async Task UsersAdd_MissingRequiredOption_FailsWithUsage()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);

        var result = await CliRunner.RunAsync(db, "users", "add", "--email", "x@linda-test.example");

        result.ExitCode.ShouldNotBe(0);
        result.Error.ShouldContain("--role");
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("serve", "--help")]
    [InlineData("migrate", "--help")]
    [InlineData("users", "--help")]
    [InlineData("users", "add", "--help")]
    [InlineData("users", "list", "--help")]
    [InlineData("audit", "verify", "--help")]
    [InlineData("agencies", "import", "--help")]
    public async Task EveryVerb_HasHelp(params string[] args)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);

        var result = await CliRunner.RunAsync(db, args);

        result.ExitCode.ShouldBe(0);
        result.Output.ShouldContain("Usage:");
        result.Output.ShouldContain("Description:");
    }

    [Fact]
    public async Task UnknownVerb_IsAnErrorNotAWebServer()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);

        var result = await CliRunner.RunAsync(db, "usres", "add");

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("unknown command 'usres'");
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Migrate_CreatesTheSchemaOnAnEmptyDatabase(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind, empty: true);

        var result = await CliRunner.RunAsync(db, "migrate");

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldContain($"Database is up to date ({kind})");
        (await CliRunner.RunAsync(db, "audit", "verify")).Output.ShouldContain("intact: 0 entries");
    }

    [Fact]
    public async Task Serve_OutsideDevelopmentWithoutMasterKey_RefusesToStart()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);

        var result = await CliRunner.RunWithKeyAsync(db, "", "Production", "serve", "--urls", "http://127.0.0.1:0");

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("refuses to start without a master key");
        File.Exists(Path.Combine(db.Directory, MasterKey.DevelopmentFileName)).ShouldBeFalse();
    }
}
