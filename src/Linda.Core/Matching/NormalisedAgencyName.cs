using System.Globalization;
using System.Text;

namespace Linda.Core.Matching;

/// <summary>
/// An agency name taken apart for matching: the distinctive core ("riverside" in RIVERSIDE MANPOWER LIMITED),
/// the sector words beside it ("manpower", a weaker signal), with legal forms and connecting words dropped.
/// Case, diacritics, punctuation, spacing of "Al-" and "&amp;"/"and" make no difference.
/// </summary>
public sealed class NormalisedAgencyName
{
    /// <summary>Only this much of a name is read; the web layer rejects queries over 200 characters.</summary>
    public const int MaxInputLength = 256;

    private const int MaxTokens = 16;
    private const int MaxTokenLength = 48;

    private NormalisedAgencyName(IReadOnlyList<string> coreTokens, IReadOnlyList<string> coreDisplay, IReadOnlyList<SectorWord> sectorWords, bool coreIsSectorWords)
    {
        CoreTokens = coreTokens;
        CoreDisplay = coreDisplay;
        SectorWords = sectorWords;
        CoreIsSectorWords = coreIsSectorWords;
        CoreCompact = string.Concat(coreTokens);
        CoreSortedCompact = string.Concat(coreTokens.Order(StringComparer.Ordinal));
        var bare = coreTokens.Select(WithoutArticle).ToArray();
        BareTokens = bare;
        BareSkeletons = bare.Select(PhoneticKey.OfToken).ToArray();
        CoreShown = string.Join(' ', coreDisplay);
        BareCompact = string.Concat(bare);
        BareSortedCompact = string.Concat(bare.Order(StringComparer.Ordinal));
        Skeleton = PhoneticKey.OfTokens(bare);
        SectorSet = sectorWords.Select(w => w.Canonical).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The distinctive words, lower case, in the order written; "Al" joined to the word after it.</summary>
    public IReadOnlyList<string> CoreTokens { get; }

    /// <summary>The core words for showing in a reason: "Al-Amal", "Riverside".</summary>
    public IReadOnlyList<string> CoreDisplay { get; }

    /// <summary>The sector words ("agency", "manpower", ...), in the order written.</summary>
    public IReadOnlyList<SectorWord> SectorWords { get; }

    /// <summary>The distinct canonical sector words, sorted.</summary>
    public IReadOnlyList<string> SectorSet { get; }

    /// <summary>
    /// True when the name is made of sector words only ("Global Recruitment Services"): they then serve as the core.
    /// </summary>
    public bool CoreIsSectorWords { get; }

    /// <summary>The core without spaces, in the order written.</summary>
    public string CoreCompact { get; }

    /// <summary>The core tokens sorted, without spaces: equal for the same words in another order or spacing.</summary>
    public string CoreSortedCompact { get; }

    /// <summary>The core as shown in reasons: "Al-Amal", "Munawar Towfiq".</summary>
    public string CoreShown { get; }

    /// <summary>The core words without the article "al", in the order written.</summary>
    public IReadOnlyList<string> BareTokens { get; }

    /// <summary>The phonetic skeleton of each of <see cref="BareTokens"/>.</summary>
    public IReadOnlyList<string> BareSkeletons { get; }

    /// <summary>The core without the article "al" ("jami" for Al-Jami), in the order written, without spaces.</summary>
    public string BareCompact { get; }

    /// <summary>The core without the article "al", sorted, without spaces: the key of the exact-core index.</summary>
    public string BareSortedCompact { get; }

    /// <summary>The phonetic skeleton of the core without the article, order-insensitive (see <see cref="PhoneticKey"/>).</summary>
    public string Skeleton { get; }

    /// <summary>True when nothing readable was left (empty, punctuation or emoji only).</summary>
    public bool IsEmpty => CoreTokens.Count == 0;

    /// <summary>Takes a name apart. Never throws: unreadable input gives an empty name.</summary>
    public static NormalisedAgencyName Of(string? text)
    {
        var raw = Tokenise(text);
        // The registry cuts names at 50 characters.
        var mayBeCut = text is { Length: >= 45 };
        var classified = new List<(string Token, TokenKind Kind, string Canonical, int Edits)>(raw.Count);
        for (var i = 0; i < raw.Count; i++)
        {
            var token = raw[i];
            if (AgencyNameVocabulary.IsConnectingWord(token))
            {
                continue;
            }
            // "(K) Ltd" is Kenya's usual legal suffix.
            var last = i == raw.Count - 1;
            if (AgencyNameVocabulary.IsLegalForm(token)
                || (token == "k" && (last || AgencyNameVocabulary.IsLegalForm(raw[i + 1])))
                || (last && mayBeCut && i > 0 && AgencyNameVocabulary.IsCutLegalForm(token)))
            {
                continue;
            }
            if (AgencyNameVocabulary.TryGetSectorWord(token, out var canonical, out var edits))
            {
                classified.Add((token, TokenKind.Sector, canonical, edits));
            }
            else
            {
                classified.Add((token, TokenKind.Core, "", 0));
            }
        }

        var core = new List<string>(classified.Count);
        var display = new List<string>(classified.Count);
        var sector = new List<SectorWord>();
        for (var i = 0; i < classified.Count; i++)
        {
            var (token, kind, canonical, edits) = classified[i];
            if (kind == TokenKind.Sector)
            {
                sector.Add(new SectorWord(canonical, token, edits));
                continue;
            }
            // Initials written with dots or spaces ("M.A", "M A") are one word, as in "MA".
            if (token.Length == 1 && core.Count > 0 && i > 0 && classified[i - 1] is { Kind: TokenKind.Core, Token.Length: 1 })
            {
                core[^1] += token;
                display[^1] += token.ToUpperInvariant();
                continue;
            }
            // Al-Amal, Al Amal and Alamal are one word; so are El-Amal and Elamal.
            if (core.Count > 0 && core[^1] is "al" or "el" && i > 0 && classified[i - 1].Kind == TokenKind.Core)
            {
                core[^1] = "al" + token;
                display[^1] = "Al-" + TitleCase(token);
                continue;
            }
            core.Add(token);
            display.Add(token.Length == 1 ? token.ToUpperInvariant() : TitleCase(token));
        }

        var coreIsSectorWords = false;
        if (core.Count == 0 && sector.Count > 0)
        {
            // The words as written, not their canonical forms: AJIRA KENYA is not EMPLOYMENT KENYA.
            core.AddRange(sector.Select(w => w.Written));
            display.AddRange(sector.Select(w => TitleCase(w.Written)));
            sector.Clear();
            coreIsSectorWords = true;
        }
        return new NormalisedAgencyName(core, display, sector, coreIsSectorWords);
    }

    /// <summary>
    /// The name read as sector words only, the way a name without a distinctive word is read ("EXPRES STAFFIN"):
    /// to compare it with such a name. Computed once per name.
    /// </summary>
    internal NormalisedAgencyName AsSectorWordsOnly()
    {
        if (CoreIsSectorWords || SectorWords.Count == 0)
        {
            return this;
        }
        return _asSectorWordsOnly ??= new NormalisedAgencyName(
            [.. CoreTokens, .. SectorWords.Select(w => w.Written)],
            [.. CoreDisplay, .. SectorWords.Select(w => TitleCase(w.Written))],
            [],
            coreIsSectorWords: true);
    }

    private NormalisedAgencyName? _asSectorWordsOnly;

    /// <summary>
    /// The same name with some core words read as sector words instead: a misspelt "Agency" that the vocabulary did
    /// not recognise, seen to be one against a registered name that has "Agency".
    /// </summary>
    internal NormalisedAgencyName WithCoreWordsAsSectorWords(IReadOnlyList<(int CoreIndex, SectorWord Word)> moves)
    {
        var core = new List<string>(CoreTokens.Count);
        var display = new List<string>(CoreTokens.Count);
        for (var i = 0; i < CoreTokens.Count; i++)
        {
            if (!moves.Any(m => m.CoreIndex == i))
            {
                core.Add(CoreTokens[i]);
                display.Add(CoreDisplay[i]);
            }
        }
        return new NormalisedAgencyName(core, display, [.. SectorWords, .. moves.Select(m => m.Word)], CoreIsSectorWords);
    }

    /// <summary>
    /// A core word without the Arabic article joined to it ("jami" for "aljami"); words of under five letters are
    /// kept whole (Ali, Alma).
    /// </summary>
    public static string WithoutArticle(string token) =>
        token.Length >= 5 && token.StartsWith("al", StringComparison.Ordinal) ? token[2..] : token;

    /// <summary>"riverside" as "Riverside", for reasons shown to people.</summary>
    public static string TitleCase(string token) =>
        token.Length == 0 ? token : string.Concat(token[..1].ToUpperInvariant(), token.AsSpan(1));

    /// <summary>Lower-case letter-and-digit runs, diacritics removed, "&amp;" read as "and", apostrophes ignored.</summary>
    private static List<string> Tokenise(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return tokens;
        }
        var decomposed = Decompose(text.Length > MaxInputLength ? text[..MaxInputLength] : text);
        var current = new StringBuilder();
        void Flush()
        {
            if (current.Length > 0 && tokens.Count < MaxTokens)
            {
                var token = current.Length > MaxTokenLength ? current.ToString(0, MaxTokenLength) : current.ToString();
                tokens.AddRange(SplitGluedSectorWord(token));
            }
            current.Clear();
        }
        foreach (var rune in decomposed.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }
            if (rune.Value is '\'' or '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4')
            {
                continue;
            }
            if (rune.Value == '&')
            {
                Flush();
                current.Append("and");
                Flush();
                continue;
            }
            if (Rune.IsLetterOrDigit(rune))
            {
                AppendFolded(current, Rune.ToLowerInvariant(rune));
                continue;
            }
            Flush();
        }
        Flush();
        return tokens;
    }

    /// <summary>
    /// Compatibility decomposition (full-width letters, ligatures, accents split off), after replacing unpaired
    /// surrogates, which would make <see cref="string.Normalize(NormalizationForm)"/> throw.
    /// </summary>
    private static string Decompose(string text)
    {
        var clean = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            clean.Append(rune == Rune.ReplacementChar ? " " : rune.ToString());
        }
        try
        {
            return clean.ToString().Normalize(NormalizationForm.FormKD);
        }
        catch (ArgumentException)
        {
            return clean.ToString();
        }
    }

    /// <summary>Letters that do not decompose into a base letter and an accent.</summary>
    private static void AppendFolded(StringBuilder to, Rune rune)
    {
        switch (rune.Value)
        {
            case 'ß': to.Append("ss"); break;
            case 'æ': to.Append("ae"); break;
            case 'œ': to.Append("oe"); break;
            case 'ø': to.Append('o'); break;
            case 'đ': to.Append('d'); break;
            case 'ł': to.Append('l'); break;
            case 'ı': to.Append('i'); break;
            default: to.Append(rune.ToString()); break;
        }
    }

    /// <summary>
    /// "MIMYRECRUITMENT" is "MIMY RECRUITMENT" and "VENTURESLIMITED" is "VENTURES LIMITED": split a long sector
    /// word or legal form off the end of a word.
    /// </summary>
    private static IEnumerable<string> SplitGluedSectorWord(string token)
    {
        if (token.Length >= 10)
        {
            foreach (var suffix in GluedSuffixes)
            {
                if (token.Length - suffix.Length >= 3 && token.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return [token[..^suffix.Length], suffix];
                }
            }
        }
        return [token];
    }

    private static readonly string[] GluedSuffixes =
        ["limited", "recruitment", "recruiting", "recruiters", "international", "manpower", "agencies", "consultants", "consultancy", "services", "solutions", "placement", "employment"];

    private enum TokenKind
    {
        Core,
        Sector,
    }
}
