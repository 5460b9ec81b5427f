using System.Globalization;
using Linda.Core.Agencies;
using Linda.Core.Phones;

namespace Linda.Core.Matching;

/// <summary>
/// Answers "is this agency licensed?" against the registry, with the matches and reasons behind the answer.
/// Built once per registry version and shared: <see cref="Verify"/> is thread-safe and never throws.
/// </summary>
/// <remarks>
/// <para>
/// A name is matched on its distinctive core (see <see cref="NormalisedAgencyName"/>). Candidates come from the
/// exact core and phonetic-skeleton indexes and a trigram index read rarest-trigram-first under a fixed budget;
/// each candidate is scored with Jaro-Winkler and edit distance on the core, a token-set similarity, the phonetic
/// skeleton and the agreement of sector words.
/// </para>
/// <para>
/// The verdict follows issue 3: the same agency (same licence number or contact, or a core that is the same give or
/// take typing slips, word order, spacing and transliteration) gives that agency's licence state. A look-alike needs
/// a near name together with a licence number or contact of a different agency, a licensed agency's name with a licence
/// number that no agency has, or a close resemblance to an agency that is expired, suspended or deregistered while the
/// core differs. Licensed agencies that merely share words are
/// only ever "also similar".
/// </para>
/// </remarks>
public sealed class AgencyMatcher
{
    /// <summary>Most matches and most "also similar" agencies returned.</summary>
    public const int MaxMatches = 5;

    /// <summary>Names taken from the trigram index for full scoring.</summary>
    private const int TrigramCandidates = 40;

    /// <summary>
    /// Trigram overlap (Dice) below which a name is not scored: a one-letter slip in a four-letter word ("kazy")
    /// still shares a quarter of its trigrams.
    /// </summary>
    private const double MinTrigramOverlap = 0.2;

    /// <summary>Names taken from each exact index (core, skeleton) for full scoring.</summary>
    private const int ExactCandidates = 40;

    /// <summary>
    /// Core similarity from which a name that is not a typo of another still closely resembles it
    /// (see <c>MatchingThresholdTests</c> for the registry pairs this was set on).
    /// </summary>
    internal const double ResemblanceThreshold = 0.88;

    /// <summary>Share of the longer core that words in common must cover for a resemblance by words.</summary>
    internal const double ResemblanceCoverage = 0.6;

    /// <summary>Token similarity from which two core words count as the same word.</summary>
    internal const double SameWordThreshold = 0.88;

    /// <summary>Core similarity from which a name is "also similar" without a word in common.</summary>
    internal const double AlsoSimilarThreshold = 0.8;

    private static readonly IReadOnlyList<AgencyMatch> NoMatches = [];

    private readonly RegistryAgency[] _agencies;
    private readonly NameEntry[] _names;
    private readonly int[][] _namesByAgency;
    private readonly TrigramIndex _trigrams;
    private readonly Dictionary<string, int[]> _namesByCore;
    private readonly Dictionary<string, int[]> _namesBySkeleton;
    private readonly Dictionary<string, int> _sectorVariantsByCore;
    private readonly Dictionary<string, int[]> _agenciesByLicence;
    private readonly Dictionary<string, int[]> _agenciesByLicenceTail;
    private readonly Dictionary<string, int[]> _agenciesByPhone;
    private readonly Dictionary<string, int[]> _agenciesByEmail;
    private readonly Dictionary<string, int[]> _agenciesByDomain;

