using System.Security.Claims;

namespace Linda.Web.Infrastructure;

/// <summary>The signed-in staff user's id and organisation, as the sign-in cookie carries them.</summary>
public static class StaffPrincipal
{
    public static Guid StaffId(this ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("Not signed in."));

    public static Guid OrganisationId(this ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(LindaClaims.OrganisationId) ?? throw new InvalidOperationException("No organisation claim."));
}
