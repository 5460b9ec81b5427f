namespace Linda.Core.Screening;

/// <summary>
/// The text of an offer as the patterns see it: curly quotes, dashes and odd spaces made plain, character for
/// character, so that every offset found in <see cref="Folded"/> is the same offset in <see cref="Original"/>.
/// </summary>
internal sealed class OfferText
{
    /// <summary>How far back a negation may be from what it negates.</summary>
    private const int NegationReach = 50;

    public OfferText(string original, string field = OfferFields.Text)
    {
        Original = original;
        Field = field;
        Folded = Fold(original);
    }

    public string Original { get; }

    public string Folded { get; }

    public string Field { get; }

    public int Length => Original.Length;

    public TextSpan Span(int start, int length) => new(Field, start, length, Original.Substring(start, length));

    /// <summary>Same length as the input: typographic quotes and dashes to ASCII, every white space but a line break to a space.</summary>
    public static string Fold(string text) => string.Create(text.Length, text, static (chars, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            chars[i] = c switch
            {
                '\u2018' or '\u2019' or '\u201B' or '\u2032' or '`' or '\u00B4' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u2033' => '"',
                >= '\u2010' and <= '\u2015' or '\u2212' => '-',
                '\n' => '\n',
                // Zero-width characters are used to break up words such as "WhatsApp"; a space at least keeps the words apart.
                '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' => ' ',
                _ when char.IsWhiteSpace(c) => ' ',
                _ => c,
            };
        }
    });

    /// <summary>Start of the sentence around <paramref name="index"/>: after ". ", "!", "?", ";", a bullet or a line break.</summary>
    public int SentenceStart(int index)
    {
        for (var i = Math.Min(index, Length) - 1; i >= 0; i--)
        {
            if (IsSentenceBreak(i))
            {
                return i + 1;
            }
        }
        return 0;
    }

    /// <summary>End (exclusive) of the sentence around <paramref name="index"/>.</summary>
    public int SentenceEnd(int index)
    {
        for (var i = Math.Max(index, 0); i < Length; i++)
        {
            if (IsSentenceBreak(i))
            {
                return i;
            }
        }
        return Length;
    }

    /// <summary>Start of the clause around <paramref name="index"/>: a sentence, also broken at ", ", ": " and " - ".</summary>
    public int ClauseStart(int index)
    {
        for (var i = Math.Min(index, Length) - 1; i >= 0; i--)
        {
            if (IsSentenceBreak(i) || IsClauseBreak(i))
            {
                return i + 1;
            }
        }
        return 0;
    }

    /// <summary>End (exclusive) of the clause around <paramref name="index"/>.</summary>
    public int ClauseEnd(int index)
    {
        for (var i = Math.Max(index, 0); i < Length; i++)
        {
            if (IsSentenceBreak(i) || IsClauseBreak(i))
            {
                return i;
            }
        }
        return Length;
    }

    /// <summary>Whether a negation cue of the rule file comes before <paramref name="index"/> in its clause.</summary>
    public bool IsNegatedAt(int index, ScreeningRules rules)
    {
        var from = Math.Max(ClauseStart(index), index - NegationReach);
        return from < index && AnyWithin(rules.Negation, from, index);
    }

    /// <summary>
    /// Every match of <paramref name="regex"/> in the whole text, found once and kept: cue words are looked up around
    /// many amounts and phrases, and one pass over the text is far cheaper than one per look-up.
    /// </summary>
    public IReadOnlyList<(int Index, int Length)> MatchesOf(System.Text.RegularExpressions.Regex regex)
    {
        _matches ??= new Dictionary<System.Text.RegularExpressions.Regex, List<(int, int)>>(ReferenceEqualityComparer.Instance);
        if (!_matches.TryGetValue(regex, out var found))
        {
            _matches[regex] = found = Matching.SafeSpans(regex, Folded);
        }
        return found;
    }

    /// <summary>Whether a match of <paramref name="regex"/> lies wholly within [from, to).</summary>
    public bool AnyWithin(System.Text.RegularExpressions.Regex regex, int from, int to)
    {
        foreach (var (index, length) in MatchesOf(regex))
        {
            if (index >= from && index + length <= to)
            {
                return true;
            }
        }
        return false;
    }

    private Dictionary<System.Text.RegularExpressions.Regex, List<(int, int)>>? _matches;

    private bool IsSentenceBreak(int i)
    {
        var c = Folded[i];
        return c is '\n' or '!' or '?' or ';' or '\u2022' or '\u25CF' or '\u2713' or '\u2714' or '\u2705' or '\u274C'
            || (c == '.' && (i + 1 == Length || Folded[i + 1] == ' ' || Folded[i + 1] == '\n'));
    }

    private bool IsClauseBreak(int i)
    {
        var c = Folded[i];
        var spaceAfter = i + 1 == Length || Folded[i + 1] == ' ';
        return ((c is ',' or ':' or '(' or ')') && spaceAfter) || (c == '-' && spaceAfter && i > 0 && Folded[i - 1] == ' ');
    }
}
