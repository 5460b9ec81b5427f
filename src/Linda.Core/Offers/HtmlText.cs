using System.Net;
using System.Text.RegularExpressions;

namespace Linda.Core.Offers;

/// <summary>
/// The readable text of the HTML that feeds put in item summaries: tags dropped (scripts and styles with their
/// content), blocks turned into lines, entities decoded, runs of spaces folded, empty lines dropped. Not a sanitiser: the
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
        text = InlineTag().Replace(text, "");
        text = Tag().Replace(text, " ");
        text = WebUtility.HtmlDecode(text);
        var lines = text.Replace("\r", "", StringComparison.Ordinal).Split('\n')
            .Select(line => Spaces().Replace(line, " ").Trim())
            .Where(line => line.Length > 0);
        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex("<!--.*?-->", RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Comment();

    [GeneratedRegex(@"<\s*(br|/p|/div|/li|/h[1-6]|/tr|p|li)\b[^>]*>", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BlockBreak();

    // Tags inside a run of text ("a <b>visit</b> visa"): dropped without a space, which would split words or sit before commas.
    [GeneratedRegex(@"</?\s*(a|abbr|b|em|font|i|mark|small|span|strong|sub|sup|u)\b[^>]*>", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InlineTag();

    [GeneratedRegex("<[^>]*>", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t\f\v\u00A0]+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Spaces();
}
