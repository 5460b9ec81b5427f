using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Linda.Core.Offers;

/// <summary>
/// The readable text of the HTML that feeds put in item summaries: tags dropped (scripts and styles with their
/// content), block ends turned into line breaks, entities decoded, runs of spaces folded. Not a sanitiser: the
/// result is shown as text, never as HTML.
/// </summary>
public static partial class HtmlText
{
    public static string ToPlain(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }
        var text = ScriptOrStyle().Replace(html, " ");
        text = Comment().Replace(text, " ");
        text = BlockBreak().Replace(text, "\n");
        text = Tag().Replace(text, " ");
        text = WebUtility.HtmlDecode(text);
        var lines = text.Replace("\r", "", StringComparison.Ordinal).Split('\n')
            .Select(line => Spaces().Replace(line, " ").Trim());
        var result = new StringBuilder();
        var blank = false;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                blank = result.Length > 0;
                continue;
            }
            if (result.Length > 0)
            {
                result.Append(blank ? "\n\n" : "\n");
            }
            result.Append(line);
            blank = false;
        }
        return result.ToString();
    }

    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex("<!--.*?-->", RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Comment();

    [GeneratedRegex(@"<\s*(br|/p|/div|/li|/h[1-6]|/tr|p|li)\b[^>]*>", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BlockBreak();

    [GeneratedRegex("<[^>]*>", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t\f\v\u00A0]+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Spaces();
}
