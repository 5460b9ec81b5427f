using Linda.Core.Matching;
using Linda.Web.Features.Agencies.Verification;

namespace Linda.Web.Features.Offers.Monitoring;

/// <summary>A registry agency an officer can escalate an ad to, with how closely it matches what they searched.</summary>
public sealed record AgencyCandidate(Guid Id, string Name, string LicenceNumber, string State, double Similarity);

/// <summary>Finds registry agencies for an ad that is not linked to one, with the agencies module's matcher.</summary>
public static class AgencySearch
{
    private const int MaxCandidates = 10;

    public static async Task<IReadOnlyList<AgencyCandidate>> FindAsync(RegistryMatcher registry, string? search, CancellationToken ct)
    {
        search = search?.Trim();
        if (string.IsNullOrEmpty(search) || search.Length > VerifyAgencyHandler.MaxQueryLength)
        {
            return [];
        }
        var matcher = await registry.GetAsync(ct);
        var result = matcher.Verify(AgencyQuery.Parse(search));
        var candidates = new List<AgencyCandidate>();
        foreach (var match in result.Matches.Concat(result.AlsoSimilar))
        {
            if (Guid.TryParse(match.Agency.Id, out var id) && candidates.All(c => c.Id != id))
            {
                candidates.Add(new AgencyCandidate(id, match.Agency.Name, match.Agency.LicenceNumber ?? "", match.Agency.State.ToString(), Math.Round(match.Similarity, 2)));
            }
        }
        return candidates.Take(MaxCandidates).ToList();
    }
}

/// <summary>What the review partial needs: what it acts on and the agency choices.</summary>
public sealed record ReviewActionsView(ReviewScope Scope, Guid Id, Linda.Core.Offers.AdLabel? Current, bool HasAgency, string? Find, IReadOnlyList<AgencyCandidate> Candidates);
