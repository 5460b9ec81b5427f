using System.Collections.Concurrent;
using Linda.Core.Agencies.Risk;
using Linda.Core.Matching;

namespace Linda.Web.Features.Agencies.Oversight;

/// <summary>
/// Remembers which agencies' names resemble a sanctioned agency, per set of sanctioned agencies. Comparing every
/// name with the matcher costs microseconds each, seconds at 100,000 agencies, and the answer only changes when an
/// agency is sanctioned or its sanction ends (every name is compared again) or when an agency's own name or aliases
/// change (that agency is compared again). Each instance keeps its own: it is derived from the database.
/// </summary>
public sealed class LookalikeCache
{
    private readonly Lock _lock = new();
    private Snapshot? _current;

    private sealed record Snapshot(string Version, SanctionedLookalikes Lookalikes, ConcurrentDictionary<(Guid, string), RiskLookalike?> Results);

    /// <summary>A finder over <paramref name="sanctioned"/> (agencies with their state today), reusing earlier answers.</summary>
    public Func<Guid, string, IReadOnlyList<string>, RiskLookalike?> For(IReadOnlyList<RegistryAgency> sanctioned)
    {
        var version = string.Join('\n', sanctioned
            .OrderBy(a => a.Id, StringComparer.Ordinal)
            .Select(a => $"{a.Id}|{a.State}|{a.Name}|{a.LicenceNumber}|{string.Join('|', a.Aliases)}"));
        Snapshot snapshot;
        lock (_lock)
        {
            if (_current is null || _current.Version != version)
            {
                _current = new Snapshot(version, new SanctionedLookalikes(sanctioned), new());
            }
            snapshot = _current;
        }
        return (id, name, aliases) =>
        {
            var key = (id, aliases.Count == 0 ? name : name + "\n" + string.Join('\n', aliases));
            return snapshot.Results.GetOrAdd(key, _ => snapshot.Lookalikes.Find(id.ToString(), name, aliases));
        };
    }
}
