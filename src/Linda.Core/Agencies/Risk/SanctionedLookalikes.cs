using Linda.Core.Matching;

namespace Linda.Core.Agencies.Risk;

/// <summary>
/// Finds the deregistered or suspended agency an agency's name closely resembles, for the look-alike factor.
/// Each name is compared with the sanctioned agencies only (a handful), never with every other agency: the
/// matcher is built over them alone, so the work per agency does not grow with the registry.
/// </summary>
/// <remarks>
/// <para>
/// Every agency compared here is itself registered, and registered agencies legitimately share name words (DESIGN.md:
/// KAZI SOLUTIONS and KAZI GLOBAL MANPOWER), so this is stricter than the public verification. A look-alike is a name
/// the matcher reads as the sanctioned agency's own distinctive name (the same, reordered, with or without "Al-", a
/// typing slip or a transliteration) whose sector words do not contradict it: "Riversyde Manpower" or "Riverside
/// Manpower Agency" for a deregistered RIVERSIDE MANPOWER. Not a look-alike: a different distinctive name that merely
/// resembles (MUNAWAR TOWFIQ AGENCY and MUNAWAR TOWFIQ ANNEX), and the same distinctive word with sector words that
/// conflict, each name having one the other lacks (KAZI SOLUTIONS and KAZI GLOBAL MANPOWER, YASMIN RECRUITERS and
/// YASMIN TRAVEL): that is how legitimate agencies tell themselves apart, and how the matcher itself tells them apart
/// when several share a distinctive word.
/// </para>
/// <para>
/// An agency that is itself sanctioned finds itself first, so it is reported only when another sanctioned agency
/// has the same distinctive name.
/// </para>
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
            if (verification.Verdict != Verdict.SuspendedOrDeregistered)
            {
                continue;
            }
            var match = verification.Matches.FirstOrDefault(m => m.Agency.Id != agencyId && !SectorWordsContradict(m));
            if (match is not null)
            {
                var reasons = match.Reasons.Where(r => !StateReasons.Contains(r.Code)).Select(r => MatchReasonText.Describe(r, "en")).Distinct().ToList();
                return new RiskLookalike(match.Agency.Name, match.Agency.LicenceNumber, match.Agency.State, reasons);
            }
        }
        return null;
    }

    /// <summary>Each name has a sector word the other lacks, or the matcher says only sector words tell them apart.</summary>
    private static bool SectorWordsContradict(AgencyMatch match) =>
        match.Reasons.Any(r => r.Code is MatchReasonCodes.CoreSharedBySeveral or MatchReasonCodes.SectorWordDiffers)
        || (match.Reasons.Any(r => r.Code == MatchReasonCodes.SectorWordMissing) && match.Reasons.Any(r => r.Code == MatchReasonCodes.SectorWordExtra));
}
