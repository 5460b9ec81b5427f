using System.Text;

namespace Linda.Core.Agencies;

/// <summary>NEA licence numbers ("RA/2025/10/24") written with any separators or case.</summary>
public static class LicenceNumbers
{
    /// <summary>
    /// The comparable key of a licence number: upper-case letters and digit groups joined by "/", leading
    /// zeros dropped ("ra-2025-010-24" → "RA/2025/10/24"); null when there is nothing that looks like one.
    /// </summary>
    public static string? Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 64)
        {
            return null;
        }
        var parts = new List<string>();
        var current = new StringBuilder();
        var currentIsDigit = false;
        foreach (var c in text.Trim())
        {
            var isLetter = char.IsAsciiLetter(c);
            var isDigit = char.IsAsciiDigit(c);
            if (!isLetter && !isDigit)
            {
                Flush();
                continue;
            }
            if (current.Length > 0 && isDigit != currentIsDigit)
            {
                Flush();
            }
            current.Append(char.ToUpperInvariant(c));
            currentIsDigit = isDigit;
        }
        Flush();
        return parts.Count >= 2 && parts.Any(p => char.IsAsciiDigit(p[0])) ? string.Join('/', parts) : null;

        void Flush()
        {
            if (current.Length == 0)
            {
                return;
            }
            var part = current.ToString();
            parts.Add(currentIsDigit ? part.TrimStart('0') is { Length: > 0 } trimmed ? trimmed : "0" : part);
            current.Clear();
        }
    }
}
