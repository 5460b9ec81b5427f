namespace Linda.Core.Screening;

/// <summary>What an amount in an offer is for, read from the words around it.</summary>
public enum MoneyPurpose
{
    Unknown,

    /// <summary>Money the worker is asked to pay.</summary>
    Fee,

    /// <summary>Pay the worker is promised.</summary>
    Salary,
}
