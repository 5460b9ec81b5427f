using Linda.Data.Auditing;
using Linda.Data.Encryption;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Linda.Data.Migrations.Postgres;

/// <summary>Used by `dotnet ef` (scripts/add-migration.sh) only; it never connects to a database.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<LindaDbContext>
{
    public LindaDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<LindaDbContext>();
        new DatabaseSettings(DatabaseProvider.Postgres, "Host=localhost;Database=linda_design_time").Apply(options);
        return new LindaDbContext(options.Options, UnavailableFieldProtector.Instance, FixedAuditContext.System, TimeProvider.System);
    }
}
