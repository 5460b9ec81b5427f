namespace Linda.Core.Agencies;

public enum AgencyChange
{
    Registered,
    Renamed,
    ExpiryChanged,
    RegistryStatusChanged,
    ContactChanged,
    ServiceTypeChanged,
    IssueDateChanged,
    Sanctioned,
    IrisStageReached,
    AliasAdded,
    AliasRemoved,
    ContactAdded,
    ContactRemoved,
    DestinationAdded,
    DestinationRemoved,
}

/// <summary>One dated change in an agency's record: what changed from what to what, and from which source.</summary>
public sealed class AgencyHistoryEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AgencyId { get; set; }
    public DateTime OccurredAt { get; set; }
    public AgencyChange Change { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }

    /// <summary>
    /// Where the change came from: an import file name, "sanction", "IRIS", or for an alias, contact or destination
    /// the id of the officer who made it (shown as their name).
    /// </summary>
    public string? Source { get; set; }
}
