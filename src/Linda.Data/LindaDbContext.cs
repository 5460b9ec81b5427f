using System.Reflection;
using Linda.Core.Agencies;
using Linda.Core.Auditing;
using Linda.Core.Intake;
using Linda.Core.Offers;
using Linda.Core.Organisations;
using Linda.Core.Privacy;
using Linda.Data.Auditing;
using Linda.Data.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Linda.Data;

/// <summary>
/// Linda's one database. Every write is audited in the same transaction, in a hash chain;
/// <see cref="EncryptedAttribute"/> properties are encrypted on their way to the database.
/// </summary>
public sealed class LindaDbContext(
    DbContextOptions<LindaDbContext> options,
    IFieldProtector fieldProtector,
    IAuditContext auditContext,
    TimeProvider timeProvider)
    : IdentityDbContext<StaffUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    // Any constant: the PostgreSQL advisory lock that serialises appends to the audit chain across instances.
    private const long AuditChainLockId = 0x4C494E4441;

    private readonly List<AuditEvent> _pendingEvents = [];

    public IFieldProtector FieldProtector => fieldProtector;

    /// <summary>The actor that writes made through this context are attributed to.</summary>
    public AuditActor CurrentActor => auditContext.Current;

    public DbSet<Organisation> Organisations => Set<Organisation>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<Agency> Agencies => Set<Agency>();

    public DbSet<AgencySanction> AgencySanctions => Set<AgencySanction>();

    public DbSet<AgencyHistoryEntry> AgencyHistory => Set<AgencyHistoryEntry>();

    public DbSet<IrisMilestone> IrisMilestones => Set<IrisMilestone>();

    public DbSet<AgencyAlias> AgencyAliases => Set<AgencyAlias>();

    public DbSet<AgencyContact> AgencyContacts => Set<AgencyContact>();

    public DbSet<AgencyDestination> AgencyDestinations => Set<AgencyDestination>();

    public DbSet<AgencyFeedback> AgencyFeedback => Set<AgencyFeedback>();

    public DbSet<Signal> Signals => Set<Signal>();

    public DbSet<Case> Cases => Set<Case>();

    public DbSet<StaffNotification> StaffNotifications => Set<StaffNotification>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<RegistryImport> RegistryImports => Set<RegistryImport>();

    public DbSet<AdSource> AdSources => Set<AdSource>();

    public DbSet<JobAd> JobAds => Set<JobAd>();

    public DbSet<AdIdentifier> AdIdentifiers => Set<AdIdentifier>();

    public DbSet<AdOperation> AdOperations => Set<AdOperation>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DateTime UtcNow => timeProvider.GetUtcNow().UtcDateTime;

    /// <summary>Queues an audit event (a sign-in, a read of a sensitive record, an export); written by the next save.</summary>
    public void Audit(string action, string? subjectType = null, string? subjectId = null, string? changedProperties = null, AuditActor? actor = null)
    {
        actor ??= auditContext.Current;
        _pendingEvents.Add(new AuditEvent
        {
            OccurredAt = UtcNow,
            ActorId = actor.ActorId,
            OrganisationId = actor.OrganisationId,
            IpAddress = actor.IpAddress,
            CorrelationId = actor.CorrelationId,
            Action = action,
            SubjectType = subjectType,
            SubjectId = subjectId,
            ChangedProperties = changedProperties,
        });
    }

    /// <summary>Writes one audit event now.</summary>
    public async Task AuditNowAsync(string action, string? subjectType = null, string? subjectId = null, AuditActor? actor = null, CancellationToken ct = default)
    {
        Audit(action, subjectType, subjectId, actor: actor);
        await SaveChangesAsync(ct);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(LindaDbContext).Assembly);

        var converter = new ValueConverter<string, string>(v => fieldProtector.Protect(v), v => fieldProtector.Unprotect(v));
        foreach (var entity in builder.Model.GetEntityTypes())
        {
            foreach (var property in entity.GetProperties())
            {
                if (property.PropertyInfo?.GetCustomAttribute<EncryptedAttribute>() is not null)
                {
                    if (property.ClrType != typeof(string))
                    {
                        throw new InvalidOperationException($"[Encrypted] is only for strings: {entity.ClrType.Name}.{property.Name}.");
                    }
                    property.SetValueConverter(converter);
                }
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // UTC everywhere: SQLite forgets DateTimeKind, PostgreSQL's timestamptz demands Utc.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        var audited = CollectAuditedEntries();
        if (audited.Count == 0 && _pendingEvents.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // Describe the writes before saving: afterwards the entries' states are gone.
        var (single, bulk) = SplitBulk(audited);
        audited = single;
        var events = single.Select(DescribeWrite).ToList();
        events.AddRange(bulk.Select(DescribeBulkWrite));
        if (Database.CurrentTransaction is not null || !Database.IsSqlite())
        {
            return await SaveAuditedAsync(events, audited, acceptAllChangesOnSuccess, cancellationToken);
        }
        var gate = SqliteWriteGate.For(Database.GetConnectionString()!);
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await SaveAuditedAsync(events, audited, acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<int> SaveAuditedAsync(List<AuditEvent> events, List<EntityEntry> audited, bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        await using var transaction = Database.CurrentTransaction is null
            ? await Database.BeginTransactionAsync(cancellationToken)
            : null;
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        // Keys generated by the database are known only now (bulk events, after the single ones, name no key).
        for (var i = 0; i < audited.Count; i++)
        {
            events[i].SubjectId ??= KeyOf(audited[i]);
        }
        events.AddRange(_pendingEvents);
        _pendingEvents.Clear();
        await AppendToChainAsync(events, cancellationToken);
        await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        return written;
    }

    private List<EntityEntry> CollectAuditedEntries()
    {
        var result = new List<EntityEntry>();
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEvent)
            {
                if (entry.State is EntityState.Modified or EntityState.Deleted)
                {
                    throw new InvalidOperationException("Audit events are append-only.");
                }
                continue;
            }
            if (entry.Entity is DataProtectionKey)
            {
                continue;
            }
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            {
                result.Add(entry);
            }
        }
        return result;
    }

    private AuditEvent DescribeWrite(EntityEntry entry)
    {
        var actor = auditContext.Current;
        var (action, changed) = entry.State switch
        {
            EntityState.Added => (AuditActions.Created,
                entry.Properties.Where(p => p.CurrentValue is not null && !p.Metadata.IsPrimaryKey()).Select(p => p.Metadata.Name)),
            EntityState.Modified => (AuditActions.Updated, entry.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name)),
            _ => (AuditActions.Deleted, []),
        };
        var changedText = string.Join(",", changed);
        return new AuditEvent
        {
            OccurredAt = UtcNow,
            ActorId = actor.ActorId,
            OrganisationId = actor.OrganisationId,
            IpAddress = actor.IpAddress,
            CorrelationId = actor.CorrelationId,
            Action = action,
            SubjectType = SubjectTypeOf(entry.Metadata.ClrType),
            SubjectId = entry.Properties.Any(p => p.Metadata.IsPrimaryKey() && p.IsTemporary) ? null : KeyOf(entry),
            ChangedProperties = changedText.Length == 0 ? null : changedText[..Math.Min(changedText.Length, 2000)],
        };
    }

    /// <summary>
    /// Separates the writes of <see cref="AuditedInBulkAttribute"/> types that come several to a save (one group per
    /// type and kind of write) from the writes audited one by one.
    /// </summary>
    private static (List<EntityEntry> Single, List<List<EntityEntry>> Bulk) SplitBulk(List<EntityEntry> audited)
    {
        var groups = audited
            .Where(e => e.Metadata.ClrType.IsDefined(typeof(AuditedInBulkAttribute), inherit: false))
            .GroupBy(e => (e.Metadata.ClrType, e.State))
            .Where(g => g.Count() > 1)
            .Select(g => g.ToList())
            .ToList();
        if (groups.Count == 0)
        {
            return (audited, groups);
        }
        var grouped = groups.SelectMany(g => g).ToHashSet();
        return (audited.Where(e => !grouped.Contains(e)).ToList(), groups);
    }

    /// <summary>One event for many rows of one type written the same way: how many, and every property any of them set.</summary>
    private AuditEvent DescribeBulkWrite(List<EntityEntry> entries)
    {
        var actor = auditContext.Current;
        var state = entries[0].State;
        var properties = entries
            .SelectMany(entry => state switch
            {
                EntityState.Added => entry.Properties.Where(p => p.CurrentValue is not null && !p.Metadata.IsPrimaryKey()).Select(p => p.Metadata.Name),
                EntityState.Modified => entry.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name),
                _ => [],
            })
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var changedText = $"rows:{entries.Count}" + (properties.Count == 0 ? "" : ";" + string.Join(",", properties));
        return new AuditEvent
        {
            OccurredAt = UtcNow,
            ActorId = actor.ActorId,
            OrganisationId = actor.OrganisationId,
            IpAddress = actor.IpAddress,
            CorrelationId = actor.CorrelationId,
            Action = state switch
            {
                EntityState.Added => AuditActions.Created,
                EntityState.Modified => AuditActions.Updated,
                _ => AuditActions.Deleted,
            },
            SubjectType = SubjectTypeOf(entries[0].Metadata.ClrType),
            SubjectId = null,
            ChangedProperties = changedText[..Math.Min(changedText.Length, 2000)],
        };
    }

    public static string SubjectTypeOf(Type type)
    {
        var name = type.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }

    private static string KeyOf(EntityEntry entry) =>
        string.Join("/", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString()));

    private async Task AppendToChainAsync(List<AuditEvent> events, CancellationToken ct)
    {
        if (Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            // Held until the transaction ends; SQLite needs none: its transaction holds the write lock.
            await Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AuditChainLockId})", ct);
        }
        var last = await AuditEvents.AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash })
            .FirstOrDefaultAsync(ct);
        var sequence = last?.Sequence ?? 0;
        var previousHash = last?.Hash;
        foreach (var entry in events)
        {
            entry.Sequence = ++sequence;
            AuditChain.Seal(entry, previousHash);
            previousHash = entry.Hash;
        }
        AuditEvents.AddRange(events);
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
