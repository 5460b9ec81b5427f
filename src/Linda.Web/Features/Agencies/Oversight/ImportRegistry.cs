using Linda.Core.Agencies;
using Linda.Core.Auditing;
using Linda.Data;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Agencies.Oversight;

public sealed record RegistryImportSummary(int Added, int Updated, int Unchanged, IReadOnlyList<NeaRegistryIssue> Rejected, IReadOnlyList<NeaRegistryIssue> Warnings)
{
    public int Total => Added + Updated + Unchanged + Rejected.Count;
}

/// <summary>
/// Imports an NEA registry extract. Idempotent: a row is found again by its licence number, changed fields
/// are updated and each change is kept as dated history; bad rows are reported and never stop the rest.
/// Used by <c>linda agencies import</c>, the officers' upload page (through <see cref="RegistryImportWorker"/>) and
/// the demo seed. With a <see cref="RegistryImport"/> run, its progress, counts and problem lines are saved as it goes.
/// </summary>
public sealed class ImportRegistryHandler(LindaDbContext db)
{
    private const int BatchSize = 250;

    /// <summary>Records a new run (Running, nothing read yet) by the current actor, saved at once so that its page can show it.</summary>
    public async Task<RegistryImport> StartAsync(string fileName, CancellationToken ct)
    {
        var now = db.UtcNow;
        var name = Path.GetFileName(fileName);
        var run = new RegistryImport
        {
            FileName = name.Length <= RegistryImport.FileNameMaxLength ? name : name[..RegistryImport.FileNameMaxLength],
            StartedBy = db.CurrentActor.ActorId,
            StartedAt = now,
            HeartbeatAt = now,
            Status = RegistryImportStatus.Running,
        };
        db.RegistryImports.Add(run);
        await db.SaveChangesAsync(ct);
        return run;
    }

    /// <summary>Marks a run failed with a reason for the officer; nothing else of this context is saved.</summary>
    public async Task FailAsync(Guid runId, string reason)
    {
        db.ChangeTracker.Clear();
        var run = await db.RegistryImports.FirstOrDefaultAsync(r => r.Id == runId);
        if (run is null || run.Status != RegistryImportStatus.Running)
        {
            return;
        }
        run.Status = RegistryImportStatus.Failed;
        run.Error = reason.Length <= RegistryImport.ErrorMaxLength ? reason : reason[..RegistryImport.ErrorMaxLength];
        run.FinishedAt = db.UtcNow;
        run.HeartbeatAt = db.UtcNow;
        // Not the caller's token: the reason must be kept even when the import stopped because the app is stopping.
        await db.SaveChangesAsync(CancellationToken.None);
    }

    public Task<RegistryImportSummary> HandleAsync(TextReader file, string sourceName, IProgress<(int Done, int Total)>? progress = null, CancellationToken ct = default) =>
        HandleAsync(file, sourceName, run: null, progress, ct);

    /// <summary>
    /// Imports <paramref name="file"/>, keeping <paramref name="run"/> (tracked by this handler's context) up to date.
    /// When the import stops half-way the run is marked failed, and the rows saved so far are kept: importing again
    /// finishes the job.
    /// </summary>
    public async Task<RegistryImportSummary> HandleAsync(TextReader file, string sourceName, RegistryImport? run, IProgress<(int Done, int Total)>? progress, CancellationToken ct)
    {
        if (run is null)
        {
            return await ImportAsync(file, sourceName, null, progress, ct);
        }
        try
        {
            return await ImportAsync(file, sourceName, run, progress, ct);
        }
        catch (Exception e)
        {
            var reason = e is OperationCanceledException
                ? "The import was stopped because the app was shutting down. Rows saved before that are kept; import the file again to finish (importing is safe to repeat)."
                : "The import stopped because of an error (the server log has the details). Rows saved before that are kept; import the file again to finish (importing is safe to repeat).";
            try
            {
                await FailAsync(run.Id, reason);
            }
            catch (Exception)
            {
                // The database itself is failing: the run's heartbeat stops, and it is marked failed later.
            }
            throw;
        }
    }

