using Linda.Core.Matching;

namespace Linda.Core.Agencies.Risk;

/// <summary>
/// Finds the deregistered or suspended agency an agency's name closely resembles, for the look-alike factor.
/// Each name is compared with the sanctioned agencies only (a handful), never with every other agency: the
/// matcher is built over them alone, so the work per agency does not grow with the registry.
/// </summary>
/// <remarks>
/// The matcher's own verdict decides: a name it would answer "suspended or deregistered" or "look-alike" for
/// (the same distinctive name give or take typing slips, word order and sector words, or a close resemblance) is a
/// look-alike; names that merely share a word are not. An agency that is itself sanctioned finds itself first, so
/// it is reported only when another sanctioned agency has the same distinctive name.
/// </remarks>
public sealed class SanctionedLookalikes
{
    /// <summary>Reasons that repeat the licence state, which the factor's explanation already gives.</summary>
    private static readonly HashSet<string> StateReasons =
    [
        MatchReasonCodes.LicenceValidUntil, MatchReasonCodes.LicenceValid, MatchReasonCodes.LicenceExpiredOn,
        MatchReasonCodes.LicenceExpired, MatchReasonCodes.LicenceSuspended, MatchReasonCodes.AgencyDeregistered,
        MatchReasonCodes.LicenceStateUnknown, MatchReasonCodes.ResemblesExpiredAgency, MatchReasonCodes.ResemblesSuspendedAgency,
        MatchReasonCodes.ResemblesDeregisteredAgency,
    ];

    private readonly AgencyMatcher? _matcher;

    /// <param name="registry">Agencies with their state today; only the deregistered and suspended ones are kept.</param>
    public SanctionedLookalikes(IEnumerable<RegistryAgency> registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var sanctioned = registry.Where(a => a.State is LicenceState.Deregistered or LicenceState.Suspended).ToList();
        Count = sanctioned.Count;
        _matcher = sanctioned.Count == 0 ? null : new AgencyMatcher(sanctioned);
    }

    /// <summary>Number of sanctioned agencies compared with.</summary>
    public int Count { get; }

    /// <summary>
    /// The sanctioned agency (other than <paramref name="agencyId"/> itself) that the name or one of the aliases
    /// closely resembles, with the matcher's reasons in English; null when none.
    /// </summary>
    public RiskLookalike? Find(string agencyId, string name, IEnumerable<string>? aliases = null)
    {
        if (_matcher is null)
        {
            return null;
        }
        foreach (var written in new[] { name }.Concat(aliases ?? []))
        {
            var verification = _matcher.Verify(new AgencyQuery(Name: written));
            if (verification.Verdict is not (Verdict.Lookalike or Verdict.SuspendedOrDeregistered))
            {
                continue;
            }
            var match = verification.Matches.FirstOrDefault(m => m.Agency.Id != agencyId);
            if (match is not null)
            {
                var reasons = match.Reasons.Where(r => !StateReasons.Contains(r.Code)).Select(r => MatchReasonText.Describe(r, "en")).Distinct().ToList();
                return new RiskLookalike(match.Agency.Name, match.Agency.LicenceNumber, match.Agency.State, reasons);
            }
        }
        return null;
    }
}
