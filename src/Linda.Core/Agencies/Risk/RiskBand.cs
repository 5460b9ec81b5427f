namespace Linda.Core.Agencies.Risk;

/// <summary>Bands of the 0–100 score: low below 30, medium from 30, high from 60 (<see cref="RiskModel"/>).</summary>
public enum RiskBand
{
    Low,
    Medium,
    High,
}
