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
/// Used by <c>linda agencies import</c> and the officers' upload page.
/// </summary>
public sealed class ImportRegistryHandler(LindaDbContext db)
{
    private const int BatchSize = 250;

    public async Task<RegistryImportSummary> HandleAsync(TextReader file, string sourceName, IProgress<(int Done, int Total)>? progress = null, CancellationToken ct = default)
    {
        var parsed = NeaRegistryReader.Read(file);
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
                await db.SaveChangesAsync(ct);
                progress?.Report((done, parsed.Rows.Count));
            }
        }
        db.Audit("import", "AgencyRegistry", sourceName[..Math.Min(sourceName.Length, 100)],
            $"added:{added},updated:{updated},unchanged:{unchanged},rejected:{parsed.Rejections.Count}");
        await db.SaveChangesAsync(ct);
        progress?.Report((done, parsed.Rows.Count));
        return new RegistryImportSummary(added, updated, unchanged, parsed.Rejections, parsed.Warnings);
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
