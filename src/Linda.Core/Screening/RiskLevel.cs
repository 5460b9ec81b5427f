namespace Linda.Core.Screening;

/// <summary>The overall risk of an offer, from its score and the thresholds of the rule file (API values in lower case).</summary>
public enum RiskLevel
{
    Low,
    Medium,
    High,
}
