using Linda.Data;
using Linda.Data.Auditing;
using Linda.Data.Encryption;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
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

    private static readonly string Root = Path.Combine(Path.GetTempPath(), "linda-tests");
    private static readonly Lazy<Task<string>> SqliteTemplate = new(CreateSqliteTemplateAsync);
    private static readonly Lazy<Task<string>> PostgresTemplate = new(CreatePostgresTemplateAsync);

    /// <summary>
    /// A fresh database with the current schema. Migrations run once per test run into a template that each
    /// test copies (a file copy, or PostgreSQL's CREATE DATABASE … TEMPLATE); the app then finds nothing to migrate.
    /// </summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseKind kind, bool empty = false)
    {
        var directory = Path.Combine(Root, Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        if (kind == DatabaseKind.Sqlite)
        {
            var file = Path.Combine(directory, "linda.db");
            if (!empty)
            {
                File.Copy(await SqliteTemplate.Value, file);
            }
            return new TestDatabase(kind, $"Data Source={file}", directory, null);
        }
        var admin = PostgresAdminConnectionString
            ?? throw new InvalidOperationException($"{PostgresVariable} is not set; ./test.sh sets it.");
        var name = "linda_test_" + Guid.NewGuid().ToString("N")[..16];
        var template = empty ? "template0" : await PostgresTemplate.Value;
        await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(kind, builder.ConnectionString, directory, name);
    }

    private static async Task<string> CreateSqliteTemplateAsync()
    {
        var directory = Path.Combine(Root, "template-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, "linda.db");
        await MigrateAsync(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=False");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(directory);
        return file;
    }

    private static async Task<string> CreatePostgresTemplateAsync()
    {
        var admin = PostgresAdminConnectionString!;
        var name = "linda_template_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(admin, $"CREATE DATABASE \"{name}\"");
        var connection = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false }.ConnectionString;
        await MigrateAsync(DatabaseProvider.Postgres, connection);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)").GetAwaiter().GetResult();
        return name;
    }

    private static async Task MigrateAsync(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<LindaDbContext>();
        new DatabaseSettings(provider, connectionString).Apply(options);
        await using var context = new LindaDbContext(options.Options, UnavailableFieldProtector.Instance, FixedAuditContext.System, TimeProvider.System);
        await context.Database.MigrateAsync();
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static void TryDelete(string directory)
    {
        try
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans the temp folder.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgresName is not null)
        {
            await ExecuteAsync(PostgresAdminConnectionString!, $"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)");
        }
        else
        {
            SqliteConnection.ClearAllPools();
        }
        TryDelete(Directory);
    }
}
