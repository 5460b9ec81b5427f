namespace Linda.Core.Offers.Linking;

/// <summary>
/// Joins ads that share a phone, handle, e-mail, website, licence or agency name into operations (connected
/// components), with a union-find over ads.
/// </summary>
/// <remarks>
/// <para>
/// Not every shared identifier means one operation. Identifiers are down-weighted in two ways, and a down-weighted
/// identifier joins nothing but is still reported (<see cref="AdLinks.Common"/>, with its ad count):
/// </para>
/// <list type="bullet">
/// <item>By count: an identifier quoted in more ads than its kind's cap (<see cref="LinkOptions.CommonAfterFor"/>) is
/// common. Phones, handles, e-mails and websites belong to whoever answers them, so their cap is high (100 ads);
/// an agency name is typed by whoever posts the ad, generic names recur across unrelated posters and impersonators
/// copy licensed agencies' names, so names have a low cap (10 ads); a licence number is copied the same way
/// (25 ads).</item>
/// <item>By list: <see cref="LinkOptions.AlwaysCommon"/>, by default Kenya's public hotlines, which warnings and
/// honest ads quote, join nothing whatever their count.</item>
/// </list>
/// <para>
/// The price of the count rule: an operation that quotes one phone in more ads than the cap stops being linked
/// through that phone. It still shows among the common identifiers with its count, so an officer sees it.
/// </para>
/// <para>
/// Results depend only on the input order: identifiers are numbered by first appearance and every group's root is
/// its lowest ad index, so the same ads give the same groups and explanations in every process.
/// </para>
/// </remarks>
public static class AdLinker
{
    public static AdLinks Link(IReadOnlyList<IReadOnlyList<AdIdentifierKey>> ads, LinkOptions? options = null)
    {
        options ??= LinkOptions.Default;
        var comparer = AdIdentifierKeyComparer.Instance;

        // Number the identifiers by first appearance and keep each ad's distinct ones in one flat array
        // (a million small arrays would cost more than the links themselves).
        var ids = new Dictionary<AdIdentifierKey, int>(comparer);
        var keys = new List<AdIdentifierKey>();
        var counts = new List<int>();
        var adStart = new int[ads.Count + 1];
        var adIds = new List<int>(ads.Count * 2);
        for (var ad = 0; ad < ads.Count; ad++)
        {
            var start = adIds.Count;
            adStart[ad] = start;
            foreach (var key in ads[ad])
            {
                if (!ids.TryGetValue(key, out var id))
                {
                    id = keys.Count;
                    ids.Add(key, id);
                    keys.Add(key);
                    counts.Add(0);
                }

                // An identifier written twice in one ad counts once (ads quote few identifiers: a scan is cheapest).
                if (!Contains(adIds, start, id))
                {
                    adIds.Add(id);
                    counts[id]++;
                }
            }
        }

        adStart[ads.Count] = adIds.Count;

        var alwaysCommon = new HashSet<AdIdentifierKey>(options.AlwaysCommon, comparer);
        var caps = new Dictionary<string, int>(StringComparer.Ordinal);
        var common = new Dictionary<AdIdentifierKey, int>(comparer);
        var joins = new bool[keys.Count];
        for (var id = 0; id < keys.Count; id++)
        {
            var key = keys[id];
            if (!caps.TryGetValue(key.Kind, out var cap))
            {
                cap = options.CommonAfterFor(key.Kind);
                caps.Add(key.Kind, cap);
            }

            joins[id] = counts[id] <= cap && !alwaysCommon.Contains(key);
            if (!joins[id])
            {
                common.Add(key, counts[id]);
            }
        }

        var parent = new int[ads.Count];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        var firstAd = new int[keys.Count];
        Array.Fill(firstAd, -1);
        for (var ad = 0; ad < ads.Count; ad++)
        {
            for (var k = adStart[ad]; k < adStart[ad + 1]; k++)
            {
                var id = adIds[k];
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
            // A parent is never above its child (unions hang the higher root under the lower, path halving only moves
            // up), so the parent's root is already final here: one pass flattens every path.
            parent[i] = parent[parent[i]];
            if (parent[i] == i)
            {
                groups++;
            }
        }

        // Why each group was linked: its joining identifiers found in two or more ads, ordered by group root and then
        // by first appearance (root in the high half, identifier number in the low half, so one sort orders both).
        var reasons = new List<long>();
        for (var id = 0; id < keys.Count; id++)
        {
            if (joins[id] && counts[id] >= 2)
            {
                reasons.Add(((long)parent[firstAd[id]] << 32) | (uint)id);
            }
        }

        reasons.Sort();
        var reasonRoots = new int[reasons.Count];
        var reasonKeys = new AdIdentifierKey[reasons.Count];
        for (var r = 0; r < reasons.Count; r++)
        {
            reasonRoots[r] = (int)(reasons[r] >> 32);
            reasonKeys[r] = keys[(int)(reasons[r] & 0xFFFF_FFFF)];
        }

        return new AdLinks(parent, common, groups, reasonRoots, reasonKeys);
    }

    private static bool Contains(List<int> adIds, int start, int id)
    {
        for (var i = start; i < adIds.Count; i++)
        {
            if (adIds[i] == id)
            {
                return true;
            }
        }

        return false;
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
