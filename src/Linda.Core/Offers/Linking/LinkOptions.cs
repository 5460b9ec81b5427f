namespace Linda.Core.Offers.Linking;

/// <summary>How identifiers join ads into operations (see <see cref="AdLinker"/> for the reasoning).</summary>
public sealed record LinkOptions
{
    /// <summary>
    /// Kenya's public contacts that warnings and honest ads quote, which never join ads: the NEA and
    /// anti-trafficking toll-free line 0800 222 223.
    /// </summary>
    public static IReadOnlySet<AdIdentifierKey> PublicHotlines { get; } =
        new HashSet<AdIdentifierKey>(AdIdentifierKeyComparer.Instance) { new("phone", "+254800222223") };

    /// <summary>
    /// Lower caps for weak kinds: an agency name is typed by whoever posts the ad and impersonators copy licensed
    /// agencies' names and licence numbers, so they stop joining ads much sooner than a phone does.
    /// </summary>
    public static IReadOnlyDictionary<string, int> WeakKindCaps { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        [AdIdentifierKeyComparer.AgencyKind] = 10,
        ["licence"] = 25,
    };

    /// <summary>
    /// An identifier found in more ads than this is "common" (a hotline quoted in warnings, a big job board's
    /// address) and joins nothing; it is still shown.
    /// </summary>
    public int CommonAfter { get; init; } = 100;

    /// <summary>
    /// Per-kind caps ("agency" → 10) that lower <see cref="CommonAfter"/> for weak identifiers; the lower of the two
    /// applies, so a kind can never be trusted more than a phone.
    /// </summary>
    public IReadOnlyDictionary<string, int> CommonAfterByKind { get; init; } = WeakKindCaps;

    /// <summary>
    /// Identifiers that never join ads, whatever their count (public hotlines, the regulator's own contacts); by
    /// default <see cref="PublicHotlines"/>. A caller adding its own should include those.
    /// </summary>
    public IReadOnlySet<AdIdentifierKey> AlwaysCommon { get; init; } = PublicHotlines;

    /// <summary>Phones, handles, e-mails and websites in up to 100 ads, licences in up to 25, names in up to 10; never the public hotlines.</summary>
    public static LinkOptions Default { get; } = new();

    /// <summary>The most ads an identifier of this kind can be in and still join them.</summary>
    public int CommonAfterFor(string kind) =>
        CommonAfterByKind.TryGetValue(kind, out var cap) ? Math.Min(cap, CommonAfter) : CommonAfter;
}
