namespace Linda.Core.Screening;

/// <summary>Found values in the order first seen, each with every place it was written.</summary>
internal sealed class SpanGroups<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, List<TextSpan>> _spans = [];
    private readonly List<TKey> _order = [];

    public int Count => _order.Count;

    public void Add(TKey key, TextSpan span)
    {
        if (!_spans.TryGetValue(key, out var list))
        {
            _spans[key] = list = [];
            _order.Add(key);
        }
        if (!list.Exists(s => s.Field == span.Field && s.Start == span.Start && s.Length == span.Length))
        {
            list.Add(span);
        }
    }

    /// <summary>Whether any span in the offer's text overlaps [start, end).</summary>
    public bool Overlaps(int start, int end) =>
        _spans.Values.Any(list => list.Exists(s => s.Field == OfferFields.Text && s.Start < end && start < s.End));

    /// <summary>The values, first seen first; each value's spans with the given fields first, then by position.</summary>
    public List<T> ToList<T>(Func<TKey, IReadOnlyList<TextSpan>, T> create) =>
        _order.Select(key => create(key, _spans[key].OrderBy(s => s.Field == OfferFields.Text ? 1 : 0).ThenBy(s => s.Start).ToList())).ToList();
}
