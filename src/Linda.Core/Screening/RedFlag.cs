namespace Linda.Core.Screening;

/// <summary>A red flag found in an offer: the rule, how much it weighs here, and the evidence.</summary>
/// <param name="Rule">The rule of the rule file that fired.</param>
/// <param name="Severity">Its severity in this offer (a fee's grows with its size).</param>
/// <param name="Weight">Its weight in this offer's score.</param>
/// <param name="Evidence">Where it was found, in the order written (the given fields first).</param>
/// <param name="Values">The figures behind a computed flag, for the rule's detail template.</param>
public sealed record RedFlag(ScreeningRule Rule, Severity Severity, double Weight, IReadOnlyList<TextSpan> Evidence, IReadOnlyDictionary<string, string> Values)
{
    public string Code => Rule.Code;

    public string Title(string? language) => Rule.Title.In(language);

    public string Explanation(string? language) => Rule.Explanation.In(language);

    /// <summary>The rule's detail with this offer's figures ("The fee asked (KES 45,000) is about 1.5 months …"), or null.</summary>
    public string? Detail(string? language)
    {
        if (Rule.Detail is null || Values.Count == 0)
        {
            return null;
        }
        var text = Rule.Detail.In(language);
        foreach (var (key, value) in Values)
        {
            text = text.Replace("{" + key + "}", value, StringComparison.Ordinal);
        }
        return text.Contains('{', StringComparison.Ordinal) ? null : text;
    }
}
