namespace Linda.Core.Agencies.Risk;

/// <summary>One number of the model: what it applies to, and its value (points, unless the label says otherwise).</summary>
public sealed record RiskWeight(string Key, string Label, decimal Value);
