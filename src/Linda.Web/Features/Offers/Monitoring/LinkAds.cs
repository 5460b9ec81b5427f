using System.Collections.Concurrent;
using System.Text;
using Linda.Core.Auditing;
using Linda.Core.Offers;
using Linda.Core.Offers.Linking;
using Linda.Core.Screening;
using Linda.Data;
using Linda.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Offers.Monitoring;

/// <summary>What one linking run did (or that it did not run because nothing changed or another instance was running it).</summary>
public sealed record LinkRun(bool Ran, int Ads, int Operations, int AdsMoved, int OperationsWritten, int OperationsRemoved)
{
    public static readonly LinkRun Skipped = new(false, 0, 0, 0, 0, 0);
}

/// <summary>
/// Groups ads into operations: loads every (ad, identifier) pair in ad-id order (ids are version-7 Guids, so that is
/// the order ads arrived), runs <see cref="AdLinker"/>, gives each ad the id of the oldest ad of its group as its
/// <see cref="JobAd.OperationId"/>, and rewrites the <see cref="AdOperation"/> summaries that changed, removing those
/// that no longer exist. A lone ad is an operation of one.
/// <para>
/// One run at a time per cluster: on PostgreSQL a run claims a session advisory lock with <c>pg_try_advisory_lock</c>
/// and an instance that finds it taken skips its turn; SQLite serves one instance, where a process-wide gate does the
/// same. The writes are idempotent besides (each run recomputes everything from the ads), so a run that overlapped
/// another would write the same rows. All writes of a run commit in one transaction, in bulk (a few statements per
/// 500 rows), and only rows that changed are written; the run is audited once, with its counts.
/// </para>
/// </summary>
public sealed class LinkAdsHandler(LindaDbContext db, AdMonitoringSettings settings, TimeProvider time, ILogger<LinkAdsHandler> logger)
{
    // Any constant, distinct from the audit chain's: the PostgreSQL advisory lock held by the running linking job.
    private const long LinkingLockId = 0x4C494E4B41445321;

    /// <summary>Rows per bulk statement: 500 × 11 columns stays far below SQLite's and PostgreSQL's parameter limits.</summary>
    private const int Chunk = 500;

    /// <summary>One run at a time in this process, per database.</summary>
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> ProcessGates = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether the stored operations are out of date: an ad not linked yet, an ad seen again or labelled since the last
    /// run, or ads removed (the operations count more ads than there are).
    /// </summary>
    public async Task<bool> IsStaleAsync(CancellationToken ct)
    {
        if (await db.JobAds.AnyAsync(a => a.OperationId == null, ct))
        {
            return true;
        }
        var lastRun = await db.AdOperations.MaxAsync(o => (DateTime?)o.ComputedAt, ct);
        if (lastRun is null)
        {
            return await db.JobAds.AnyAsync(ct);
        }
        if (await db.JobAds.AnyAsync(a => a.LastSeenAt > lastRun || a.LabelledAt > lastRun, ct))
        {
            return true;
        }
        return await db.JobAds.CountAsync(ct) != await db.AdOperations.SumAsync(o => o.AdCount, ct);
    }

