using System.Text;

namespace Linda.Core.Matching;

/// <summary>
/// A consonant skeleton that Latin spellings of the same Arabic or Kiswahili name share: Towfiq, Tawfiq,
/// Taufiq and Tawfeeq all give "tfk"; Al-Amal, Alamal and El Amal give "alml"; Mohammed and Muhamad give "mhmd".
/// Vowels and the glides w and y carry most of the variation between transliterations, so they are dropped
/// after the first letter; letters that stand for one Arabic sound in different schemes are merged
/// (q/k/c/x, ph/f/v, kh/k, th/t, dh/d, gh/g) and doubled letters collapse.
/// </summary>
public static class PhoneticKey
{
    /// <summary>The skeleton of one normalised token (lower-case letters and digits).</summary>
    public static string OfToken(string token)
    {
        if (token.Length == 0)
        {
            return "";
        }
        var key = new StringBuilder(token.Length);
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            var next = i + 1 < token.Length ? token[i + 1] : '\0';
            char symbol;
            if (next == 'h' && c is 'p' or 'g' or 'k' or 't' or 'd' or 's' or 'c')
            {
                // ch and sh are sounds of their own; ph is f; kh, th, dh and gh are their first letter.
                symbol = c switch { 'p' => 'f', 's' => 'x', _ => c };
                i++;
            }
            else if (IsVowelLike(c))
            {
                if (i == 0)
                {
                    symbol = c is 'w' ? 'w' : 'a';
                }
                else
                {
                    continue;
                }
            }
            else
            {
                symbol = c switch
                {
                    'q' or 'c' => 'k',
                    'v' => 'f',
                    'x' => 'k',
                    // A final h is silent in most transliterations (Abdallah, Abdalla).
                    'h' when i == token.Length - 1 => '\0',
                    _ => c,
                };
                if (symbol == '\0')
                {
                    continue;
                }
            }
            if (key.Length == 0 || key[^1] != symbol)
            {
                key.Append(symbol);
            }
        }
        return key.ToString();
    }

    /// <summary>The skeleton of a list of tokens, order-insensitive (sorted, space-separated).</summary>
    public static string OfTokens(IEnumerable<string> tokens) =>
        string.Join(' ', tokens.Select(OfToken).Order(StringComparer.Ordinal));

    private static bool IsVowelLike(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'w';
}
