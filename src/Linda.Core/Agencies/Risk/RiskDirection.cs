namespace Linda.Core.Agencies.Risk;

/// <summary>Whether a factor adds points to the score or takes them off.</summary>
public enum RiskDirection
{
    Raises,
    Lowers,
}
