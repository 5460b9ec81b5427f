using System.Collections.Frozen;
using System.Text;

namespace Linda.Core.Screening;

/// <summary>
/// Phone numbers written out in words to slip past filters: "zero seven one two three four five six seven eight",
/// "sifuri saba moja mbili …", or words and digits mixed ("0 seven 12 345 six 78"), in English and Kiswahili.
/// </summary>
internal static class SpokenDigits
{
    private static readonly FrozenDictionary<string, char> Digits = new Dictionary<string, char>(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = '0',
        ["oh"] = '0',
        ["o"] = '0',
        ["nil"] = '0',
        ["one"] = '1',
        ["two"] = '2',
        ["three"] = '3',
        ["four"] = '4',
        ["five"] = '5',
        ["six"] = '6',
        ["seven"] = '7',
        ["eight"] = '8',
        ["nine"] = '9',
        ["sifuri"] = '0',
        ["moja"] = '1',
        ["mbili"] = '2',
        ["tatu"] = '3',
        ["nne"] = '4',
        ["tano"] = '5',
        ["sita"] = '6',
        ["saba"] = '7',
        ["nane"] = '8',
        ["tisa"] = '9',
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Looks words up without making a string of each: an ad has hundreds of words and rarely a spoken number.</summary>
    private static readonly FrozenDictionary<string, char>.AlternateLookup<ReadOnlySpan<char>> DigitsBySpan = Digits.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MinDigits = 9;
    private const int MaxDigits = 15;

    /// <summary>A run of ASCII letters or of digits.</summary>
    private readonly record struct Token(int Start, int End, bool IsNumber);

    /// <summary>Runs of at least two digit words and nine digits in all: start, end (exclusive) and the digits ("+" first when said).</summary>
    public static IEnumerable<(int Start, int End, string Number)> Find(string folded)
    {
        var tokens = Tokens(folded);
        var i = 0;
        while (i < tokens.Count)
        {
            var (found, next) = RunAt(folded, tokens, i);
            if (found is { } run)
            {
                yield return run;
                i = next;
            }
            else
            {
                i++;
            }
        }
    }

    private static ((int Start, int End, string Number)? Run, int Next) RunAt(string folded, List<Token> tokens, int first)
    {
        var j = first;
        var plus = Is(folded, tokens[j], "plus");
        if (plus)
        {
            if (j + 1 >= tokens.Count || !IsSeparator(folded, tokens[j].End, tokens[j + 1].Start))
            {
                return (null, first + 1);
            }
            j++;
        }
        if (!tokens[j].IsNumber && Digit(folded, tokens[j]) is null && !Is(folded, tokens[j], "double") && !Is(folded, tokens[j], "triple"))
        {
            // The common case, settled without building anything: this word does not start a number.
            return (null, first + 1);
        }
        var number = new StringBuilder(16);
        if (plus)
        {
            number.Append('+');
        }
        var words = 0;
        var end = -1;
        while (j < tokens.Count && (end < 0 || IsSeparator(folded, end, tokens[j].Start)))
        {
            var token = tokens[j];
            var repeat = 1;
            var isDouble = Is(folded, token, "double");
            if ((isDouble || Is(folded, token, "triple")) && j + 1 < tokens.Count && Digit(folded, tokens[j + 1]) is not null
                && IsSeparator(folded, token.End, tokens[j + 1].Start))
            {
                repeat = isDouble ? 2 : 3;
                words++;
                token = tokens[++j];
            }
            if (token.IsNumber)
            {
                number.Append(folded, token.Start, token.End - token.Start);
            }
            else if (Digit(folded, token) is { } digit)
            {
                number.Append(digit, repeat);
                words++;
            }
            else
            {
                break;
            }
            end = token.End;
            j++;
            if (number.Length - (plus ? 1 : 0) >= LocalLength(number))
            {
                break;
            }
        }
        var digits = number.Length - (plus ? 1 : 0);
        if (words >= 2 && digits >= MinDigits && digits <= MaxDigits && end > 0)
        {
            return ((tokens[first].Start, end, number.ToString()), j);
        }
        return (null, first + 1);
    }

    /// <summary>Where a number is complete: ten digits for "07…", twelve for "254…", else as many as come (up to the maximum).</summary>
    private static int LocalLength(StringBuilder number)
    {
        var offset = number.Length > 0 && number[0] == '+' ? 1 : 0;
        if (number.Length > offset && number[offset] == '0')
        {
            return 10;
        }
        if (number.Length >= offset + 3 && number[offset] == '2' && number[offset + 1] == '5' && number[offset + 2] == '4')
        {
            return 12;
        }
        return MaxDigits;
    }

    private static char? Digit(string folded, Token token) =>
        !token.IsNumber && DigitsBySpan.TryGetValue(folded.AsSpan(token.Start, token.End - token.Start), out var digit) ? digit : null;

    private static bool Is(string folded, Token token, string word) =>
        !token.IsNumber && folded.AsSpan(token.Start, token.End - token.Start).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Only spaces and the punctuation people put inside numbers (", - . /") may come between two parts of one number.</summary>
    private static bool IsSeparator(string folded, int from, int to)
    {
        if (to - from > 3)
        {
            return false;
        }
        for (var i = from; i < to; i++)
        {
            if (folded[i] is not (' ' or ',' or '-' or '.' or '/'))
            {
                return false;
            }
        }
        return true;
    }

    private static List<Token> Tokens(string folded)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            if (char.IsAsciiLetter(c) || char.IsAsciiDigit(c))
            {
                var start = i;
                var isNumber = char.IsAsciiDigit(c);
                while (i < folded.Length && (isNumber ? char.IsAsciiDigit(folded[i]) : char.IsAsciiLetter(folded[i])))
                {
                    i++;
                }
                tokens.Add(new Token(start, i, isNumber));
            }
            else
            {
                i++;
            }
        }
        return tokens;
    }
}
