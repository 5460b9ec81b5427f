namespace Linda.Core.Organisations;

/// <summary>An NGO, government agency or partner service. Every staff user and every record belongs to one.</summary>
public sealed class Organisation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Name { get; set; }

    public OrganisationKind Kind { get; set; }

    /// <summary>Kenyan county code "001".."047" of the head office, when known.</summary>
    public string? CountyCode { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTime CreatedAt { get; set; }

    public const int NameMaxLength = 200;
}

public enum OrganisationKind
{
    Ngo,
    Regulator,
    GovernmentAgency,
    PartnerService,
    InternationalOrganisation,
}
