namespace Linda.Core.Matching;

/// <summary>
/// The string metrics the matcher scores with, written for short keys (agency name cores) without allocating.
/// Inputs longer than <see cref="MaxLength"/> are compared on their first <see cref="MaxLength"/> characters.
/// </summary>
public static class StringMetrics
{
    /// <summary>Names are compared on at most this many characters; the web layer caps queries at 200.</summary>
    public const int MaxLength = 128;

    /// <summary>
    /// Jaro-Winkler similarity, 0..1, with the usual prefix scale 0.1 over at most four characters, applied
    /// when the Jaro similarity is above 0.7 (Winkler 1990).
    /// </summary>
    public static double JaroWinkler(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        a = Clip(a);
        b = Clip(b);
        if (a.Length == 0 && b.Length == 0)
        {
            return 1;
        }
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }
        if (a.SequenceEqual(b))
        {
            return 1;
        }

        var window = Math.Max(0, (Math.Max(a.Length, b.Length) / 2) - 1);
        Span<bool> aMatched = stackalloc bool[a.Length];
        Span<bool> bMatched = stackalloc bool[b.Length];
        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var from = Math.Max(0, i - window);
            var to = Math.Min(b.Length - 1, i + window);
            for (var j = from; j <= to; j++)
            {
                if (!bMatched[j] && a[i] == b[j])
                {
                    aMatched[i] = true;
                    bMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0)
        {
            return 0;
        }

        var halfTranspositions = 0;
        var k = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (!aMatched[i])
            {
                continue;
            }
            while (!bMatched[k])
            {
                k++;
            }
            if (a[i] != b[k])
            {
                halfTranspositions++;
            }
            k++;
        }

        double m = matches;
        var jaro = ((m / a.Length) + (m / b.Length) + ((m - (halfTranspositions / 2)) / m)) / 3;
        if (jaro <= 0.7)
        {
            return jaro;
        }
        var prefix = 0;
        var maxPrefix = Math.Min(4, Math.Min(a.Length, b.Length));
        while (prefix < maxPrefix && a[prefix] == b[prefix])
        {
            prefix++;
        }
        return jaro + (prefix * 0.1 * (1 - jaro));
    }

    /// <summary>
    /// Optimal-string-alignment distance (Levenshtein plus adjacent transpositions, each substring edited once):
    /// the number of typing slips between two spellings.
    /// </summary>
    public static int EditDistance(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        a = Clip(a);
        b = Clip(b);
        if (a.Length == 0)
        {
            return b.Length;
        }
        if (b.Length == 0)
        {
            return a.Length;
        }

        Span<int> rows = stackalloc int[3 * (b.Length + 1)];
        var beforePrevious = rows[..(b.Length + 1)];
        var previous = rows.Slice(b.Length + 1, b.Length + 1);
        var current = rows.Slice(2 * (b.Length + 1), b.Length + 1);
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, beforePrevious[j - 2] + 1);
                }
                current[j] = best;
            }
            var recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.Length];
    }

    /// <summary>1 minus the edit distance over the longer length: 1 for equal strings, 0 for nothing in common.</summary>
    public static double EditSimilarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var longer = Math.Max(Math.Min(a.Length, MaxLength), Math.Min(b.Length, MaxLength));
        return longer == 0 ? 1 : 1 - ((double)EditDistance(a, b) / longer);
    }

    private static ReadOnlySpan<char> Clip(ReadOnlySpan<char> s) => s.Length > MaxLength ? s[..MaxLength] : s;
}
