namespace Linda.Core.Identity;

/// <summary>The staff roles of DESIGN.md ("Who uses it"). Role names are stored and must not change.</summary>
public static class StaffRoles
{
    public const string HotlineOperator = "HotlineOperator";
    public const string Caseworker = "Caseworker";
    public const string Supervisor = "Supervisor";
    public const string PartnerUser = "PartnerUser";
    public const string OversightOfficer = "OversightOfficer";
    public const string Analyst = "Analyst";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All =
        [HotlineOperator, Caseworker, Supervisor, PartnerUser, OversightOfficer, Analyst, Admin];

    /// <summary>
    /// Roles that can see a person's data and so must sign in with two factors by default.
    /// Analysts see aggregates only.
    /// </summary>
    public static readonly IReadOnlyList<string> TwoFactorByDefault =
        [HotlineOperator, Caseworker, Supervisor, PartnerUser, OversightOfficer, Admin];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);

    /// <summary>The canonical spelling of a role typed in any case, or null.</summary>
    public static string? Parse(string? role) =>
        All.FirstOrDefault(r => string.Equals(r, role?.Trim(), StringComparison.OrdinalIgnoreCase));
}
