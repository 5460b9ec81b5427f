using System.Collections.Frozen;
using System.Text;

namespace Linda.Core.Screening;

/// <summary>
/// Phone numbers written out in words to slip past filters: "zero seven one two three four five six seven eight",
/// "sifuri saba moja mbili …", or words and digits mixed ("0 seven 12 345 six 78"), in English and Kiswahili.
/// </summary>
internal static class SpokenDigits
{
    private static readonly FrozenDictionary<string, char> Digits = new Dictionary<string, char>
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
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private const int MinDigits = 9;
    private const int MaxDigits = 15;

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

    private static ((int Start, int End, string Number)? Run, int Next) RunAt(string folded, List<(int Start, int End, string Text)> tokens, int first)
    {
        var number = new StringBuilder(16);
        var words = 0;
        var j = first;
        if (tokens[j].Text == "plus")
        {
            if (j + 1 >= tokens.Count || !IsSeparator(folded, tokens[j].End, tokens[j + 1].Start))
            {
                return (null, first + 1);
            }
            number.Append('+');
            j++;
        }
        var end = -1;
        while (j < tokens.Count && (end < 0 || IsSeparator(folded, end, tokens[j].Start)))
        {
            var text = tokens[j].Text;
            var repeat = 1;
            if ((text is "double" or "triple") && j + 1 < tokens.Count && Digit(tokens[j + 1].Text) is not null && IsSeparator(folded, tokens[j].End, tokens[j + 1].Start))
            {
                repeat = text == "double" ? 2 : 3;
                words++;
                j++;
                text = tokens[j].Text;
            }
            if (text.Length > 0 && char.IsAsciiDigit(text[0]))
            {
                number.Append(text);
            }
            else if (Digit(text) is { } digit)
            {
                number.Append(digit, repeat);
                words++;
            }
            else
            {
                break;
            }
            end = tokens[j].End;
            j++;
            var count = number.Length - (number[0] == '+' ? 1 : 0);
            if (count >= LocalLength(number))
            {
                break;
            }
        }
        var digits = number.Length - (number.Length > 0 && number[0] == '+' ? 1 : 0);
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

    private static char? Digit(string word) => Digits.TryGetValue(word, out var digit) ? digit : null;

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

    private static List<(int Start, int End, string Text)> Tokens(string folded)
    {
        var tokens = new List<(int, int, string)>();
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            if (char.IsAsciiLetter(c) || char.IsAsciiDigit(c))
            {
                var start = i;
                var digits = char.IsAsciiDigit(c);
                while (i < folded.Length && (digits ? char.IsAsciiDigit(folded[i]) : char.IsAsciiLetter(folded[i])))
                {
                    i++;
                }
                // Digit words are short: longer words are kept as "" to spare an allocation per word of a long ad.
                tokens.Add((start, i, digits || i - start <= 6 ? folded[start..i].ToLowerInvariant() : ""));
            }
            else
            {
                i++;
            }
        }
        return tokens;
    }
}
