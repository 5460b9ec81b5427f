namespace Linda.Core.Matching;

/// <summary>How two distinctive cores relate, from the same name to nothing in common (the order matters: up to <see cref="Typo"/> is the same name).</summary>
internal enum CoreRelation
{
    Identical,
    Reordered,
    /// <summary>The same once the article "al" is left out (Jami, Al-Jami).</summary>
    WithoutArticle,
    Transliteration,
    Typo,
    Resembles,
    SharesWords,
    Distant,
}
