using Linda.Core.Screening;

namespace Linda.Web.Features.Offers.Monitoring;

/// <summary>
/// The picture of an operation, laid out on the server so that it needs no JavaScript and is the same every time: ads
/// (circles, oldest first) in a left column, identifiers (squares, most shared first) in a right one, and a line for
/// each "ad contains identifier". At most <see cref="MaxAds"/> ads and <see cref="MaxIdentifiers"/> identifiers are
/// drawn; the page says when it left some out, and the tables list them all.
/// </summary>
public sealed class OperationGraph
{
    public const int MaxAds = 30;
    public const int MaxIdentifiers = 30;
    public const int Width = 760;
    public const int RowHeight = 26;
    public const int Top = 44;
    public const int AdX = 262;
    public const int IdentifierX = 470;

    public sealed record AdNode(Guid Id, string Label, string Title, RiskLevel Risk, int Y);

    public sealed record IdentifierNode(string Kind, string Value, string Label, bool Common, int Y);

    public sealed record Edge(int AdY, int IdentifierY, bool Common, Guid AdId, string Kind, string Value);

    public IReadOnlyList<AdNode> Ads { get; }
    public IReadOnlyList<IdentifierNode> Identifiers { get; }
    public IReadOnlyList<Edge> Edges { get; }
    public int TotalAds { get; }
    public int TotalIdentifiers { get; }
    public int Height { get; }
    public bool Capped => TotalAds > Ads.Count || TotalIdentifiers > Identifiers.Count;

    /// <param name="ads">The operation's ads, oldest first: id, headline, risk.</param>
    /// <param name="identifiers">Its identifiers, most shared first: kind, value, common.</param>
    /// <param name="contains">Which ad contains which identifier.</param>
    public OperationGraph(
        IReadOnlyList<(Guid Id, string Headline, RiskLevel Risk)> ads,
        IReadOnlyList<(string Kind, string Value, bool Common)> identifiers,
        IEnumerable<(Guid AdId, string Kind, string Value)> contains)
    {
        TotalAds = ads.Count;
        TotalIdentifiers = identifiers.Count;
        Ads = [.. ads.Take(MaxAds).Select((a, i) => new AdNode(a.Id, Shorten(a.Headline, 34), a.Headline, a.Risk, Top + (i * RowHeight)))];
        Identifiers = [.. identifiers.Take(MaxIdentifiers).Select((d, i) =>
            new IdentifierNode(d.Kind, d.Value, Shorten($"{AdText.Kind(d.Kind)}: {d.Value}", 36), d.Common, Top + (i * RowHeight)))];
        var adY = Ads.ToDictionary(a => a.Id, a => a.Y);
        var identifierY = Identifiers.ToDictionary(d => (d.Kind, d.Value), d => (d.Y, d.Common));
        Edges = [.. contains
            .Where(c => adY.ContainsKey(c.AdId) && identifierY.ContainsKey((c.Kind, c.Value)))
            .Distinct()
            .Select(c => new Edge(adY[c.AdId], identifierY[(c.Kind, c.Value)].Y, identifierY[(c.Kind, c.Value)].Common, c.AdId, c.Kind, c.Value))
            .OrderBy(e => e.AdY).ThenBy(e => e.IdentifierY)];
        Height = Top + (Math.Max(1, Math.Max(Ads.Count, Identifiers.Count)) * RowHeight);
    }

    /// <summary>Fill colour of an ad by its risk (presentation attributes: the CSP allows no inline styles).</summary>
    public static string Fill(RiskLevel risk) => risk switch
    {
        RiskLevel.High => "#b3261e",
        RiskLevel.Medium => "#b25e00",
        _ => "#2e7d32",
    };

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
