namespace Linda.Core.Matching;

/// <summary>
/// One explanation of a match: a code from <see cref="MatchReasonCodes"/> and the values its text needs
/// (dates as ISO yyyy-MM-dd). <see cref="MatchReasonText"/> turns it into English or Kiswahili.
/// </summary>
public sealed record MatchReason(string Code, IReadOnlyDictionary<string, string> Values)
{
    private static readonly IReadOnlyDictionary<string, string> NoValues = new Dictionary<string, string>();

    public static MatchReason Of(string code) => new(code, NoValues);

    public static MatchReason Of(string code, params (string Key, string Value)[] values) =>
        new(code, values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal));
}
