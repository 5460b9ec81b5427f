using Linda.Core.Agencies;
namespace Linda.Core.Matching;

/// <summary>One agency of the licence registry, as the matcher sees it.</summary>
/// <param name="Id">Stable identifier, used for ties and by callers to link back.</param>
/// <param name="Name">Registered name as written in the registry.</param>
/// <param name="LicenceNumber">Licence number as written ("RA/2025/10/24"), if any.</param>
/// <param name="State">Licence state computed by the registry module.</param>
/// <param name="ValidUntil">Licence expiry date, if known.</param>
/// <param name="Aliases">Other names the agency trades under.</param>
/// <param name="Phones">Phone numbers in E.164.</param>
/// <param name="Emails">E-mail addresses.</param>
/// <param name="Websites">Websites or bare domains.</param>
public sealed record RegistryAgency(
    string Id,
    string Name,
    string? LicenceNumber,
    LicenceState State,
    DateOnly? ValidUntil,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Phones,
    IReadOnlyList<string> Emails,
    IReadOnlyList<string> Websites);
