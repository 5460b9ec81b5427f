using System.Runtime.InteropServices;

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
/// its lowest ad index, so the same ads give the same groups and explanations in every process. Pass ads oldest first
/// and a group's root is its oldest ad, whose id can then name the operation while the group only grows.
/// </para>
/// </remarks>
public static class AdLinker
{
    public static AdLinks Link(IReadOnlyList<IReadOnlyList<AdIdentifierKey>> ads, LinkOptions? options = null)
    {
        options ??= LinkOptions.Default;
        var comparer = AdIdentifierKeyComparer.Instance;

        // Number the identifiers by first appearance and keep each ad's distinct ones in one flat array: a million
        // small arrays, or lists that grow by copying, cost more than the links themselves. The number of mentions
        // bounds both the flat array and the number of distinct identifiers.
        var mentions = 0;
        for (var ad = 0; ad < ads.Count; ad++)
        {
            mentions += ads[ad].Count;
        }

        var ids = new Dictionary<AdIdentifierKey, int>(comparer);
        var counts = new int[mentions];
        var adIds = new int[mentions];
        var adStart = new int[ads.Count + 1];
        var used = 0;
        for (var ad = 0; ad < ads.Count; ad++)
        {
            var start = used;
            adStart[ad] = start;
            var identifiers = ads[ad];
            for (var k = 0; k < identifiers.Count; k++)
            {
                // One hash and probe whether the identifier is new or not.
                ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(ids, identifiers[k], out var exists);
                if (!exists)
                {
                    slot = ids.Count - 1;
                }

                // An identifier written twice in one ad counts once (ads quote few identifiers: a scan is cheapest).
                var id = slot;
                if (Array.IndexOf(adIds, id, start, used - start) < 0)
                {
                    adIds[used++] = id;
                    counts[id]++;
                }
            }
        }

        adStart[ads.Count] = used;
        var keys = new AdIdentifierKey[ids.Count];
        foreach (var (key, id) in ids)
        {
            keys[id] = key;
        }

        var listed = new bool[keys.Length];
        foreach (var key in options.AlwaysCommon)
        {
            if (ids.TryGetValue(key, out var id))
            {
                listed[id] = true;
            }
        }

        // A handful of kinds, usually the same string instances: a short list beats hashing the kind of every identifier.
        var caps = new List<(string Kind, int Cap)>();
        var common = new Dictionary<AdIdentifierKey, int>(comparer);
        var joins = new bool[keys.Length];
        for (var id = 0; id < keys.Length; id++)
        {
            var key = keys[id];
            var cap = -1;
            foreach (var (kind, kindCap) in caps)
            {
                if (string.Equals(kind, key.Kind, StringComparison.Ordinal))
                {
                    cap = kindCap;
                    break;
                }
            }

            if (cap < 0)
            {
                cap = options.CommonAfterFor(key.Kind);
                caps.Add((key.Kind, cap));
            }

            joins[id] = counts[id] <= cap && !listed[id];
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

        var firstAd = new int[keys.Length];
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
        for (var id = 0; id < keys.Length; id++)
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
