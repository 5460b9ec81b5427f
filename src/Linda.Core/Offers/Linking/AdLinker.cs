namespace Linda.Core.Offers.Linking;

/// <summary>One identifier in comparable form, as <see cref="Screening.OfferEntities.Identifiers"/> gives it.</summary>
public readonly record struct AdIdentifierKey(string Kind, string Value);

/// <summary>How identifiers join ads into operations.</summary>
public sealed record LinkOptions
{
    /// <summary>
    /// An identifier found in more ads than this is "common" (a hotline quoted in warnings, a big job board's
    /// address) and joins nothing; it is still shown.
    /// </summary>
    public int CommonAfter { get; init; } = 100;

    /// <summary>Identifiers that never join ads, whatever their count (public hotlines, the regulator's own contacts).</summary>
    public IReadOnlySet<AdIdentifierKey> AlwaysCommon { get; init; } = new HashSet<AdIdentifierKey>();

    public static LinkOptions Default { get; } = new();
}

/// <summary>The operations found: for each ad, the index of the first (lowest-index) ad of its group.</summary>
public sealed class AdLinks(int[] group, IReadOnlySet<AdIdentifierKey> common, int groupCount)
{
    /// <summary>For ad i, the lowest index of the ads it is linked with (i itself when alone).</summary>
    public IReadOnlyList<int> Group => group;

    /// <summary>Identifiers that were not allowed to join ads.</summary>
    public IReadOnlySet<AdIdentifierKey> Common => common;

    /// <summary>How many groups there are, lone ads included.</summary>
    public int GroupCount => groupCount;
}

/// <summary>
/// Joins ads that share a phone, handle, e-mail, website, licence or agency name into operations (connected
/// components), with a union-find over ads. Identifiers shared by very many ads are down-weighted to nothing,
/// so one quoted hotline cannot join every ad into one "operation".
/// </summary>
public static class AdLinker
{
    public static AdLinks Link(IReadOnlyList<IReadOnlyList<AdIdentifierKey>> ads, LinkOptions? options = null)
    {
        options ??= LinkOptions.Default;
        var ids = new Dictionary<AdIdentifierKey, int>();
        var counts = new List<int>();
        var perAd = new int[ads.Count][];
        for (var ad = 0; ad < ads.Count; ad++)
        {
            var identifiers = ads[ad];
            var seen = new int[identifiers.Count];
            var n = 0;
            foreach (var key in identifiers)
            {
                if (!ids.TryGetValue(key, out var id))
                {
                    id = ids.Count;
                    ids.Add(key, id);
                    counts.Add(0);
                }

                if (Array.IndexOf(seen, id, 0, n) < 0)
                {
                    seen[n++] = id;
                    counts[id]++;
                }
            }

            perAd[ad] = n == seen.Length ? seen : seen[..n];
        }

        var common = new HashSet<AdIdentifierKey>();
        var joins = new bool[ids.Count];
        foreach (var (key, id) in ids)
        {
            joins[id] = counts[id] <= options.CommonAfter && !options.AlwaysCommon.Contains(key);
            if (!joins[id])
            {
                common.Add(key);
            }
        }

        var parent = new int[ads.Count];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        var firstAd = new int[ids.Count];
        Array.Fill(firstAd, -1);
        for (var ad = 0; ad < perAd.Length; ad++)
        {
            foreach (var id in perAd[ad])
            {
                if (!joins[id])
                {
                    continue;
                }

                if (firstAd[id] < 0)
                {
                    firstAd[id] = ad;
                }
                else
                {
                    Union(parent, firstAd[id], ad);
                }
            }
        }

        var groups = 0;
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = Find(parent, i);
            if (parent[i] == i)
            {
                groups++;
            }
        }

        return new AdLinks(parent, common, groups);
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    /// <summary>Joins two groups under the lower index, so every group's root is its first ad.</summary>
    private static void Union(int[] parent, int a, int b)
    {
        var ra = Find(parent, a);
        var rb = Find(parent, b);
        if (ra == rb)
        {
            return;
        }

        if (ra < rb)
        {
            parent[rb] = ra;
        }
        else
        {
            parent[ra] = rb;
        }
    }
}
