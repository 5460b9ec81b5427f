namespace Linda.Core.Agencies;

public enum SanctionKind
{
    Warning,
    Suspension,
    Deregistration,
}

/// <summary>A regulator's sanction on an agency, part of its history. A suspension without an end lasts until lifted.</summary>
public sealed class AgencySanction
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AgencyId { get; set; }
    public SanctionKind Kind { get; set; }
    public DateOnly EffectiveOn { get; set; }

    /// <summary>Last day of a suspension; null for open-ended suspensions and for other kinds.</summary>
    public DateOnly? EndsOn { get; set; }

    public required string Reason { get; set; }
    public string? RecordedBy { get; set; }
    public DateTime RecordedAt { get; set; }

    public const int ReasonMaxLength = 1000;
}
