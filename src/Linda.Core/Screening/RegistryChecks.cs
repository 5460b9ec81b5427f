using Linda.Core.Matching;

namespace Linda.Core.Screening;

/// <summary>
/// The agency flags: the agency names, licence numbers and contacts of an offer checked with the agencies module's
/// matcher. Its verdicts are used as they are (a look-alike is only claimed when the matcher claims it); licensed
/// agencies that merely look similar are never flagged.
/// </summary>
internal static class RegistryChecks
{
    public const string NotLicensed = "agency-not-licensed";
    public const string Expired = "agency-licence-expired";
    public const string Suspended = "agency-suspended";
    public const string Lookalike = "agency-lookalike";
    public const string ContactOfOtherAgency = "contact-of-other-agency";

    /// <summary>Words that make a name in the text an agency's rather than an employer's: only such a name is flagged when not found.</summary>
    private static readonly string[] RecruitmentWords = ["recruit", "agenc", "manpower", "consult", "placement", "staffing"];

    /// <summary>Reasons meaning the details given belong to another agency than the name.</summary>
    private static readonly HashSet<string> MismatchReasons = new(StringComparer.Ordinal)
    {
        MatchReasonCodes.NameDoesNotMatch, MatchReasonCodes.LicenceNumberBelongsToOtherAgency, MatchReasonCodes.PhoneBelongsToOtherAgency,
        MatchReasonCodes.EmailBelongsToOtherAgency, MatchReasonCodes.WebsiteBelongsToOtherAgency, MatchReasonCodes.LicenceNumberNotRegistered,
    };

    public static (List<RedFlag> Flags, List<AgencyEntity> Agencies) Run(ScreeningRules rules, AgencyMatcher registry, OfferEntities entities, int maxLookups)
    {
        var evidence = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal);
        void Add(string code, IEnumerable<TextSpan> spans)
        {
            if (!evidence.TryGetValue(code, out var list))
            {
                evidence[code] = list = [];
            }
            list.AddRange(spans);
        }

        var lookups = 0;
        var licence = entities.Licences.FirstOrDefault();
        var agencies = new List<AgencyEntity>();
        foreach (var agency in entities.Agencies)
        {
            if (lookups++ >= maxLookups)
            {
                agencies.Add(agency);
                continue;
            }
            var verification = registry.Verify(new AgencyQuery(Name: agency.Name, LicenceNumber: licence?.Number));
            var top = verification.Matches.FirstOrDefault();
            agencies.Add(agency with { Check = new AgencyCheck(verification.Verdict, top?.Agency.Name, top?.Agency.LicenceNumber, top?.Agency.State) });
            var mismatch = verification.Matches.Any(m => m.Reasons.Any(r => MismatchReasons.Contains(r.Code)));
            var counts = agency.Spans.Any(s => s.Field == OfferFields.Agency) || IsRecruitmentName(agency.Name);
            if (CodeFor(verification.Verdict, mismatch, counts) is { } code)
            {
                Add(code, code is Lookalike or NotLicensed && licence is not null ? agency.Spans.Concat(licence.Spans) : agency.Spans);
            }
        }
        if (entities.Agencies.Count == 0)
        {
            foreach (var number in entities.Licences)
            {
                if (lookups++ >= maxLookups)
                {
                    break;
                }
                var verification = registry.Verify(new AgencyQuery(LicenceNumber: number.Number));
                if (CodeFor(verification.Verdict, mismatch: false, notFoundCounts: true) is { } code)
                {
                    Add(code, number.Spans);
                }
            }
        }

        var contacts = entities.Emails.Select(e => (Query: new AgencyQuery(Email: e.Address), e.Spans))
            .Concat(entities.Websites.Select(w => (Query: new AgencyQuery(Website: w.Domain), w.Spans)))
            .Concat(entities.Phones.Select(p => (Query: new AgencyQuery(Phone: p.E164), p.Spans)));
        foreach (var (query, spans) in contacts)
        {
            if (lookups++ >= maxLookups)
            {
                break;
            }
            var owner = registry.Verify(query);
            if (owner.Matches.Count == 0)
            {
                continue;
            }
            if (entities.Agencies.Count == 0)
            {
                // No name given: the contact itself says which agency this is.
                if (CodeFor(owner.Verdict, mismatch: false, notFoundCounts: false) is { } code)
                {
                    Add(code, spans);
                }
                continue;
            }
            foreach (var agency in entities.Agencies.Take(3))
            {
                var combined = registry.Verify(query with { Name = agency.Name });
                if (combined.Matches.Any(m => m.Reasons.Any(r => MismatchReasons.Contains(r.Code))))
                {
                    Add(ContactOfOtherAgency, spans.Concat(agency.Spans));
                }
            }
        }

        var flags = evidence.Select(e =>
        {
            var rule = rules.Rule(e.Key);
            var spans = e.Value.DistinctBy(s => (s.Field, s.Start, s.Length)).OrderBy(s => s.Field == OfferFields.Text ? 1 : 0).ThenBy(s => s.Start).ToList();
            return new RedFlag(rule, rule.Severity, rule.Weight, spans, new Dictionary<string, string>());
        }).ToList();
        return (flags, agencies);
    }

    private static string? CodeFor(Verdict verdict, bool mismatch, bool notFoundCounts) => verdict switch
    {
        Verdict.Lookalike => Lookalike,
        Verdict.Expired => Expired,
        Verdict.SuspendedOrDeregistered => Suspended,
        Verdict.NotFound when notFoundCounts => NotLicensed,
        Verdict.Licensed when mismatch => Lookalike,
        _ => null,
    };

    private static bool IsRecruitmentName(string name) =>
        RecruitmentWords.Any(w => name.Contains(w, StringComparison.OrdinalIgnoreCase));
}
