using Linda.Core.Agencies;
using Linda.Data;
using Linda.Data.Auditing;
using Linda.Web.Features.Agencies.Verification;
using Linda.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Agencies.Oversight;

/// <summary>
/// Runs the registry imports uploaded on this instance, one at a time, in the name of the officer who uploaded each.
/// Keeps the heartbeat of the runs it holds and marks failed the runs whose process stopped: at start-up every
/// run left running on SQLite (one instance only), and on PostgreSQL every run without a heartbeat for
/// <see cref="StaleAfter"/> (another instance may still be running its own).
/// </summary>
public sealed class RegistryImportWorker(
    RegistryImportQueue queue,
    IServiceScopeFactory scopes,
    RegistryMatcher matcher,
    DatabaseSettings database,
    TimeProvider time,
    ILogger<RegistryImportWorker> logger) : BackgroundService
{
    public static readonly TimeSpan HeartbeatEvery = TimeSpan.FromSeconds(20);
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(2);

    public const string InterruptedReason =
        "The import stopped when the app running it stopped (a restart or a crash). Rows saved before that are kept; import the file again to finish (importing is safe to repeat).";

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        // Before the app serves its first page, so that no officer watches a run that will never move.
        await MaintainAsync(startingUp: true, cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var maintenance = MaintainPeriodicallyAsync(stoppingToken);
        try
        {
            await foreach (var job in queue.Reader.ReadAllAsync(stoppingToken))
            {
                await RunAsync(job, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: a run that was waiting keeps its "Running" row, and the next start marks it failed.
        }
        await maintenance;
    }

    private async Task RunAsync(RegistryImportJob job, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            // The officer who uploaded the file is the actor of every write, as if they had waited for it.
            await using var db = ActivatorUtilities.CreateInstance<LindaDbContext>(scope.ServiceProvider, new FixedAuditContext(job.Actor));
            var run = await db.RegistryImports.FirstOrDefaultAsync(r => r.Id == job.RunId, ct);
            if (run is null || run.Status != RegistryImportStatus.Running)
            {
                return;
            }
            using var reader = File.OpenText(job.FilePath);
            await new ImportRegistryHandler(db).HandleAsync(reader, run.FileName, run, progress: null, ct);
            matcher.Invalidate();
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // The run says why, in words for the officer. The exception itself is not logged: its message, or an inner
            // one (a database error quoting the failing row), can carry the file's content. The run id and the error
            // types are enough to find the run and reproduce the import.
            logger.LogError("Registry import {RunId} failed: {ErrorType}.", job.RunId, SafeErrors.Types(e));
        }
        finally
        {
            queue.Release(job.RunId);
            TryDelete(job.FilePath);
        }
    }

    private async Task MaintainPeriodicallyAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(HeartbeatEvery, time);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                await MaintainAsync(startingUp: false, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    /// <summary>Keeps the heartbeat of the runs this instance holds, and marks failed the runs nobody runs any more.</summary>
    private async Task MaintainAsync(bool startingUp, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LindaDbContext>();
            var now = db.UtcNow;
            var held = queue.Held.ToList();
            if (held.Count > 0)
            {
                // A bare timestamp, not worth an audit event every 20 seconds.
                await db.RegistryImports.Where(r => held.Contains(r.Id) && r.Status == RegistryImportStatus.Running)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.HeartbeatAt, now), ct);
            }
            var staleBefore = startingUp && database.Provider == DatabaseProvider.Sqlite ? DateTime.MaxValue : now - StaleAfter;
            var stale = await db.RegistryImports
                .Where(r => r.Status == RegistryImportStatus.Running && r.HeartbeatAt < staleBefore && !held.Contains(r.Id))
                .ToListAsync(ct);
            foreach (var run in stale)
            {
                run.Status = RegistryImportStatus.Failed;
                run.Error = InterruptedReason;
                run.FinishedAt = now;
            }
            if (stale.Count > 0)
            {
                await db.SaveChangesAsync(ct);
                logger.LogWarning("Marked {Count} interrupted registry import(s) as failed.", stale.Count);
            }
            if (startingUp)
            {
                DeleteLeftovers();
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Never stop the app for this: the next round tries again.
            logger.LogError(e, "Could not check the registry imports.");
        }
    }

    /// <summary>Uploads left by a process that stopped before importing them.</summary>
    private void DeleteLeftovers()
    {
        if (!Directory.Exists(queue.Folder))
        {
            return;
        }
        // File times are the system clock's, so they are compared with it; a day leaves other processes' uploads alone.
        foreach (var file in Directory.EnumerateFiles(queue.Folder, "*.csv"))
        {
            if (File.GetLastWriteTimeUtc(file) < DateTime.UtcNow - TimeSpan.FromDays(1))
            {
                TryDelete(file);
            }
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Left for the next start-up.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
