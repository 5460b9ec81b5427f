using Microsoft.Data.Sqlite;
using Npgsql;

namespace Linda.Web.Tests.Infrastructure;

public enum DatabaseKind
{
    Sqlite,
    Postgres,
}

/// <summary>Every database theory runs on SQLite, and on PostgreSQL when LINDA_TEST_POSTGRES is set (always in CI).</summary>
public sealed class AllDatabases : TheoryData<DatabaseKind>
{
    public AllDatabases()
    {
        Add(DatabaseKind.Sqlite);
        if (TestDatabase.PostgresAdminConnectionString is not null)
        {
            Add(DatabaseKind.Postgres);
        }
    }
}

/// <summary>A fresh, empty database of one kind, removed on dispose.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "LINDA_TEST_POSTGRES";

    public static string? PostgresAdminConnectionString =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } cs ? cs : null;

    private readonly string? _postgresName;

    private TestDatabase(DatabaseKind kind, string connectionString, string directory, string? postgresName)
    {
        Kind = kind;
        ConnectionString = connectionString;
        Directory = directory;
        _postgresName = postgresName;
    }

    public DatabaseKind Kind { get; }

    public string ConnectionString { get; }

    /// <summary>A private temporary folder (SQLite file, data directory).</summary>
    public string Directory { get; }

    public string? SqliteFile => Kind == DatabaseKind.Sqlite ? Path.Combine(Directory, "linda.db") : null;

    public static async Task<TestDatabase> CreateAsync(DatabaseKind kind)
    {
        var directory = Path.Combine(Path.GetTempPath(), "linda-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        if (kind == DatabaseKind.Sqlite)
        {
            return new TestDatabase(kind, $"Data Source={Path.Combine(directory, "linda.db")}", directory, null);
        }
        var admin = PostgresAdminConnectionString
            ?? throw new InvalidOperationException($"{PostgresVariable} is not set; ./test.sh sets it.");
        var name = "linda_test_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(kind, builder.ConnectionString, directory, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(PostgresAdminConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        else
        {
            SqliteConnection.ClearAllPools();
        }
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a dying host: the OS cleans the temp folder.
        }
    }
}
