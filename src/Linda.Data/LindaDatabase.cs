using Linda.Core.Privacy;
using Linda.Data.Auditing;
using Linda.Data.Encryption;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Linda.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Which database Linda uses: <c>Database:Provider</c> (Sqlite|Postgres) and <c>ConnectionStrings:Linda</c>.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string SqliteMigrationsAssembly = "Linda.Data.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Linda.Data.Migrations.Postgres";

    public static DatabaseSettings FromConfiguration(IConfiguration configuration, string dataDirectory)
    {
        var providerText = configuration["Database:Provider"];
        DatabaseProvider provider;
        if (string.IsNullOrWhiteSpace(providerText))
        {
            provider = DatabaseProvider.Sqlite;
        }
        else if (!Enum.TryParse(providerText, ignoreCase: true, out provider) || !Enum.IsDefined(provider))
        {
            throw new LindaConfigurationException($"Database:Provider must be Sqlite or Postgres, not '{providerText}'.");
        }
        var connectionString = configuration.GetConnectionString("Linda");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.Postgres)
            {
                throw new LindaConfigurationException("Database:Provider is Postgres but ConnectionStrings:Linda is not set.");
            }
            Directory.CreateDirectory(dataDirectory);
            connectionString = $"Data Source={Path.Combine(dataDirectory, "linda.db")}";
        }
        return new DatabaseSettings(provider, connectionString);
    }

    public void Apply(DbContextOptionsBuilder options)
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            options.UseNpgsql(ConnectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly));
        }
        else
        {
            options.UseSqlite(ConnectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly));
        }
        options.ReplaceService<IModelCacheKeyFactory, LindaModelCacheKeyFactory>();
    }
}

public static class LindaDatabaseServiceCollectionExtensions
{
    /// <summary>
    /// Registers the database, the data-protection key ring (stored in the database, wrapped by the master
    /// key), field encryption and the blind index.
    /// </summary>
    public static IServiceCollection AddLindaDatabase(this IServiceCollection services, DatabaseSettings settings, MasterKey masterKey)
    {
        services.AddSingleton(settings);
        services.AddSingleton(masterKey);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<IAuditContext>(_ => FixedAuditContext.System);
        services.AddDbContext<LindaDbContext>(settings.Apply);

        services.AddDataProtection()
            .SetApplicationName("Linda")
            .PersistKeysToDbContext<LindaDbContext>();
        services.Configure<KeyManagementOptions>(o => o.XmlEncryptor = new MasterKeyXmlEncryptor(masterKey));

        services.AddSingleton<IFieldProtector, DataProtectionFieldProtector>();
        services.AddSingleton(new BlindIndex(masterKey.DeriveKey("linda/blind-index/v1")));
        return services;
    }

    /// <summary>
    /// Applies pending migrations (when <paramref name="migrate"/>), checks that the master key opens the stored
    /// key ring, and makes sure a current key exists, so no key is ever created inside a request's transaction.
    /// </summary>
    public static async Task PrepareLindaDatabaseAsync(this IServiceProvider services, bool migrate = true, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LindaDbContext>();
        if (migrate)
        {
            await db.Database.MigrateAsync(ct);
        }
        if (db.Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            // WAL lets readers continue while one writer commits.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
        // Check before first use: with a wrong master key Data Protection would quietly create a new key.
        await KeyRingCheck.EnsureMasterKeyOpensKeyRingAsync(db, scope.ServiceProvider.GetRequiredService<MasterKey>(), ct);
        KeyRingCheck.EnsureCurrentKey(scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>());
    }
}
