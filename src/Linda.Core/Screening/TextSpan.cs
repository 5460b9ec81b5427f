namespace Linda.Core.Screening;

/// <summary>
/// Where something was found: the input field (<see cref="OfferFields"/>), the offset and length in that field's
/// text (UTF-16 code units, as JavaScript and .NET count them) and the text itself.
/// </summary>
public sealed record TextSpan(string Field, int Start, int Length, string Text)
{
    public int End => Start + Length;

    public bool Overlaps(TextSpan other) => Field == other.Field && Start < other.End && other.Start < End;
}
