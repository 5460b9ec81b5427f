namespace Linda.Core.Offers.Linking;

/// <summary>The operations found: for each ad, the index of the first (lowest-index) ad of its group.</summary>
public sealed class AdLinks
{
    private readonly int[] _group;
    private readonly IReadOnlyDictionary<AdIdentifierKey, int> _common;
    private readonly int[] _reasonRoots;
    private readonly AdIdentifierKey[] _reasonKeys;

    /// <summary>Groups without ad counts or explanations (the first version's constructor, kept for callers of it).</summary>
    public AdLinks(int[] group, IReadOnlySet<AdIdentifierKey> common, int groupCount)
        : this(group, common.ToDictionary(key => key, _ => 0, AdIdentifierKeyComparer.Instance), groupCount, [], [])
    {
    }

    /// <param name="group">For each ad, the lowest index of its group.</param>
    /// <param name="common">Identifiers that were not allowed to join ads, with the number of ads quoting each.</param>
    /// <param name="groupCount">How many groups there are, lone ads included.</param>
    /// <param name="reasonRoots">Group roots, ascending, one per entry of <paramref name="reasonKeys"/>.</param>
    /// <param name="reasonKeys">For each root, the identifiers that joined its ads, in order of first appearance.</param>
    internal AdLinks(int[] group, Dictionary<AdIdentifierKey, int> common, int groupCount, int[] reasonRoots, AdIdentifierKey[] reasonKeys)
    {
        _group = group;
        _common = common;
        Common = common.Keys.ToHashSet(AdIdentifierKeyComparer.Instance);
        GroupCount = groupCount;
        _reasonRoots = reasonRoots;
        _reasonKeys = reasonKeys;
    }

    /// <summary>For ad i, the lowest index of the ads it is linked with (i itself when alone).</summary>
    public IReadOnlyList<int> Group => _group;

    /// <summary>
    /// Identifiers that were not allowed to join ads (too common for their kind, or always common), as first written;
    /// <c>Contains</c> compares like the linker (<see cref="AdIdentifierKeyComparer"/>).
    /// </summary>
    public IReadOnlySet<AdIdentifierKey> Common { get; }

    /// <summary>How many groups there are, lone ads included.</summary>
    public int GroupCount { get; }

    /// <summary>How many ads quote a common identifier (distinct ads; 0 when it is not common).</summary>
    public int CommonAdCount(AdIdentifierKey key) => _common.TryGetValue(key, out var count) ? count : 0;

    /// <summary>
    /// Why ad <paramref name="ad"/>'s group is one operation: the identifiers shared by two or more of its ads, in
    /// the order they first appear, as first written. Empty for an ad that is linked with no other.
    /// </summary>
    public IReadOnlyList<AdIdentifierKey> JoinedBy(int ad)
    {
        var root = _group[ad];
        var first = LowerBound(root);
        var end = first;
        while (end < _reasonRoots.Length && _reasonRoots[end] == root)
        {
            end++;
        }

        // Not "cond ? [] : segment": that [] would be a default ArraySegment, which throws when enumerated.
        return end == first ? Array.Empty<AdIdentifierKey>() : new ArraySegment<AdIdentifierKey>(_reasonKeys, first, end - first);
    }

    private int LowerBound(int root)
    {
        int low = 0, high = _reasonRoots.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (_reasonRoots[middle] < root)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
