using System.Collections.Frozen;

namespace Linda.Core.Matching;

/// <summary>
/// The words of Kenyan recruitment-agency names that say what kind of business it is rather than which one:
/// legal forms (dropped), connecting words (dropped) and sector words (kept as a weaker signal). Drawn from the
/// NEA registry extract of July 2026, where "Limited", "Agency", "Recruitment", "International" and "Manpower"
/// are each in more than 70 names.
/// </summary>
public static class AgencyNameVocabulary
{
    /// <summary>Sector words: the first of each row is the canonical form the others are counted as.</summary>
    private static readonly string[][] SectorWords =
    [
        ["agency", "agencies", "agencys", "agencie", "agent", "agents", "wakala"],
        ["recruitment", "recruitments", "recruiting", "recruiter", "recruiters", "recruit", "recruits"],
        ["manpower", "manpowers"],
        ["employment", "employments", "employer", "employers"],
        ["consultants", "consultant", "consultancy", "consultancies", "consulting", "consult", "consults"],
        ["international", "internationals", "intl", "inter"],
        ["services", "service"],
        ["general"],
        ["global", "globals"],
        ["travel", "travels", "traveller", "travellers", "traveler", "travelers", "travelling", "traveling"],
        ["tours", "tour", "touring"],
        ["placement", "placements"],
        ["bureau", "bureaus", "bureaux"],
        ["solutions", "solution"],
        ["human"],
        ["resources", "resource", "resourcing"],
        ["hr"],
        ["staffing", "staff"],
        ["overseas", "abroad"],
        ["enterprises", "enterprise"],
        ["ventures", "venture"],
        ["investments", "investment"],
        ["group", "groups"],
        ["holdings", "holding"],
        ["management"],
        ["trading", "traders", "trade"],
        ["careers", "career"],
        ["jobs", "job"],
        ["workers", "worker"],
        ["links", "link"],
        ["connections", "connection", "connect", "connects"],
        ["logistics"],
        ["outsourcing", "outsource"],
        ["safaris", "safari"],
        ["express"],
        ["experts", "expert"],
        ["talent", "talents"],
        ["kenya"],
        ["africa", "african", "afrika"],
        ["gulf"],
    ];

    /// <summary>Legal forms, including the misspellings the registry holds ("LIMITEED", "LIMI").</summary>
    private static readonly string[] LegalForms =
    [
        "ltd", "limited", "limi", "limit", "limite", "limted", "limtd", "lmtd", "lmt", "lt",
        "co", "company", "companies", "inc", "incorporated", "llc", "llp", "plc", "epz", "corp", "corporation", "pty",
    ];

    /// <summary>Connecting words in English and Kiswahili ("na" = and, "ya"/"wa" = of).</summary>
    private static readonly string[] ConnectingWords = ["and", "the", "of", "for", "na", "ya", "wa"];

    private static readonly FrozenDictionary<string, string> CanonicalBySectorWord =
        SectorWords.SelectMany(row => row.Select(word => (word, canonical: row[0])))
            .ToFrozenDictionary(p => p.word, p => p.canonical, StringComparer.Ordinal);

    private static readonly FrozenSet<string> LegalFormSet = LegalForms.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> ConnectingWordSet = ConnectingWords.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Spellings of sector words long enough for the typo-tolerant look-up, in a fixed order.</summary>
    private static readonly string[] LongSectorWords =
        CanonicalBySectorWord.Keys.Where(w => w.Length >= 5).Order(StringComparer.Ordinal).ToArray();

    /// <summary>Every canonical sector word, for tests and documentation.</summary>
    public static IReadOnlyList<string> CanonicalSectorWords { get; } = SectorWords.Select(row => row[0]).ToArray();

    /// <summary>
    /// Whether a normalised token is the start of "Limited" or "Company": the registry cuts names at 50 characters
    /// ("... RECRUITING AGENCY L", "... COMPANY LIMITE"), so a last word may be one.
    /// </summary>
    public static bool IsCutLegalForm(string token) =>
        token.Length >= 1 && ("limited".StartsWith(token, StringComparison.Ordinal) || (token.Length >= 3 && "company".StartsWith(token, StringComparison.Ordinal)));

    /// <summary>Whether a normalised token is a legal form ("ltd", "limited", "co", ...).</summary>
    public static bool IsLegalForm(string token)
    {
        if (LegalFormSet.Contains(token))
        {
            return true;
        }
        // "LIMITEED", "LIMTED", "COMAPNY": the registry is typed by hand.
        if (token.Length >= 5 && token.StartsWith("lim", StringComparison.Ordinal))
        {
            return StringMetrics.EditDistance(token, "limited") <= 2;
        }
        return (token.Length >= 6 && token[0] == 'l' && StringMetrics.EditDistance(token, "limited") <= 1)
            || (token.Length >= 6 && token[0] == 'c' && StringMetrics.EditDistance(token, "company") <= 1);
    }

    /// <summary>Whether a normalised token is a connecting word ("and", "of", "na", ...).</summary>
    public static bool IsConnectingWord(string token) => ConnectingWordSet.Contains(token);

    /// <summary>
    /// Finds the canonical sector word for a normalised token, allowing the typing slips the registry is full of
    /// ("MANPOWR", "RECRUTIMENT", "ERCRUITMENT"): a letter missing, added or swapped with its neighbour from six
    /// letters, any one slip from eight, two from ten, keeping the first letter (or swapping it with the second). A changed letter in a shorter word usually makes
    /// another word ("Servile" is not "Service", "Export" is not "Expert"), so it is not accepted there; the matcher
    /// still reads such a word as the sector word of the registered name it is compared with.
    /// <paramref name="edits"/> is the number of slips (0 for a known spelling).
    /// </summary>
    public static bool TryGetSectorWord(string token, out string canonical, out int edits)
    {
        if (CanonicalBySectorWord.TryGetValue(token, out var known))
        {
            canonical = known;
            edits = 0;
            return true;
        }
        canonical = "";
        edits = 0;
        if (token.Length < 6)
        {
            return false;
        }
        var best = int.MaxValue;
        string? bestWord = null;
        foreach (var word in LongSectorWords)
        {
            if (Math.Abs(word.Length - token.Length) > 2 || !SameStart(token, word))
            {
                continue;
            }
            var distance = StringMetrics.EditDistance(token, word);
            var accepted = distance switch
            {
                1 => token.Length >= 8 || !IsSingleSubstitution(token, word),
                2 => token.Length >= 10,
                _ => false,
            };
            if (accepted && distance < best)
            {
                best = distance;
                bestWord = word;
            }
        }
        if (bestWord is null)
        {
            return false;
        }
        canonical = CanonicalBySectorWord[bestWord];
        edits = best;
        return true;
    }

    /// <summary>"iHuman" is not a slip for "Human"; "Ercruitment" is one for "Recruitment".</summary>
    private static bool SameStart(string a, string b) => a[0] == b[0] || (a[0] == b[1] && a[1] == b[0]);

    private static bool IsSingleSubstitution(string a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }
        var first = -1;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                if (first >= 0)
                {
                    return false;
                }
                first = i;
            }
        }
        return first >= 0;
    }
}
