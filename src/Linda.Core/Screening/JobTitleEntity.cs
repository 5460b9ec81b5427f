namespace Linda.Core.Screening;

/// <summary>A job title, in lower case as written, and its role in the rule file's going-rate table ("domestic", "driver" …).</summary>
public sealed record JobTitleEntity(string Title, string Role, IReadOnlyList<TextSpan> Spans);