    private async Task<RegistryImportSummary> ImportAsync(TextReader file, string sourceName, RegistryImport? run, IProgress<(int Done, int Total)>? progress, CancellationToken ct)
    {
        var parsed = NeaRegistryReader.Read(file);
        if (run is not null)
        {
            run.Total = parsed.Rows.Count;
            run.HeartbeatAt = db.UtcNow;
            await db.SaveChangesAsync(ct);
        }
        var existing = await db.Agencies.ToDictionaryAsync(a => a.LicenceKey, StringComparer.Ordinal, ct);
        int added = 0, updated = 0, unchanged = 0, done = 0;
        foreach (var row in parsed.Rows)
        {
            var now = db.UtcNow;
            if (!existing.TryGetValue(row.LicenceKey, out var agency))
            {
                agency = new Agency { LicenceNumber = row.LicenceNumber, LicenceKey = row.LicenceKey, Name = row.Name, CreatedAt = now };
                Apply(agency, row, now);
                db.Agencies.Add(agency);
                existing[row.LicenceKey] = agency;
                db.AgencyHistory.Add(new AgencyHistoryEntry
                {
                    AgencyId = agency.Id,
                    OccurredAt = now,
                    Change = AgencyChange.Registered,
                    To = row.ExpiresOn?.ToString("yyyy-MM-dd"),
                    Source = sourceName,
                });
                added++;
            }
            else
            {
                var changes = Compare(agency, row);
                if (changes.Count == 0)
                {
                    unchanged++;
                }
                else
                {
                    Apply(agency, row, now);
                    db.AgencyHistory.AddRange(changes.Select(c => new AgencyHistoryEntry
                    {
                        AgencyId = agency.Id,
                        OccurredAt = now,
                        Change = c.Change,
                        From = c.From,
                        To = c.To,
                        Source = sourceName,
                    }));
                    updated++;
                }
            }
            if (++done % BatchSize == 0)
            {
                if (run is not null)
                {
                    run.Done = done;
                    run.HeartbeatAt = now;
                }
                await db.SaveChangesAsync(ct);
                progress?.Report((done, parsed.Rows.Count));
            }
        }
        db.Audit("import", "AgencyRegistry", sourceName[..Math.Min(sourceName.Length, 100)],
            $"added:{added},updated:{updated},unchanged:{unchanged},rejected:{parsed.Rejections.Count}");
        if (run is not null)
        {
            Finish(run, parsed, added, updated, unchanged);
        }
        await db.SaveChangesAsync(ct);
        progress?.Report((done, parsed.Rows.Count));
        return new RegistryImportSummary(added, updated, unchanged, parsed.Rejections, parsed.Warnings);
    }

    private void Finish(RegistryImport run, NeaRegistryReader.Result parsed, int added, int updated, int unchanged)
    {
        var now = db.UtcNow;
        run.Done = parsed.Rows.Count;
        run.Added = added;
        run.Updated = updated;
        run.Unchanged = unchanged;
        run.Rejected = parsed.Rejections.Count;
        run.Warnings = parsed.Warnings.Count;
        run.KeepProblems(parsed.Rejections, parsed.Warnings);
        run.FinishedAt = now;
        run.HeartbeatAt = now;
        // As `linda agencies import` exits with 1: a file of which nothing could be imported has failed.
        var nothingImported = parsed.Rows.Count == 0 && parsed.Rejections.Count > 0;
        run.Status = nothingImported ? RegistryImportStatus.Failed : RegistryImportStatus.Completed;
        run.Error = nothingImported ? "No row could be imported: see the lines below." : null;
    }

    private static void Apply(Agency agency, NeaRegistryRow row, DateTime now)
    {
        agency.LicenceNumber = row.LicenceNumber;
        agency.Name = row.Name;
        agency.Email = row.Email;
        agency.Website = row.Website;
        agency.ServiceType = row.ServiceType;
        agency.IssuedOn = row.IssuedOn;
        agency.ExpiresOn = row.ExpiresOn;
        agency.RegistryStatus = row.RegistryStatus;
        agency.UpdatedAt = now;
    }

    private static List<(AgencyChange Change, string? From, string? To)> Compare(Agency agency, NeaRegistryRow row)
    {
        var changes = new List<(AgencyChange, string?, string?)>();
        void Check(AgencyChange change, string? from, string? to)
        {
            if (!string.Equals(from, to, StringComparison.Ordinal))
            {
                changes.Add((change, from, to));
            }
        }
        Check(AgencyChange.Renamed, agency.Name, row.Name);
        Check(AgencyChange.ExpiryChanged, agency.ExpiresOn?.ToString("yyyy-MM-dd"), row.ExpiresOn?.ToString("yyyy-MM-dd"));
        Check(AgencyChange.IssueDateChanged, agency.IssuedOn?.ToString("yyyy-MM-dd"), row.IssuedOn?.ToString("yyyy-MM-dd"));
        Check(AgencyChange.RegistryStatusChanged, agency.RegistryStatus, row.RegistryStatus);
        Check(AgencyChange.ContactChanged, agency.Email, row.Email);
        Check(AgencyChange.ContactChanged, agency.Website, row.Website);
        Check(AgencyChange.ServiceTypeChanged, agency.ServiceType, row.ServiceType);
        return changes;
    }
}
