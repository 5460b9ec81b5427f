using System.Globalization;
using System.Text;

namespace Linda.Core.Agencies.Feedback;

/// <summary>Free text of a feedback report reduced to what "the same text" means for duplicate detection.</summary>
public static class FeedbackText
{
    /// <summary>
    /// Shorter texts ("bad agency") are written independently by many people: they are not indexed, so they never
    /// raise a "same text" signal.
    /// </summary>
    public const int MinIndexedLength = 12;

    /// <summary>
    /// Only the letters and digits, lower case and without diacritics, in order: case, spacing, punctuation, emoji
    /// and accents make no difference ("Passport KEPT!!" and "passport kept" are the same text).
    /// </summary>
    public static string Normalise(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.Normalize(NormalizationForm.FormKD).EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }
            if (Rune.IsLetterOrDigit(rune))
            {
                builder.Append(Rune.ToLowerInvariant(rune).ToString());
            }
        }
        return builder.ToString();
    }

    /// <summary>The value to blind-index for "same text", or null when the text is too short to tell anything.</summary>
    public static string? IndexValue(string? text) => Normalise(text) is { Length: >= MinIndexedLength } normalised ? normalised : null;
}
