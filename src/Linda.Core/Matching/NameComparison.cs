namespace Linda.Core.Matching;

/// <summary>How a queried name compares with one registered name: the metrics and what they mean.</summary>
internal sealed class NameComparison
{
    public required int Agency { get; init; }

    /// <summary>The registered alias that matched, or null for the agency's own name.</summary>
    public required string? Alias { get; init; }

    public required NormalisedAgencyName Registered { get; init; }

    /// <summary>The query's core as shown in reasons.</summary>
    public required string QueryCoreDisplay { get; init; }

    /// <summary>Overall similarity, 0..1, rounded to three decimals so that ordering is stable.</summary>
    public required double Similarity { get; init; }

    public required double CoreSimilarity { get; init; }

    public required CoreRelation Relation { get; set; }

    /// <summary>How the cores relate before <see cref="CoreSharedBySeveral"/> is taken into account.</summary>
    public required CoreRelation CoreMatch { get; init; }

    /// <summary>
    /// The core is the same, but several registered agencies have it and the sector words fit none of them
    /// (<see cref="Relation"/> is then <see cref="CoreRelation.Resembles"/>).
    /// </summary>
    public required bool CoreSharedBySeveral { get; init; }

    /// <summary>Typing slips between the cores (0 unless <see cref="Relation"/> is a typo).</summary>
    public required int CoreEdits { get; init; }

    public required SectorRelation Sector { get; init; }

    /// <summary>Typing slips in sector words both names have ("manpowr" for "manpower").</summary>
    public required int SectorEdits { get; init; }

    public required IReadOnlyList<SectorWord> QueryOnlySectorWords { get; init; }

    public required IReadOnlyList<SectorWord> RegisteredOnlySectorWords { get; init; }

    /// <summary>Registered core words that the query has too (exactly or nearly), as shown.</summary>
    public required IReadOnlyList<string> SharedWords { get; init; }

    /// <summary>Pairs of core words that are transliterations of each other: (as queried, as registered).</summary>
    public required IReadOnlyList<(string Query, string Registered)> Transliterations { get; init; }

    /// <summary>True when the query's core is the same name as this one's, give or take typing and spelling.</summary>
    public bool IsSameCore => Relation <= CoreRelation.Typo;

    /// <summary>How closely the core matched, lower is better: the same words, a transliteration, one slip, two.</summary>
    public int CoreRank => CoreMatch switch
    {
        CoreRelation.Identical or CoreRelation.Reordered or CoreRelation.WithoutArticle => 0,
        CoreRelation.Transliteration => 1,
        CoreRelation.Typo => Math.Max(1, CoreEdits),
        _ => int.MaxValue,
    };
}
