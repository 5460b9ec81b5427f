namespace Linda.Core.Matching;

/// <summary>
/// Where an agency's licence stands today. Computed by the registry module from the expiry date and
/// any recorded sanctions; the matcher takes it as given.
/// </summary>
public enum LicenceState
{
    Licensed,
    Expired,
    Suspended,
    Deregistered,
    Unknown,
}
