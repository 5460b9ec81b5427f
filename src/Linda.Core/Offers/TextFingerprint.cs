using System.Globalization;
using System.Numerics;
using System.Text;

namespace Linda.Core.Offers;

/// <summary>
/// SimHash of an ad's words: reposts of one ad with a changed emoji, date, count or spacing land within a few bits of
/// each other, while different ads differ in about half the 64 bits. Stable across processes and machines (FNV-1a,
/// not string.GetHashCode).
/// </summary>
/// <remarks>
/// Words are compared without case, accents, punctuation or emojis, and every run of digits counts as one and the same
/// digit: reposts change the date, the slots left and the phone number, and a single changed word shifts three word
/// triples, enough to flip 5–8 bits of a 60-word ad. The price: two ads that differ only in their numbers (a salary,
/// a phone number) have the same fingerprint. That is deliberate (the same template under another number is the same
/// campaign), so whoever merges near-identical ads must keep the identifiers of every copy, or a new phone number
/// posted with an old text would be lost to linking. A text without words (empty, only emojis) hashes to 0, which
/// says nothing: do not treat two zeros as the same ad.
/// </remarks>
public static class TextFingerprint
{
    /// <summary>Texts whose SimHashes differ in at most this many bits are the same ad.</summary>
    public const int NearIdenticalBits = 3;

    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    public static long SimHash(string text)
    {
        var words = Words(text);
        Span<int> weights = stackalloc int[64];
        if (words.Count == 0)
        {
            return 0;
        }

        // Word triples (shingles) carry word order; a very short text falls back to single words.
        var size = words.Count >= 3 ? 3 : 1;
        for (var i = 0; i + size <= words.Count; i++)
        {
            var hash = FnvOffset;
            for (var j = i; j < i + size; j++)
            {
                foreach (var c in words[j])
                {
                    hash = (hash ^ c) * FnvPrime;
                }

                hash = (hash ^ ' ') * FnvPrime;
            }

            for (var bit = 0; bit < 64; bit++)
            {
                weights[bit] += ((hash >> bit) & 1) == 1 ? 1 : -1;
            }
        }

        ulong result = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            if (weights[bit] > 0)
            {
                result |= 1UL << bit;
            }
        }

        return unchecked((long)result);
    }

    /// <summary>How many bits two fingerprints differ in.</summary>
    public static int Distance(long a, long b) => BitOperations.PopCount(unchecked((ulong)(a ^ b)));

    public static bool NearIdentical(long a, long b) => Distance(a, b) <= NearIdenticalBits;

    /// <summary>
    /// The four 16-bit bands of a fingerprint. Two fingerprints within <see cref="NearIdenticalBits"/> bits agree
    /// on at least one band, so a database finds candidates with four indexed equality look-ups.
    /// </summary>
    public static (int Band0, int Band1, int Band2, int Band3) Bands(long simHash)
    {
        var value = unchecked((ulong)simHash);
        return ((int)(value & 0xFFFF), (int)((value >> 16) & 0xFFFF), (int)((value >> 32) & 0xFFFF), (int)(value >> 48));
    }

    /// <summary>
    /// Lower-case letters and digits of each word, accents removed, each run of digits as one "0"; everything else
    /// separates words.
    /// </summary>
    internal static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsDigit(c))
            {
                // "12/11" and "19/11", "5 slots" and "2 slots": every run of digits is the same word part.
                if (current.Length == 0 || current[^1] != '0')
                {
                    current.Append('0');
                }
            }
            else if (char.IsLetter(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }
}
