namespace Linda.Core.Matching;

/// <summary>
/// An inverted index from character trigrams of name cores to the names that contain them. A query reads the
/// posting lists of its rarest trigrams first and stops at a fixed budget, so the work per query is bounded by
/// constants, not by the size of the registry: trigrams found in thousands of names say little about which name
/// was meant, and the exact core and skeleton indexes cover names made only of such trigrams.
/// </summary>
internal sealed class TrigramIndex
{
    /// <summary>Posting lists longer than this are not read (at 100,000 names, the start of "ka" or "al").</summary>
    public const int MaxPostingLength = 4_000;

    /// <summary>Total postings read per query.</summary>
    public const int PostingBudget = 12_000;

    /// <summary>At most this many trigrams of a query are looked up (a 200-character name has about 150).</summary>
    private const int MaxQueryTrigrams = 96;

    private readonly Dictionary<ulong, int[]> _postings;
    private readonly int[] _trigramCount;

    /// <summary>Per-thread scratch counters, all zero between queries (the index is shared by concurrent requests).</summary>
    [ThreadStatic]
    private static int[]? t_counts;

    /// <summary>Per-thread list of the names counted by the current query, empty between queries.</summary>
    [ThreadStatic]
    private static List<int>? t_touched;

    public TrigramIndex(IReadOnlyList<IReadOnlyList<string>> tokensPerName)
    {
        var postings = new Dictionary<ulong, List<int>>();
        _trigramCount = new int[tokensPerName.Count];
        var trigrams = new HashSet<ulong>();
        for (var name = 0; name < tokensPerName.Count; name++)
        {
            trigrams.Clear();
            AddTrigrams(tokensPerName[name], trigrams);
            _trigramCount[name] = trigrams.Count;
            foreach (var trigram in trigrams)
            {
                if (!postings.TryGetValue(trigram, out var list))
                {
                    postings[trigram] = list = [];
                }
                list.Add(name);
            }
        }
        _postings = postings.ToDictionary(p => p.Key, p => p.Value.ToArray());
        NameCount = tokensPerName.Count;
    }

    public int NameCount { get; }

    /// <summary>
    /// Up to <paramref name="max"/> names sharing the most trigrams with <paramref name="tokens"/>, by Dice
    /// coefficient of at least <paramref name="minDice"/>, best first (ties by index, so the answer is deterministic).
    /// </summary>
    public List<int> Candidates(IReadOnlyList<string> tokens, int max, double minDice)
    {
        var result = new List<int>();
        if (tokens.Count == 0 || NameCount == 0)
        {
            return result;
        }
        var queryTrigrams = new HashSet<ulong>();
        AddTrigrams(tokens, queryTrigrams);
        var lists = new List<(ulong Trigram, int[] Names)>(queryTrigrams.Count);
        foreach (var trigram in queryTrigrams)
        {
            if (_postings.TryGetValue(trigram, out var names))
            {
                lists.Add((trigram, names));
            }
        }
        lists.Sort((a, b) => a.Names.Length != b.Names.Length ? a.Names.Length.CompareTo(b.Names.Length) : a.Trigram.CompareTo(b.Trigram));
        if (lists.Count > MaxQueryTrigrams)
        {
            lists.RemoveRange(MaxQueryTrigrams, lists.Count - MaxQueryTrigrams);
        }

        var counts = t_counts;
        if (counts is null || counts.Length < NameCount)
        {
            t_counts = counts = new int[NameCount];
        }
        var touched = t_touched ??= new List<int>(1024);
        try
        {
            var read = 0;
            foreach (var (_, names) in lists)
            {
                if (names.Length > MaxPostingLength || read + names.Length > PostingBudget)
                {
                    break;
                }
                read += names.Length;
                foreach (var name in names)
                {
                    if (counts[name]++ == 0)
                    {
                        touched.Add(name);
                    }
                }
            }

            // Keep the best `max` in a heap whose top is the worst kept.
            var best = new PriorityQueue<int, (double Dice, int Name)>(max + 1, WorstFirst.Instance);
            foreach (var name in touched)
            {
                var dice = 2.0 * counts[name] / (queryTrigrams.Count + _trigramCount[name]);
                if (dice < minDice)
                {
                    continue;
                }
                if (best.Count < max)
                {
                    best.Enqueue(name, (dice, name));
                }
                else if (best.TryPeek(out _, out var worst) && WorstFirst.Instance.Compare((dice, name), worst) > 0)
                {
                    best.DequeueEnqueue(name, (dice, name));
                }
            }
            while (best.Count > 0)
            {
                result.Add(best.Dequeue());
            }
            result.Reverse();
            return result;
        }
        finally
        {
            foreach (var name in touched)
            {
                counts[name] = 0;
            }
            touched.Clear();
        }
    }

    /// <summary>Trigrams of each token padded with a space on both sides: "kazi" gives " ka", "kaz", "azi", "zi ".</summary>
    private static void AddTrigrams(IReadOnlyList<string> tokens, HashSet<ulong> into)
    {
        foreach (var token in tokens)
        {
            if (token.Length == 0)
            {
                continue;
            }
            var padded = " " + token + " ";
            for (var i = 0; i + 3 <= padded.Length; i++)
            {
                into.Add(((ulong)padded[i] << 32) | ((ulong)padded[i + 1] << 16) | padded[i + 2]);
            }
        }
    }

    /// <summary>Orders (lower Dice, then higher index) first, so the heap top is the candidate to drop.</summary>
    private sealed class WorstFirst : IComparer<(double Dice, int Name)>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare((double Dice, int Name) x, (double Dice, int Name) y) =>
            x.Dice != y.Dice ? x.Dice.CompareTo(y.Dice) : y.Name.CompareTo(x.Name);
    }
}
