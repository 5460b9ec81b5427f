namespace Linda.Core.Agencies;

/// <summary>A private recruitment agency as the registry knows it. Its validity is computed, never stored.</summary>
public sealed class Agency
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>As the registry writes it, e.g. "RA/2025/10/24".</summary>
    public required string LicenceNumber { get; set; }

    /// <summary><see cref="LicenceNumbers.Normalise"/> of the licence number: unique, and how re-imports find the row.</summary>
    public required string LicenceKey { get; set; }

    public required string Name { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
    public string? ServiceType { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }

    /// <summary>The registry's own status column, kept for reference only.</summary>
    public string? RegistryStatus { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public List<AgencySanction> Sanctions { get; set; } = [];
    public List<AgencyAlias> Aliases { get; set; } = [];
    public List<AgencyContact> Contacts { get; set; } = [];
    public List<AgencyDestination> Destinations { get; set; } = [];

    public LicenceState StateOn(DateOnly today) => LicenceValidity.Compute(ExpiresOn, Sanctions, today);

    public const int NameMaxLength = 200;
}
