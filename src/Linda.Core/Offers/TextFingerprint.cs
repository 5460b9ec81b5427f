using System.Globalization;
using System.Numerics;
using System.Text;

namespace Linda.Core.Offers;

/// <summary>
/// SimHash of an ad's words: reposts of one ad with a changed emoji, date or spacing land within a few bits of each
/// other, while different ads differ in about half the 64 bits. Stable across processes and machines (FNV-1a, not
/// string.GetHashCode).
/// </summary>
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

    /// <summary>Lower-case letters and digits of each word, accents removed; everything else separates words.</summary>
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

            if (char.IsLetterOrDigit(c))
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
