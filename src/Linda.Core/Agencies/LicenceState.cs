namespace Linda.Core.Agencies;

/// <summary>Whether an agency may recruit today. Always computed (<see cref="LicenceValidity"/>), never imported.</summary>
public enum LicenceState
{
    Licensed,
    Expired,
    Suspended,
    Deregistered,
    Unknown,
}