    public AgencyMatcher(IEnumerable<RegistryAgency> registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        _agencies = registry.Where(a => a is not null).ToArray();

        var names = new List<NameEntry>();
        var namesByAgency = new int[_agencies.Length][];
        var licences = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var licenceTails = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var phones = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var emails = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var domains = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var a = 0; a < _agencies.Length; a++)
        {
            var agency = _agencies[a];
            var own = new List<int>();
            foreach (var (text, alias) in new[] { (agency.Name, (string?)null) }.Concat((agency.Aliases ?? []).Select(x => (x, (string?)x))))
            {
                var name = NormalisedAgencyName.Of(text);
                if (!name.IsEmpty)
                {
                    own.Add(names.Count);
                    names.Add(new NameEntry(a, name, alias));
                }
            }
            namesByAgency[a] = [.. own];
            Add(licences, AgencyIdentifiers.LicenceKey(agency.LicenceNumber), a);
            Add(licenceTails, AgencyIdentifiers.LicenceTailKey(agency.LicenceNumber), a);
            foreach (var phone in agency.Phones ?? [])
            {
                Add(phones, PhoneNormaliser.ToE164(phone), a);
            }
            foreach (var email in agency.Emails ?? [])
            {
                Add(emails, AgencyIdentifiers.Email(email), a);
                Add(domains, AgencyIdentifiers.OwnEmailDomain(email), a);
            }
            foreach (var website in agency.Websites ?? [])
            {
                var domain = AgencyIdentifiers.Domain(website);
                if (domain is not null && !AgencyIdentifiers.IsFreeMailDomain(domain))
                {
                    Add(domains, domain, a);
                }
            }
        }
        _names = [.. names];
        _namesByAgency = namesByAgency;
        _trigrams = new TrigramIndex(_names.Select(n => n.Name.CoreTokens).ToArray());
        _namesByCore = Freeze(_names.Select((n, i) => (n.Name.BareSortedCompact, i)));
        _namesBySkeleton = Freeze(_names.Select((n, i) => (n.Name, i)).Where(p => SkeletonIsTelling(p.Name)).Select(p => (p.Name.Skeleton, p.i)));
        _sectorVariantsByCore = _names.GroupBy(n => n.Name.BareSortedCompact, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(n => string.Join(' ', n.Name.SectorSet)).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);
        _agenciesByLicence = Freeze(licences);
        _agenciesByLicenceTail = Freeze(licenceTails);
        _agenciesByPhone = Freeze(phones);
        _agenciesByEmail = Freeze(emails);
        _agenciesByDomain = Freeze(domains);
    }

    /// <summary>Number of agencies in the registry.</summary>
    public int Count => _agencies.Length;

    /// <summary>
    /// The verdict on <paramref name="query"/> with the matches behind it. Deterministic: the same query on the
    /// same registry gives the same answer, matches ordered by similarity, then name.
    /// </summary>
    public AgencyVerification Verify(AgencyQuery query)
    {
        if (query is null || query.IsEmpty)
        {
            return new AgencyVerification(Verdict.NotFound, NoMatches, NoMatches);
        }

        var name = string.IsNullOrWhiteSpace(query.Name) ? null : NormalisedAgencyName.Of(query.Name);
        if (name is { IsEmpty: true })
        {
            name = null;
        }

        var hits = new Dictionary<int, List<IdentifierHit>>();
        var notFound = new List<IdentifierHit>();
        var licence = query.LicenceNumber;
        // A name with digits may be a licence number in a layout the parser does not know ("PVT-ZQURVD8").
        if (licence is null && query.Name is { Length: <= 40 } written && written.Any(char.IsAsciiDigit)
            && AgencyIdentifiers.LicenceKey(written) is { } nameAsLicence && _agenciesByLicence.ContainsKey(nameAsLicence))
        {
            licence = written;
            name = null;
        }
        LookUpLicence(licence, hits, notFound);
        LookUp(IdentifierKind.Phone, PhoneNormaliser.ToE164(query.Phone), query.Phone, _agenciesByPhone, hits, notFound);
        LookUpEmail(query.Email, hits, notFound);
        LookUp(IdentifierKind.Website, AgencyIdentifiers.Domain(query.Website), query.Website, _agenciesByDomain, hits, notFound);

        var compared = name is null ? [] : CompareWithCandidates(name);
        if (hits.Count > 0)
        {
            return VerifyByIdentifier(name, hits, compared);
        }
        if (name is null)
        {
            return new AgencyVerification(Verdict.NotFound, NoMatches, NoMatches);
        }
        return VerifyByName(compared, notFound);
    }

    private AgencyVerification VerifyByIdentifier(NormalisedAgencyName? name, Dictionary<int, List<IdentifierHit>> hits, Dictionary<int, NameComparison> compared)
    {
        if (name is null)
        {
            var owners = hits.Select(h => new AgencyMatch(_agencies[h.Key], 1.0, true, [.. IdentifierReasons(h.Value), .. StateReasons(_agencies[h.Key])]));
            var matches = Ordered(owners).Take(MaxMatches).ToArray();
            return new AgencyVerification(FromState(matches[0].Agency.State), matches, NoMatches);
        }

        var ownerComparisons = hits.Keys.ToDictionary(a => a, a => compared.GetValueOrDefault(a) ?? CompareWithAgency(name, a));
        // The licence number or contact settles which of several agencies sharing a core is meant.
        var sameName = ownerComparisons.Where(o => o.Value.CoreMatch <= CoreRelation.Typo).Select(o => o.Key).ToHashSet();
        if (sameName.Count > 0)
        {
            // A detail that the agency named does not have but another agency does (its own e-mail beside someone
            // else's licence number) means someone is mixing two agencies: a look-alike when the name is a licensed one.
            var held = sameName.SelectMany(a => hits[a]).Select(h => KindGroup(h.Kind)).ToHashSet();
            var foreign = hits.Where(h => !sameName.Contains(h.Key))
                .OrderBy(h => _agencies[h.Key].Name, StringComparer.Ordinal).ThenBy(h => _agencies[h.Key].Id, StringComparer.Ordinal)
                .SelectMany(h => h.Value.Where(hit => !held.Contains(KindGroup(hit.Kind))).Select(hit => BelongsToOther(hit, _agencies[h.Key])))
                .ToArray();
            var borrowed = foreign.Length > 0 && sameName.Any(a => _agencies[a].State == LicenceState.Licensed);
            var matches = Ordered(sameName.Select(a =>
                new AgencyMatch(_agencies[a], 1.0, !borrowed,
                    [.. IdentifierReasons(hits[a]), .. SameAgencyNameReasons(ownerComparisons[a]), .. borrowed ? foreign : [], .. StateReasons(_agencies[a])])))
                .Take(MaxMatches).ToArray();
            var owners = hits.Keys.Where(a => !sameName.Contains(a)).Select(a =>
                new AgencyMatch(_agencies[a], ownerComparisons[a].Similarity, false, [.. IdentifierReasons(hits[a]), NameDoesNotMatch(a), .. StateReasons(_agencies[a])]));
            var nameAlike = compared.Values.Where(c => !hits.ContainsKey(c.Agency) && IsWorthShowing(c)).Select(AlsoSimilar);
            if (borrowed)
            {
                var shown = Ordered(matches.Take(MaxMatches - 2).Concat(Ordered(owners).Take(2))).ToArray();
                return new AgencyVerification(Verdict.Lookalike, shown, Ordered(nameAlike).Take(MaxMatches).ToArray());
            }
            return new AgencyVerification(FromState(matches[0].Agency.State), matches, Ordered(owners.Concat(nameAlike)).Take(MaxMatches).ToArray());
        }

        // The name is not the name registered with the licence number or contact given.
        var near = compared.Values.Where(c => !hits.ContainsKey(c.Agency) && c.Relation <= CoreRelation.Resembles).ToList();
        if (near.Count > 0)
        {
            var mismatch = hits.OrderBy(h => _agencies[h.Key].Name, StringComparer.Ordinal).ThenBy(h => _agencies[h.Key].Id, StringComparer.Ordinal)
                .SelectMany(h => h.Value.Select(hit => BelongsToOther(hit, _agencies[h.Key]))).ToArray();
            var resembled = Ordered(near.Select(c =>
                    new AgencyMatch(_agencies[c.Agency], c.Similarity, false, [.. NameReasons(c), .. mismatch, .. StateReasons(_agencies[c.Agency])])))
                .Take(MaxMatches - Math.Min(2, hits.Count));
            var owners = Ordered(hits.Select(h =>
                    new AgencyMatch(_agencies[h.Key], ownerComparisons[h.Key].Similarity, false, [.. IdentifierReasons(h.Value), NameDoesNotMatch(h.Key), .. StateReasons(_agencies[h.Key])])))
                .Take(2);
            var matches = Ordered(resembled.Concat(owners)).ToArray();
            var shown = matches.Select(m => m.Agency).ToHashSet(ReferenceEqualityComparer.Instance);
            var also = compared.Values.Where(c => !shown.Contains(_agencies[c.Agency]) && !hits.ContainsKey(c.Agency) && IsWorthShowing(c)).Select(AlsoSimilar);
            return new AgencyVerification(Verdict.Lookalike, matches, Ordered(also).Take(MaxMatches).ToArray());
        }

        // Nothing registered looks like the name: the licence number or contact identifies the agency, and the
        // reasons say that the name given is not the registered one.
        var byIdentifier = Ordered(hits.Select(h =>
                new AgencyMatch(_agencies[h.Key], 1.0, true, [.. IdentifierReasons(h.Value), NameDoesNotMatch(h.Key), .. StateReasons(_agencies[h.Key])])))
            .Take(MaxMatches).ToArray();
        var similar = compared.Values.Where(c => !hits.ContainsKey(c.Agency) && IsWorthShowing(c)).Select(AlsoSimilar);
        return new AgencyVerification(FromState(byIdentifier[0].Agency.State), byIdentifier, Ordered(similar).Take(MaxMatches).ToArray());
    }

    private AgencyVerification VerifyByName(Dictionary<int, NameComparison> compared, List<IdentifierHit> notFound)
    {
        // The closest core decides: where a registered core is the query's own, a one-letter neighbour is not the
        // agency meant, even when that core is shared by several agencies and fits none of them ("Kazi Recruitment"
        // is neither KAZI SOLUTIONS nor ALJAZI).
        var closestCore = compared.Values.Select(c => c.CoreRank).DefaultIfEmpty(int.MaxValue).Min();
        var sameCore = compared.Values.Where(c => c.IsSameCore && c.CoreRank == closestCore).ToList();
        if (sameCore.Count > 0)
        {
            var bestSector = sameCore.Min(c => c.Sector);
            var same = sameCore.Where(c => c.Sector == bestSector).ToList();
            var sameAgencies = same.Select(c => c.Agency).ToHashSet();
            var also = Ordered(compared.Values.Where(c => !sameAgencies.Contains(c.Agency) && IsWorthShowing(c)).Select(AlsoSimilar)).Take(MaxMatches).ToArray();
            // Every registered agency has a licence number, so one that is in no registry row beside the name of a
            // licensed agency is someone borrowing the name: a look-alike, never an accusation of the agency named.
            // Its own number is shown beside, so a typing slip is plain to see. (A phone or e-mail that is not on
            // record proves nothing: agencies have more contacts than the registry knows.)
            var wrongLicence = notFound.Exists(h => h.Kind == IdentifierKind.Licence);
            var borrowed = wrongLicence && same.Exists(c => _agencies[c.Agency].State == LicenceState.Licensed);
            var matches = Ordered(same.Select(c =>
                    new AgencyMatch(_agencies[c.Agency], c.Similarity, !borrowed,
                        [.. SameAgencyNameReasons(c), .. NotRegisteredReasons(notFound, _agencies[c.Agency]), .. StateReasons(_agencies[c.Agency])])))
                .Take(MaxMatches).ToArray();
            return new AgencyVerification(borrowed ? Verdict.Lookalike : FromState(matches[0].Agency.State), matches, also);
        }

        var resembled = compared.Values.Where(c => c.Relation == CoreRelation.Resembles && IsUnlicensed(_agencies[c.Agency].State)).ToList();
        if (resembled.Count > 0)
        {
            var matches = Ordered(resembled.Select(c =>
                    new AgencyMatch(_agencies[c.Agency], c.Similarity, false, [ResemblesReason(_agencies[c.Agency].State), .. NameReasons(c), .. StateReasons(_agencies[c.Agency])])))
                .Take(MaxMatches).ToArray();
            var shown = resembled.Select(c => c.Agency).ToHashSet();
            var also = compared.Values.Where(c => !shown.Contains(c.Agency) && IsWorthShowing(c)).Select(AlsoSimilar);
            return new AgencyVerification(Verdict.Lookalike, matches, Ordered(also).Take(MaxMatches).ToArray());
        }

        var similar = compared.Values.Where(IsWorthShowing).Select(AlsoSimilar);
        return new AgencyVerification(Verdict.NotFound, NoMatches, Ordered(similar).Take(MaxMatches).ToArray());
    }

    /// <summary>Candidates from the exact indexes and the trigram index, each agency scored on its best name.</summary>
    private Dictionary<int, NameComparison> CompareWithCandidates(NormalisedAgencyName query)
    {
        var candidates = new SortedSet<int>();
        if (_namesByCore.TryGetValue(query.BareSortedCompact, out var sameCore))
        {
            candidates.UnionWith(sameCore.Take(ExactCandidates));
        }
        if (SkeletonIsTelling(query) && _namesBySkeleton.TryGetValue(query.Skeleton, out var sameSkeleton))
        {
            candidates.UnionWith(sameSkeleton.Take(ExactCandidates));
        }
        candidates.UnionWith(_trigrams.Candidates(query.CoreTokens, TrigramCandidates, MinTrigramOverlap));

        var best = new Dictionary<int, NameComparison>();
        foreach (var candidate in candidates)
        {
            var comparison = Compare(query, candidate);
            if (comparison.Relation != CoreRelation.Distant
                && (!best.TryGetValue(comparison.Agency, out var previous) || comparison.Similarity > previous.Similarity))
            {
                best[comparison.Agency] = comparison;
            }
        }
        return best;
    }

    private NameComparison CompareWithAgency(NormalisedAgencyName query, int agency) =>
        _namesByAgency[agency].Select(n => Compare(query, n)).OrderByDescending(c => c.Similarity).FirstOrDefault()
        ?? Unrelated(agency);

    private NameComparison Unrelated(int agency) => new()
    {
        Agency = agency,
        Alias = null,
        Registered = NormalisedAgencyName.Of(_agencies[agency].Name),
        QueryCoreDisplay = "",
        Similarity = 0,
        CoreSimilarity = 0,
        Relation = CoreRelation.Distant,
        CoreMatch = CoreRelation.Distant,
        CoreSharedBySeveral = false,
        CoreEdits = 0,
        Sector = SectorRelation.Conflict,
        SectorEdits = 0,
        QueryOnlySectorWords = [],
        RegisteredOnlySectorWords = [],
        SharedWords = [],
        Transliterations = [],
    };

    /// <summary>Scores a queried name against one registered name (see the class remarks for the metrics).</summary>
    private NameComparison Compare(NormalisedAgencyName query, int nameIndex)
    {
        var entry = _names[nameIndex];
        var registered = entry.Name;
        if (query.CoreIsSectorWords != registered.CoreIsSectorWords)
        {
            // A name without a distinctive word is compared word for word with the whole of the other name.
            (query, registered) = (query.AsSectorWordsOnly(), registered.AsSectorWordsOnly());
        }
        else
        {
            registered = ReadMisspeltSectorWords(registered, query);
            query = ReadMisspeltSectorWords(query, entry.Name);
        }

        // Compared without the article "al": it would make Aljami as close to Aljazi as to Al-Jami.
        var ordered = StringMetrics.JaroWinkler(query.BareCompact, registered.BareCompact);
        var edits = StringMetrics.EditDistance(query.BareCompact, registered.BareCompact);
        var sorted = ordered;
        if (query.BareTokens.Count > 1 || registered.BareTokens.Count > 1)
        {
            sorted = StringMetrics.JaroWinkler(query.BareSortedCompact, registered.BareSortedCompact);
            edits = Math.Min(edits, StringMetrics.EditDistance(query.BareSortedCompact, registered.BareSortedCompact));
        }
        var longer = Math.Max(query.BareSortedCompact.Length, registered.BareSortedCompact.Length);
        var editSimilarity = longer == 0 ? 1 : 1 - ((double)edits / longer);
        var words = AlignWords(query, registered);
        var skeletonsEqual = query.Skeleton == registered.Skeleton && SkeletonIsTelling(query);

        var core = (0.35 * Math.Max(ordered, sorted)) + (0.35 * editSimilarity) + (0.30 * words.Similarity);
        if (skeletonsEqual)
        {
            core = Math.Max(core, 0.92);
        }

        var (sector, sectorSimilarity, queryOnly, registeredOnly, sectorEdits, commonSectorLength) = CompareSectorWords(query, registered);
        // The spelling of what the two names have in common, the core and the sector words both have: a typing
        // slip in "manpowr" shows here, while a missing "Agency" is left to the sector similarity.
        var spelt = longer + commonSectorLength;
        var full = spelt == 0 ? 1 : 1 - ((double)(edits + sectorEdits) / spelt);
        var similarity = Math.Round((0.70 * core) + (0.10 * sectorSimilarity) + (0.20 * full), 3, MidpointRounding.AwayFromZero);

        var relation = Relate(query, registered, edits, skeletonsEqual, core, words);
        var sameCoreRelation = relation;
        // Where several registered agencies share a core and only their sector words tell them apart
        // (KAZI SOLUTIONS, KAZI GLOBAL MANPOWER), a query whose sector words fit none of them is none of them.
        var sharedCore = relation <= CoreRelation.Typo && sector == SectorRelation.Conflict
            && _sectorVariantsByCore.GetValueOrDefault(registered.BareSortedCompact) > 1;
        if (sharedCore)
        {
            relation = CoreRelation.Resembles;
        }

        return new NameComparison
        {
            Agency = entry.Agency,
            Alias = entry.Alias,
            Registered = registered,
            QueryCoreDisplay = query.CoreShown,
            Similarity = similarity,
            CoreSimilarity = core,
            Relation = relation,
            CoreMatch = sameCoreRelation,
            CoreSharedBySeveral = sharedCore,
            CoreEdits = sameCoreRelation != CoreRelation.Typo ? 0
                : Math.Min(edits, StringMetrics.EditDistance(query.CoreSortedCompact, registered.CoreSortedCompact)),
            Sector = sector,
            SectorEdits = sectorEdits,
            QueryOnlySectorWords = queryOnly,
            RegisteredOnlySectorWords = registeredOnly,
            SharedWords = words.Shared,
            Transliterations = sameCoreRelation == CoreRelation.Transliteration ? words.Transliterations : [],
        };
    }

    /// <summary>
    /// Reads a core word of <paramref name="name"/> as a sector word of <paramref name="other"/> when it is a typing
    /// slip for it ("Ageny" against "AGENCY", "Tcavels" against "TRAVELS"), so that a misspelt sector word is not taken
    /// for a different distinctive name. The last core word always stays.
    /// </summary>
    private static NormalisedAgencyName ReadMisspeltSectorWords(NormalisedAgencyName name, NormalisedAgencyName other)
    {
        if (other.SectorWords.Count == 0 || name.CoreTokens.Count < 2 || name.CoreIsSectorWords)
        {
            return name;
        }
        List<(int, SectorWord)>? moves = null;
        for (var i = 0; i < name.CoreTokens.Count && (moves?.Count ?? 0) < name.CoreTokens.Count - 1; i++)
        {
            var word = name.CoreTokens[i];
            if (word.Length < 4 || Contains(other.CoreTokens, word))
            {
                continue;
            }
            foreach (var sector in other.SectorWords)
            {
                if (Math.Abs(sector.Written.Length - word.Length) > 2)
                {
                    continue;
                }
                var slips = StringMetrics.EditDistance(word, sector.Written);
                if (slips <= AllowedTypingSlips(word.Length))
                {
                    (moves ??= []).Add((i, new SectorWord(sector.Canonical, word, slips + sector.Edits)));
                    break;
                }
            }
        }
        return moves is null ? name : name.WithCoreWordsAsSectorWords(moves);
    }

    private static CoreRelation Relate(NormalisedAgencyName query, NormalisedAgencyName registered, int edits, bool skeletonsEqual, double core, WordAlignment words)
    {
        if (query.CoreIsSectorWords != registered.CoreIsSectorWords)
        {
            // A name of sector words only ("Global Recruitment Services") against a name of one distinctive word.
            return words.Shared.Count > 0 ? CoreRelation.SharesWords : CoreRelation.Distant;
        }
        if (query.CoreCompact == registered.CoreCompact)
        {
            return CoreRelation.Identical;
        }
        if (query.CoreSortedCompact == registered.CoreSortedCompact)
        {
            return CoreRelation.Reordered;
        }
        if (query.BareSortedCompact == registered.BareSortedCompact)
        {
            return CoreRelation.WithoutArticle;
        }
        if (edits <= AllowedTypingSlips(Math.Min(query.BareSortedCompact.Length, registered.BareSortedCompact.Length))
            || IsTypoInArticle(query, registered))
        {
            return CoreRelation.Typo;
        }
        // Transliterations differ in vowels and doubled letters, up to half the word (Tawfeeq, Towfiq).
        if (skeletonsEqual && edits <= Math.Min(query.BareSortedCompact.Length, registered.BareSortedCompact.Length) / 2)
        {
            return CoreRelation.Transliteration;
        }
        if (!query.CoreIsSectorWords && (core >= ResemblanceThreshold || ResemblesByWords(query, registered, words)))
        {
            return CoreRelation.Resembles;
        }
        if (words.Shared.Count > 0 || core >= AlsoSimilarThreshold)
        {
            return CoreRelation.SharesWords;
        }
        return CoreRelation.Distant;
    }

    /// <summary>A slip in the article itself ("Aqlquthami", "Lamodhaf") leaves the word without its article.</summary>
    private static bool IsTypoInArticle(NormalisedAgencyName query, NormalisedAgencyName registered) =>
        (query.BareSortedCompact != query.CoreSortedCompact || registered.BareSortedCompact != registered.CoreSortedCompact)
        && StringMetrics.EditDistance(query.CoreSortedCompact, registered.CoreSortedCompact)
            <= AllowedTypingSlips(Math.Min(query.CoreSortedCompact.Length, registered.CoreSortedCompact.Length) - 2);

    /// <summary>
    /// Typing slips still read as the same name: none up to three letters, one up to seven, two from eight
    /// ("riversyde" is RIVERSIDE; "kazy" is KAZI; "jamin" is not JAMILA).
    /// </summary>
    public static int AllowedTypingSlips(int length) => length switch
    {
        < 4 => 0,
        < 8 => 1,
        _ => 2,
    };

    /// <summary>
    /// The words in common cover most of the longer core, include one of four letters or more, and leave at most one
    /// word different on each side: either two words or more in common ("Munawar Towfiq Brothers" resembles
    /// MUNAWAR TOWFIQ ANNEX), or the whole registered core and one word more ("Riverside Pearl" resembles RIVERSIDE).
    /// "Golden Star" merely shares a word with GOLDEN AFRO GULF.
    /// </summary>
    private static bool ResemblesByWords(NormalisedAgencyName query, NormalisedAgencyName registered, WordAlignment words) =>
        (words.Shared.Count >= 2 || words.UnmatchedRegistered == 0)
        && words.UnmatchedQuery <= 1 && words.UnmatchedRegistered <= 1 && words.LongestShared >= 4
        && words.SharedLength >= ResemblanceCoverage * Math.Max(query.BareSortedCompact.Length, registered.BareSortedCompact.Length);

    /// <summary>
    /// Pairs each core word with its closest counterpart: the soft token-set similarity (length-weighted, both ways),
    /// the words in common and the transliterations. Words are compared without the article "al".
    /// </summary>
    private static WordAlignment AlignWords(NormalisedAgencyName query, NormalisedAgencyName registered)
    {
        List<string>? shared = null;
        List<(string, string)>? transliterations = null;
        double weighted = 0;
        var total = 0;
        var unmatchedQuery = 0;
        var sharedLength = 0;
        var longestShared = 0;
        for (var i = 0; i < query.BareTokens.Count; i++)
        {
            var word = query.BareTokens[i];
            var (similarity, at) = BestWord(word, query.BareSkeletons[i], registered);
            weighted += similarity * word.Length;
            total += word.Length;
            var counterpart = registered.BareTokens[at];
            if (similarity >= SameWordThreshold && (word.Length > 3 || word == counterpart))
            {
                shared ??= [];
                if (!shared.Contains(registered.CoreDisplay[at]))
                {
                    shared.Add(registered.CoreDisplay[at]);
                }
                sharedLength += word.Length;
                longestShared = Math.Max(longestShared, word.Length);
                if (word != counterpart && query.BareSkeletons[i] == registered.BareSkeletons[at]
                    && StringMetrics.EditDistance(word, counterpart) > AllowedTypingSlips(word.Length))
                {
                    (transliterations ??= []).Add((query.CoreDisplay[i], registered.CoreDisplay[at]));
                }
            }
            else
            {
                unmatchedQuery++;
            }
        }
        var unmatchedRegistered = 0;
        for (var j = 0; j < registered.BareTokens.Count; j++)
        {
            var word = registered.BareTokens[j];
            var (similarity, at) = BestWord(word, registered.BareSkeletons[j], query);
            weighted += similarity * word.Length;
            total += word.Length;
            if (similarity < SameWordThreshold || (word.Length <= 3 && word != query.BareTokens[at]))
            {
                unmatchedRegistered++;
            }
        }
        return new WordAlignment(total == 0 ? 0 : weighted / total, (IReadOnlyList<string>?)shared ?? [],
            (IReadOnlyList<(string, string)>?)transliterations ?? [], unmatchedQuery, unmatchedRegistered, sharedLength, longestShared);
    }

    private static (double Similarity, int At) BestWord(string word, string skeleton, NormalisedAgencyName among)
    {
        var best = 0.0;
        var at = 0;
        for (var j = 0; j < among.BareTokens.Count; j++)
        {
            var similarity = WordSimilarity(word, skeleton, among.BareTokens[j], among.BareSkeletons[j]);
            if (similarity > best)
            {
                best = similarity;
                at = j;
            }
        }
        return (best, at);
    }

    /// <summary>Jaro-Winkler, raised to 0.92 for two spellings with the same phonetic skeleton (Towfiq, Tawfiq).</summary>
    private static double WordSimilarity(string a, string aSkeleton, string b, string bSkeleton)
    {
        if (a == b)
        {
            return 1;
        }
        var similarity = StringMetrics.JaroWinkler(a, b);
        if (similarity < 0.92 && a.Length >= 4 && b.Length >= 4 && aSkeleton.Length >= 3 && aSkeleton == bSkeleton)
        {
            similarity = 0.92;
        }
        return similarity;
    }

    private static (SectorRelation Relation, double Similarity, IReadOnlyList<SectorWord> QueryOnly, IReadOnlyList<SectorWord> RegisteredOnly, int Edits, int CommonLength) CompareSectorWords(
        NormalisedAgencyName query, NormalisedAgencyName registered)
    {
        var q = query.SectorSet;
        var r = registered.SectorSet;
        var common = 0;
        foreach (var word in q)
        {
            if (Contains(r, word))
            {
                common++;
            }
        }
        var relation = common == q.Count && common == r.Count ? SectorRelation.Equal
            : common == q.Count || common == r.Count ? SectorRelation.Compatible
            : SectorRelation.Conflict;
        // Sector words left out ("riverside" for RIVERSIDE MANPOWER) cost little; different ones cost more.
        var similarity = relation switch
        {
            SectorRelation.Equal => 1.0,
            SectorRelation.Compatible => 0.9,
            _ => 0.8 * common / (q.Count + r.Count - common),
        };
        var edits = 0;
        var commonLength = 0;
        foreach (var word in query.SectorWords)
        {
            foreach (var counterpart in registered.SectorWords)
            {
                if (counterpart.Canonical == word.Canonical)
                {
                    commonLength += counterpart.Written.Length;
                    if (counterpart.Written != word.Written)
                    {
                        edits += word.Edits + counterpart.Edits;
                    }
                    break;
                }
            }
        }
        return (relation, similarity, OnlyIn(query, r), OnlyIn(registered, q), edits, commonLength);
    }

    /// <summary>The sector words of <paramref name="name"/> whose canonical form is not in <paramref name="other"/>, once each.</summary>
    private static IReadOnlyList<SectorWord> OnlyIn(NormalisedAgencyName name, IReadOnlyList<string> other)
    {
        List<SectorWord>? only = null;
        foreach (var word in name.SectorWords)
        {
            if (!Contains(other, word.Canonical) && (only is null || !only.Exists(w => w.Canonical == word.Canonical)))
            {
                (only ??= []).Add(word);
            }
        }
        return (IReadOnlyList<SectorWord>?)only ?? [];
    }

    private static bool Contains(IReadOnlyList<string> words, string word)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] == word)
            {
                return true;
            }
        }
        return false;
    }

    private static IReadOnlyList<MatchReason> NameReasons(NameComparison c) =>
        c.IsSameCore ? SameAgencyNameReasons(c)
        : c.CoreSharedBySeveral ? [MatchReason.Of(MatchReasonCodes.CoreSharedBySeveral, ("name", string.Join(' ', c.Registered.CoreDisplay))), .. SameAgencyNameReasons(c)]
        : [DistinctiveNameDiffers(c)];

    private static MatchReason DistinctiveNameDiffers(NameComparison c) =>
        MatchReason.Of(MatchReasonCodes.DistinctiveNameDiffers, ("query", c.QueryCoreDisplay), ("registered", string.Join(' ', c.Registered.CoreDisplay)));

    /// <summary>What is the same and what differs between a name and the registered name it was taken to be.</summary>
    private static List<MatchReason> SameAgencyNameReasons(NameComparison c)
    {
        var reasons = new List<MatchReason>();
        if (c.Alias is not null)
        {
            reasons.Add(MatchReason.Of(MatchReasonCodes.MatchesAlias, ("alias", c.Alias)));
        }
        var letters = c.CoreEdits + c.SectorEdits;
        if (c.Relation == CoreRelation.Identical && !c.CoreSharedBySeveral && c.Sector == SectorRelation.Equal && letters == 0)
        {
            reasons.Add(MatchReason.Of(MatchReasonCodes.NameIdentical));
        }
        if (c.Relation == CoreRelation.Reordered)
        {
            reasons.Add(MatchReason.Of(MatchReasonCodes.WordsInDifferentOrder));
        }
        if (c.Relation == CoreRelation.WithoutArticle)
        {
            reasons.Add(MatchReason.Of(MatchReasonCodes.ArticleDiffers));
        }
        foreach (var (query, registered) in c.Transliterations)
        {
            reasons.Add(MatchReason.Of(MatchReasonCodes.SoundsAlike, ("query", query), ("registered", registered)));
        }
        if (c.Transliterations.Count == 0 && c.Relation == CoreRelation.Transliteration)
        {
            reasons.Add(MatchReason.Of(MatchReasonCodes.SoundsAlike, ("query", c.QueryCoreDisplay), ("registered", string.Join(' ', c.Registered.CoreDisplay))));
        }
        if (letters > 0)
        {
            reasons.Add(MatchReason.Of(MatchReasonCodes.NameDiffersByLetters, ("count", letters.ToString(CultureInfo.InvariantCulture))));
        }
        if (c.QueryOnlySectorWords.Count == 1 && c.RegisteredOnlySectorWords.Count == 1)
        {
            reasons.Add(MatchReason.Of(MatchReasonCodes.SectorWordDiffers,
                ("query", NormalisedAgencyName.TitleCase(c.QueryOnlySectorWords[0].Written)),
                ("registered", NormalisedAgencyName.TitleCase(c.RegisteredOnlySectorWords[0].Written))));
        }
        else
        {
            reasons.AddRange(c.RegisteredOnlySectorWords.Select(w => MatchReason.Of(MatchReasonCodes.SectorWordMissing, ("word", NormalisedAgencyName.TitleCase(w.Written)))));
            reasons.AddRange(c.QueryOnlySectorWords.Select(w => MatchReason.Of(MatchReasonCodes.SectorWordExtra, ("word", NormalisedAgencyName.TitleCase(w.Written)))));
        }
        return reasons;
    }

    private AgencyMatch AlsoSimilar(NameComparison c)
    {
        var reasons = new List<MatchReason>
        {
            c.SharedWords.Count > 0
                ? MatchReason.Of(MatchReasonCodes.SharesWords, ("words", string.Join(' ', c.SharedWords)))
                : MatchReason.Of(MatchReasonCodes.SimilarSpelling),
        };
        reasons.AddRange(StateReasons(_agencies[c.Agency]));
        return new AgencyMatch(_agencies[c.Agency], c.Similarity, false, reasons);
    }

    private static bool IsWorthShowing(NameComparison c) => c.Relation != CoreRelation.Distant;

    private MatchReason NameDoesNotMatch(int agency) =>
        MatchReason.Of(MatchReasonCodes.NameDoesNotMatch, ("registered", _agencies[agency].Name));

    private static IEnumerable<MatchReason> IdentifierReasons(List<IdentifierHit> hits) =>
        hits.Select(h => h.Kind switch
        {
            IdentifierKind.Licence => MatchReason.Of(MatchReasonCodes.SameLicenceNumber, ("licence", h.Registered)),
            IdentifierKind.Phone => MatchReason.Of(MatchReasonCodes.SamePhone),
            IdentifierKind.Email => MatchReason.Of(MatchReasonCodes.SameEmail),
            IdentifierKind.EmailDomain => MatchReason.Of(MatchReasonCodes.SameEmailDomain, ("domain", h.Registered)),
            _ => MatchReason.Of(MatchReasonCodes.SameWebsite),
        }).DistinctBy(r => r.Code);

    /// <summary>An e-mail address and an e-mail at the agency's own domain are the same kind of detail.</summary>
    private static IdentifierKind KindGroup(IdentifierKind kind) => kind == IdentifierKind.EmailDomain ? IdentifierKind.Email : kind;

    private static MatchReason BelongsToOther(IdentifierHit hit, RegistryAgency owner) => hit.Kind switch
    {
        IdentifierKind.Licence => MatchReason.Of(MatchReasonCodes.LicenceNumberBelongsToOtherAgency, ("licence", hit.Registered), ("agency", owner.Name)),
        IdentifierKind.Phone => MatchReason.Of(MatchReasonCodes.PhoneBelongsToOtherAgency, ("agency", owner.Name), ("state", owner.State.ToString())),
        IdentifierKind.Email or IdentifierKind.EmailDomain => MatchReason.Of(MatchReasonCodes.EmailBelongsToOtherAgency, ("agency", owner.Name), ("state", owner.State.ToString())),
        _ => MatchReason.Of(MatchReasonCodes.WebsiteBelongsToOtherAgency, ("agency", owner.Name), ("state", owner.State.ToString())),
    };

    /// <summary>What the query gave that the agency does not have, each with the agency's own licence number after a wrong one.</summary>
    private static IEnumerable<MatchReason> NotRegisteredReasons(List<IdentifierHit> notFound, RegistryAgency agency)
    {
        foreach (var hit in notFound)
        {
            yield return NotRegistered(hit);
            if (hit.Kind == IdentifierKind.Licence && !string.IsNullOrEmpty(agency.LicenceNumber))
            {
                yield return MatchReason.Of(MatchReasonCodes.RegisteredLicenceNumber, ("licence", agency.LicenceNumber));
            }
        }
    }

    private static MatchReason NotRegistered(IdentifierHit hit) => hit.Kind switch
    {
        IdentifierKind.Licence => MatchReason.Of(MatchReasonCodes.LicenceNumberNotRegistered, ("licence", hit.Registered)),
        IdentifierKind.Phone => MatchReason.Of(MatchReasonCodes.PhoneNotRegistered),
        IdentifierKind.Email or IdentifierKind.EmailDomain => MatchReason.Of(MatchReasonCodes.EmailNotRegistered),
        _ => MatchReason.Of(MatchReasonCodes.WebsiteNotRegistered),
    };

    private static MatchReason ResemblesReason(LicenceState state) => state switch
    {
        LicenceState.Suspended => MatchReason.Of(MatchReasonCodes.ResemblesSuspendedAgency),
        LicenceState.Deregistered => MatchReason.Of(MatchReasonCodes.ResemblesDeregisteredAgency),
        _ => MatchReason.Of(MatchReasonCodes.ResemblesExpiredAgency),
    };

    private static IEnumerable<MatchReason> StateReasons(RegistryAgency agency)
    {
        var date = agency.ValidUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        yield return agency.State switch
        {
            LicenceState.Licensed => date is null ? MatchReason.Of(MatchReasonCodes.LicenceValid) : MatchReason.Of(MatchReasonCodes.LicenceValidUntil, ("date", date)),
            LicenceState.Expired => date is null ? MatchReason.Of(MatchReasonCodes.LicenceExpired) : MatchReason.Of(MatchReasonCodes.LicenceExpiredOn, ("date", date)),
            LicenceState.Suspended => MatchReason.Of(MatchReasonCodes.LicenceSuspended),
            LicenceState.Deregistered => MatchReason.Of(MatchReasonCodes.AgencyDeregistered),
            _ => MatchReason.Of(MatchReasonCodes.LicenceStateUnknown),
        };
    }

    private static bool IsUnlicensed(LicenceState state) => state is LicenceState.Expired or LicenceState.Suspended or LicenceState.Deregistered;

    /// <summary>
    /// The verdict for the agency meant. A licence state the registry cannot establish is not confirmed as licensed:
    /// it reads as not found, with the agency and the reason "licence-state-unknown" shown.
    /// </summary>
    private static Verdict FromState(LicenceState state) => state switch
    {
        LicenceState.Licensed => Verdict.Licensed,
        LicenceState.Expired => Verdict.Expired,
        LicenceState.Suspended or LicenceState.Deregistered => Verdict.SuspendedOrDeregistered,
        _ => Verdict.NotFound,
    };

    /// <summary>Similarity first, then name, then the latest licence, then id: the same order every time.</summary>
    private static IEnumerable<AgencyMatch> Ordered(IEnumerable<AgencyMatch> matches) =>
        matches.OrderByDescending(m => m.Similarity)
            .ThenBy(m => m.Agency.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(m => m.Agency.Name, StringComparer.Ordinal)
            .ThenByDescending(m => m.Agency.ValidUntil ?? DateOnly.MinValue)
            .ThenBy(m => m.Agency.Id, StringComparer.Ordinal);

    private void LookUpLicence(string? licence, Dictionary<int, List<IdentifierHit>> hits, List<IdentifierHit> notFound)
    {
        if (string.IsNullOrWhiteSpace(licence))
        {
            return;
        }
        var key = AgencyIdentifiers.LicenceKey(licence);
        if (key is not null && _agenciesByLicence.TryGetValue(key, out var agencies))
        {
            AddHits(IdentifierKind.Licence, agencies, hits);
            return;
        }
        var tail = AgencyIdentifiers.LicenceTailKey(licence);
        if (key is not null && tail == key && _agenciesByLicenceTail.TryGetValue(tail, out var byTail))
        {
            // Typed without its "RA"/"NA" prefix.
            AddHits(IdentifierKind.Licence, byTail, hits);
            return;
        }
        notFound.Add(new IdentifierHit(IdentifierKind.Licence, Shorten(licence.Trim())));
    }

    private static string Shorten(string value) => value.Length > 40 ? value[..40] : value;

    private void LookUpEmail(string? email, Dictionary<int, List<IdentifierHit>> hits, List<IdentifierHit> notFound)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return;
        }
        var address = AgencyIdentifiers.Email(email);
        if (address is not null && _agenciesByEmail.TryGetValue(address, out var agencies))
        {
            AddHits(IdentifierKind.Email, agencies, hits);
            return;
        }
        var domain = AgencyIdentifiers.OwnEmailDomain(email);
        if (domain is not null && _agenciesByDomain.TryGetValue(domain, out var byDomain))
        {
            AddHits(IdentifierKind.EmailDomain, byDomain, hits);
            return;
        }
        notFound.Add(new IdentifierHit(IdentifierKind.Email, ""));
    }

    private void LookUp(IdentifierKind kind, string? key, string? written, Dictionary<string, int[]> index, Dictionary<int, List<IdentifierHit>> hits, List<IdentifierHit> notFound)
    {
        if (string.IsNullOrWhiteSpace(written))
        {
            return;
        }
        if (key is not null && index.TryGetValue(key, out var agencies))
        {
            AddHits(kind, agencies, hits);
            return;
        }
        notFound.Add(new IdentifierHit(kind, ""));
    }

    private void AddHits(IdentifierKind kind, int[] agencies, Dictionary<int, List<IdentifierHit>> hits)
    {
        foreach (var agency in agencies)
        {
            if (!hits.TryGetValue(agency, out var list))
            {
                hits[agency] = list = [];
            }
            var registered = kind switch
            {
                IdentifierKind.Licence => _agencies[agency].LicenceNumber ?? "",
                IdentifierKind.EmailDomain => (_agencies[agency].Emails ?? []).Select(AgencyIdentifiers.OwnEmailDomain).FirstOrDefault(d => d is not null)
                    ?? (_agencies[agency].Websites ?? []).Select(AgencyIdentifiers.Domain).FirstOrDefault(d => d is not null) ?? "",
                _ => "",
            };
            list.Add(new IdentifierHit(kind, registered));
        }
    }

    /// <summary>
    /// A skeleton of fewer than three letters would join too many unrelated names: "kz" is Kazi and Kozo,
    /// "k" is Al-Waka and Al-Yelika.
    /// </summary>
    private static bool SkeletonIsTelling(NormalisedAgencyName name) => name.Skeleton.Count(c => c != ' ') >= 3;

    private static void Add(Dictionary<string, List<int>> index, string? key, int agency)
    {
        if (key is null)
        {
            return;
        }
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }
        if (list.Count == 0 || list[^1] != agency)
        {
            list.Add(agency);
        }
    }

    private static Dictionary<string, int[]> Freeze(Dictionary<string, List<int>> index) =>
        index.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);

    private static Dictionary<string, int[]> Freeze(IEnumerable<(string Key, int Name)> pairs) =>
        pairs.GroupBy(p => p.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(p => p.Name).ToArray(), StringComparer.Ordinal);

    private sealed record NameEntry(int Agency, NormalisedAgencyName Name, string? Alias);

    private sealed record WordAlignment(
        double Similarity,
        IReadOnlyList<string> Shared,
        IReadOnlyList<(string Query, string Registered)> Transliterations,
        int UnmatchedQuery,
        int UnmatchedRegistered,
        int SharedLength,
        int LongestShared);

    private enum IdentifierKind
    {
        Licence,
        Phone,
        Email,
        EmailDomain,
        Website,
    }

    /// <summary>A licence number or contact of the query found on an agency; <see cref="Registered"/> is how the registry writes it.</summary>
    private sealed record IdentifierHit(IdentifierKind Kind, string Registered);
}