    /// <summary>Recomputes the operations when they are out of date (or always, when <paramref name="force"/>).</summary>
    public async Task<LinkRun> RunAsync(bool force, CancellationToken ct)
    {
        var gate = ProcessGates.GetOrAdd(db.Database.GetConnectionString() ?? "", _ => new SemaphoreSlim(1, 1));
        if (!await gate.WaitAsync(0, ct))
        {
            return LinkRun.Skipped;
        }
        var postgres = db.Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";
        try
        {
            await db.Database.OpenConnectionAsync(ct);
            if (postgres && !await TryLockAsync(ct))
            {
                return LinkRun.Skipped;
            }
            try
            {
                return force || await IsStaleAsync(ct) ? await RecomputeAsync(ct) : LinkRun.Skipped;
            }
            finally
            {
                if (postgres)
                {
                    await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({LinkingLockId})", CancellationToken.None);
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
            gate.Release();
        }
    }

    private async Task<bool> TryLockAsync(CancellationToken ct) =>
        (await db.Database.SqlQueryRaw<bool>($"SELECT pg_try_advisory_lock({LinkingLockId}) AS \"Value\"").ToListAsync(ct)).Single();

    private sealed record AdRow(Guid Id, Guid? OperationId, DateTime FirstSeenAt, DateTime LastSeenAt, int Score, RiskLevel Risk, AdLabel Label, string? ClaimedAgencies);

    private async Task<LinkRun> RecomputeAsync(CancellationToken ct)
    {
        // Anything that changes after this moment has a later time stamp, so the next check sees it.
        var startedAt = time.GetUtcNow().UtcDateTime;
        var ads = await db.JobAds.AsNoTracking().OrderBy(a => a.Id)
            .Select(a => new AdRow(a.Id, a.OperationId, a.FirstSeenAt, a.LastSeenAt, a.Score, a.Risk, a.Label, a.ClaimedAgencies))
            .ToListAsync(ct);
        var index = new Dictionary<Guid, int>(ads.Count);
        for (var i = 0; i < ads.Count; i++)
        {
            index[ads[i].Id] = i;
        }
        var identifiers = new List<AdIdentifierKey>[ads.Count];
        for (var i = 0; i < identifiers.Length; i++)
        {
            identifiers[i] = [];
        }
        await foreach (var row in db.AdIdentifiers.AsNoTracking().Select(i => new { i.AdId, i.Kind, i.Value }).AsAsyncEnumerable().WithCancellation(ct))
        {
            // An ad added after the ads were read is linked by the next run.
            if (index.TryGetValue(row.AdId, out var ad))
            {
                identifiers[ad].Add(new AdIdentifierKey(row.Kind, row.Value));
            }
        }

        var links = AdLinker.Link(identifiers, settings.ToLinkOptions());
        var operations = Summarise(ads, identifiers, links.Group, startedAt);
        var existing = await db.AdOperations.AsNoTracking().ToDictionaryAsync(o => o.Id, ct);

        var moved = new List<(Guid Ad, Guid Operation)>();
        for (var i = 0; i < ads.Count; i++)
        {
            var operation = ads[links.Group[i]].Id;
            if (ads[i].OperationId != operation)
            {
                moved.Add((ads[i].Id, operation));
            }
        }
        var changed = operations.Values.Where(o => !existing.TryGetValue(o.Id, out var old) || !SameSummary(old, o)).ToList();
        var removed = existing.Keys.Where(id => !operations.ContainsKey(id)).ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var chunk in removed.Concat(changed.Where(o => existing.ContainsKey(o.Id)).Select(o => o.Id)).Chunk(Chunk))
        {
            await db.AdOperations.Where(o => chunk.Contains(o.Id)).ExecuteDeleteAsync(ct);
        }
        foreach (var chunk in changed.Chunk(Chunk))
        {
            await InsertOperationsAsync(chunk, ct);
        }
        foreach (var chunk in moved.Chunk(Chunk))
        {
            await SetOperationIdsAsync(chunk, ct);
        }
        await db.AdOperations.ExecuteUpdateAsync(u => u.SetProperty(o => o.ComputedAt, startedAt), ct);
        // The bulk statements bypass SaveChanges, which would have audited each row: one event says what the run did.
        db.Audit(AuditActions.Updated, nameof(AdOperation), null,
            $"linking run: {ads.Count} ads, {operations.Count} operations, {moved.Count} ads moved, {changed.Count} operations written, {removed.Count} removed");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        var run = new LinkRun(true, ads.Count, operations.Count, moved.Count, changed.Count, removed.Count);
        logger.LogInformation("Linked {Ads} ads into {Operations} operations: {Moved} ads moved, {Written} operations written, {Removed} removed.",
            run.Ads, run.Operations, run.AdsMoved, run.OperationsWritten, run.OperationsRemoved);
        return run;
    }

    private static Dictionary<Guid, AdOperation> Summarise(List<AdRow> ads, List<AdIdentifierKey>[] identifiers, IReadOnlyList<int> group, DateTime computedAt)
    {
        var operations = new Dictionary<Guid, AdOperation>();
        var names = new Dictionary<Guid, HashSet<string>>();
        var keys = new Dictionary<Guid, HashSet<AdIdentifierKey>>();
        for (var i = 0; i < ads.Count; i++)
        {
            var ad = ads[i];
            var id = ads[group[i]].Id;
            if (!operations.TryGetValue(id, out var operation))
            {
                operation = new AdOperation { Id = id, FirstSeenAt = ad.FirstSeenAt, LastSeenAt = ad.LastSeenAt, HighestRisk = ad.Risk, ComputedAt = computedAt };
                operations.Add(id, operation);
                names.Add(id, new HashSet<string>(StringComparer.Ordinal));
                keys.Add(id, []);
            }
            operation.AdCount++;
            operation.FirstSeenAt = Min(operation.FirstSeenAt, ad.FirstSeenAt);
            operation.LastSeenAt = Max(operation.LastSeenAt, ad.LastSeenAt);
            operation.HighestScore = Math.Max(operation.HighestScore, ad.Score);
            operation.HighestRisk = ad.Risk > operation.HighestRisk ? ad.Risk : operation.HighestRisk;
            if (ad.Label == AdLabel.Unreviewed)
            {
                operation.UnreviewedCount++;
            }
            names[id].UnionWith(ClaimedNames(ad.ClaimedAgencies));
            keys[id].UnionWith(identifiers[i]);
        }
        foreach (var (id, operation) in operations)
        {
            operation.NameCount = names[id].Count;
            operation.IdentifierCount = keys[id].Count;
        }
        return operations;
    }

    private static DateTime Min(DateTime a, DateTime b) => a <= b ? a : b;

    private static DateTime Max(DateTime a, DateTime b) => a >= b ? a : b;

    /// <summary>The agency names an ad claims (stored " | "-separated), compared without case or extra spaces.</summary>
    public static IEnumerable<string> ClaimedNames(string? claimed) =>
        (claimed ?? "").Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(n => string.Join(' ', n.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant())
            .Where(n => n.Length > 0);

    private static bool SameSummary(AdOperation a, AdOperation b) =>
        a.AdCount == b.AdCount && a.NameCount == b.NameCount && a.IdentifierCount == b.IdentifierCount
        && a.FirstSeenAt == b.FirstSeenAt && a.LastSeenAt == b.LastSeenAt && a.HighestScore == b.HighestScore
        && a.HighestRisk == b.HighestRisk && a.UnreviewedCount == b.UnreviewedCount;

    private async Task InsertOperationsAsync(AdOperation[] rows, CancellationToken ct)
    {
        var entity = db.Model.FindEntityType(typeof(AdOperation))!;
        string Column(string property) => Quote(entity.FindProperty(property)!.GetColumnName());
        var sql = new StringBuilder($"INSERT INTO {Quote(entity.GetTableName()!)} (")
            .AppendJoin(", ", new[]
            {
                nameof(AdOperation.Id), nameof(AdOperation.AdCount), nameof(AdOperation.NameCount), nameof(AdOperation.IdentifierCount),
                nameof(AdOperation.FirstSeenAt), nameof(AdOperation.LastSeenAt), nameof(AdOperation.HighestScore), nameof(AdOperation.HighestRisk),
                nameof(AdOperation.UnreviewedCount), nameof(AdOperation.ComputedAt),
            }.Select(Column))
            .Append(") VALUES ");
        var values = new List<object>(rows.Length * 10);
        for (var r = 0; r < rows.Length; r++)
        {
            var o = rows[r];
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < 10; c++)
            {
                sql.Append(c == 0 ? "" : ", ").Append('{').Append(values.Count + c).Append('}');
            }
            sql.Append(')');
            // The risk is stored as its name (see OffersConfiguration).
            values.AddRange([o.Id, o.AdCount, o.NameCount, o.IdentifierCount, o.FirstSeenAt, o.LastSeenAt, o.HighestScore, o.HighestRisk.ToString(), o.UnreviewedCount, o.ComputedAt]);
        }
        await db.Database.ExecuteSqlRawAsync(sql.ToString(), values, ct);
    }

    /// <summary>One UPDATE … FROM (VALUES …) per chunk; both databases name the VALUES columns column1, column2.</summary>
    private async Task SetOperationIdsAsync((Guid Ad, Guid Operation)[] rows, CancellationToken ct)
    {
        var entity = db.Model.FindEntityType(typeof(JobAd))!;
        var table = Quote(entity.GetTableName()!);
        var id = Quote(entity.FindProperty(nameof(JobAd.Id))!.GetColumnName());
        var operation = Quote(entity.FindProperty(nameof(JobAd.OperationId))!.GetColumnName());
        var sql = new StringBuilder($"UPDATE {table} SET {operation} = v.column2 FROM (VALUES ");
        var values = new List<object>(rows.Length * 2);
        for (var r = 0; r < rows.Length; r++)
        {
            sql.Append(r == 0 ? "(" : ", (").Append('{').Append(values.Count).Append("}, {").Append(values.Count + 1).Append("})");
            values.Add(rows[r].Ad);
            values.Add(rows[r].Operation);
        }
        sql.Append($") AS v WHERE {table}.{id} = v.column1");
        await db.Database.ExecuteSqlRawAsync(sql.ToString(), values, ct);
    }

    private static string Quote(string name) => $"\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}

/// <summary>Runs <see cref="LinkAdsHandler"/> every <see cref="AdMonitoringSettings.LinkingInterval"/> when the operations are out of date.</summary>
public sealed class AdLinkingJob(IServiceScopeFactory scopes, AdMonitoringSettings settings, ILogger<AdLinkingJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (settings.LinkingInterval <= TimeSpan.Zero)
        {
            return;
        }
        using var timer = new PeriodicTimer(settings.LinkingInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<LinkAdsHandler>().RunAsync(force: false, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError("The ad linking job failed ({ErrorType}); it runs again at the next interval.", SafeErrors.Types(e));
            }
        }
    }
}
