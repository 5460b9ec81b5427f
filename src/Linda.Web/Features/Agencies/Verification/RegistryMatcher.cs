using Linda.Core.Agencies;
using Linda.Core.Matching;
using Linda.Data;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Agencies.Verification;

/// <summary>
/// The matcher over the registry as it stands today, built once and shared. It is rebuilt when the registry
/// changes (an import, a sanction, an alias or contact added or removed, on this instance or another) or the day changes; the database is
/// asked for its version at most every few seconds.
/// </summary>
public sealed class RegistryMatcher(IServiceScopeFactory scopes, TimeProvider time)
{
    private static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(10);
    private readonly SemaphoreSlim _rebuild = new(1, 1);
    private volatile Snapshot? _current;

    private sealed record Snapshot(AgencyMatcher Matcher, string Version, DateTimeOffset CheckedAt);

    public async Task<AgencyMatcher> GetAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var current = _current;
        if (current is not null && now - current.CheckedAt < CheckEvery)
        {
            return current.Matcher;
        }
        await _rebuild.WaitAsync(ct);
        try
        {
            current = _current;
            if (current is not null && now - current.CheckedAt < CheckEvery)
            {
                return current.Matcher;
            }
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LindaDbContext>();
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            var version = await VersionAsync(db, today, ct);
            if (current is not null && current.Version == version)
            {
                _current = current with { CheckedAt = now };
                return current.Matcher;
            }
            var agencies = await db.Agencies.AsNoTracking().Include(a => a.Sanctions).ToListAsync(ct);
            var aliases = (await db.AgencyAliases.AsNoTracking().Select(x => new { x.AgencyId, x.Name }).ToListAsync(ct))
                .ToLookup(x => x.AgencyId, x => x.Name);
            var contacts = (await db.AgencyContacts.AsNoTracking().Select(x => new { x.AgencyId, x.Kind, x.Value }).ToListAsync(ct))
                .ToLookup(x => (x.AgencyId, x.Kind), x => x.Value);
            var matcher = new AgencyMatcher(agencies.Select(a => new RegistryAgency(
                a.Id.ToString(), a.Name, a.LicenceNumber, a.StateOn(today), a.ExpiresOn,
                [.. aliases[a.Id]],
                [.. contacts[(a.Id, AgencyContactKind.Phone)]],
                [.. Registry(a.Email), .. contacts[(a.Id, AgencyContactKind.Email)]],
                [.. Registry(a.Website), .. contacts[(a.Id, AgencyContactKind.Website)]])));
            _current = new Snapshot(matcher, version, now);
            return matcher;
        }
        finally
        {
            _rebuild.Release();
        }
    }

    /// <summary>
    /// The registry agency a reporter meant, when that is clear: the one agency the matcher calls the same agency
    /// (same licence number, or a name that differs only by spelling), and not a look-alike. Null otherwise, so a
    /// report is never pinned on the wrong agency; officers can link it later.
    /// </summary>
    public async Task<Guid?> ResolveAsync(string? name, string? licenceNumber, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(name) && string.IsNullOrWhiteSpace(licenceNumber))
        {
            return null;
        }
        var matcher = await GetAsync(ct);
        var result = matcher.Verify(new AgencyQuery(Name: name, LicenceNumber: licenceNumber));
        if (result.Verdict is Verdict.NotFound or Verdict.Lookalike)
        {
            return null;
        }
        var same = result.Matches.Where(m => m.IsSameAgency).ToList();
        return same.Count == 1 && Guid.TryParse(same[0].Agency.Id, out var id) ? id : null;
    }

    /// <summary>
    /// Makes the next look-up ask the database for its version, so that a change made on this instance shows in its
    /// next answer; other instances see it within <see cref="CheckEvery"/>.
    /// </summary>
    public void Invalidate()
    {
        if (_current is { } current)
        {
            _current = current with { CheckedAt = DateTimeOffset.MinValue };
        }
    }

    private static IEnumerable<string> Registry(string? value) => value is null ? [] : [value];

    private static async Task<string> VersionAsync(LindaDbContext db, DateOnly today, CancellationToken ct)
    {
        var agencies = await db.Agencies.CountAsync(ct);
        var lastChange = agencies == 0 ? default : await db.Agencies.MaxAsync(a => a.UpdatedAt, ct);
        var sanctions = await db.AgencySanctions.CountAsync(ct);
        // Aliases and contacts are only added and removed, never edited: their count and latest addition tell.
        var aliases = await db.AgencyAliases.CountAsync(ct);
        var lastAlias = aliases == 0 ? default : await db.AgencyAliases.MaxAsync(x => x.AddedAt, ct);
        var contacts = await db.AgencyContacts.CountAsync(ct);
        var lastContact = contacts == 0 ? default : await db.AgencyContacts.MaxAsync(x => x.AddedAt, ct);
        return $"{today:yyyy-MM-dd}|{agencies}|{lastChange.Ticks}|{sanctions}|{aliases}|{lastAlias.Ticks}|{contacts}|{lastContact.Ticks}";
    }
}
