using System.Security.Cryptography;
using System.Text;
using Linda.Core.Identity;
using Linda.Data;
using Linda.Data.Auditing;
using Linda.Data.Encryption;
using Linda.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Linda.Web.Tests.Security;

public sealed class EncryptionTests
{
    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task EncryptedValue_NeverAppearsInTheRawDatabase_ButTheAppReadsItBack(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        var name = $"Wanjiru Sentinel-{Guid.NewGuid():N}";
        Guid id;
        await using (var app = new LindaAppFactory(db))
        {
            id = (await app.CreateUserAsync(StaffRoles.Caseworker, fullName: name)).Id;
            await using var scope = app.Services.CreateAsyncScope();
            var context = scope.ServiceProvider.GetRequiredService<LindaDbContext>();
            (await context.Users.AsNoTracking().SingleAsync(u => u.Id == id)).FullName.ShouldBe(name);
        }

        var stored = await ReadRawFullNameAsync(db, id);
        stored.ShouldNotBeNullOrEmpty();
        stored.ShouldNotContain("Sentinel");
        if (kind == DatabaseKind.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in Directory.GetFiles(db.Directory, "linda.db*"))
            {
                var bytes = await File.ReadAllBytesAsync(file);
                bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes("Sentinel")).ShouldBe(-1, $"plaintext found in {Path.GetFileName(file)}");
            }
        }
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task WrongMasterKey_StopsStartUpWithAClearMessage(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using (var app = new LindaAppFactory(db))
        {
            await app.CreateUserAsync(StaffRoles.Caseworker, fullName: "Someone Synthetic");
        }

        var wrongKey = MasterKey.Generate();
        var migrate = await CliRunner.RunWithKeyAsync(db, wrongKey, "Testing", "migrate");
        var serve = await CliRunner.RunWithKeyAsync(db, wrongKey, "Testing", "serve", "--urls", "http://127.0.0.1:0");

        migrate.ExitCode.ShouldBe(1);
        migrate.Error.ShouldContain("master key");
        serve.ExitCode.ShouldBe(1);
        serve.Error.ShouldContain("does not open");
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task ModelCache_IsKeyedOnTheKeyRing_SoAnotherKeyRingCannotDecrypt(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        Guid id;
        await using (var app = new LindaAppFactory(db))
        {
            id = (await app.CreateUserAsync(StaffRoles.Caseworker, fullName: "Someone Synthetic")).Id;
            // Build and cache a model with this app's key ring first, in this process.
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<LindaDbContext>().Users.AsNoTracking().SingleAsync(u => u.Id == id);
        }

        // Another key ring in the same process (a different Data Protection provider, as another app would have).
        var otherProvider = DataProtectionProvider.Create(new DirectoryInfo(Path.Combine(db.Directory, "other-keys")));
        var options = new DbContextOptionsBuilder<LindaDbContext>();
        new DatabaseSettings(kind == DatabaseKind.Sqlite ? DatabaseProvider.Sqlite : DatabaseProvider.Postgres, db.ConnectionString).Apply(options);
        await using var other = new LindaDbContext(options.Options, new DataProtectionFieldProtector(otherProvider), FixedAuditContext.System, TimeProvider.System);

        await Should.ThrowAsync<CryptographicException>(() => other.Users.AsNoTracking().SingleAsync(u => u.Id == id));
    }

    private static async Task<string?> ReadRawFullNameAsync(TestDatabase db, Guid id)
    {
        if (db.Kind == DatabaseKind.Sqlite)
        {
            await using var sqlite = new SqliteConnection(db.ConnectionString);
            await sqlite.OpenAsync();
            await using var command = sqlite.CreateCommand();
            command.CommandText = "SELECT \"FullName\" FROM \"AspNetUsers\" WHERE \"Id\" = $id";
            command.Parameters.AddWithValue("$id", id.ToString().ToUpperInvariant());
            return (string?)await command.ExecuteScalarAsync();
        }
        await using var postgres = new NpgsqlConnection(db.ConnectionString);
        await postgres.OpenAsync();
        await using var pgCommand = new NpgsqlCommand("SELECT \"FullName\" FROM \"AspNetUsers\" WHERE \"Id\" = @id", postgres);
        pgCommand.Parameters.AddWithValue("id", id);
        return (string?)await pgCommand.ExecuteScalarAsync();
    }
}
