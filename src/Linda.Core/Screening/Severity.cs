namespace Linda.Core.Screening;

/// <summary>How serious a red flag is on its own (API values in lower case).</summary>
public enum Severity
{
    Low,
    Medium,
    High,
}
