using System.Text.RegularExpressions;

namespace Linda.Core.Screening;

/// <summary>
/// Runs the checker's expressions. They have no timeout (see <see cref="ScreeningRules.MatchTimeout"/>); should one be
/// given one, a timeout means "no match", never an error.
/// </summary>
internal static class Matching
{
    public static bool SafeIsMatch(Regex regex, ReadOnlySpan<char> text)
    {
        try
        {
            return regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    public static List<(int Index, int Length)> SafeSpans(Regex regex, string text)
    {
        var found = new List<(int, int)>();
        try
        {
            foreach (var match in regex.EnumerateMatches(text))
            {
                if (match.Length > 0)
                {
                    found.Add((match.Index, match.Length));
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
        }
        return found;
    }
}
