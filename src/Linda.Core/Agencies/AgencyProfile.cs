namespace Linda.Core.Agencies;

/// <summary>Another name an agency trades under (a shop sign, a Facebook page, an earlier name).</summary>
public sealed class AgencyAlias
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AgencyId { get; set; }
    public required string Name { get; set; }
    public string? AddedBy { get; set; }
    public DateTime AddedAt { get; set; }
}

public enum AgencyContactKind
{
    Phone,
    Email,
    Website,
}

/// <summary>
/// A phone number (E.164), e-mail address or website an agency uses, beyond the registry's own e-mail and
/// website columns. Agency contacts are business details, not personal data.
/// </summary>
public sealed class AgencyContact
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AgencyId { get; set; }
    public AgencyContactKind Kind { get; set; }

    /// <summary>Normalised: E.164 for phones, lower case for e-mails, bare lower-case host for websites.</summary>
    public required string Value { get; set; }

    public string? AddedBy { get; set; }
    public DateTime AddedAt { get; set; }
}

/// <summary>A country an agency recruits for (ISO 3166-1 alpha-3).</summary>
public sealed class AgencyDestination
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AgencyId { get; set; }
    public required string Country { get; set; }
    public string? AddedBy { get; set; }
    public DateTime AddedAt { get; set; }
}
