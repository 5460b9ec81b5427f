using System.Security.Claims;
using Linda.Data.Identity;
using Linda.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Linda.Web.Features.Account;

/// <summary>Adds the organisation (for need-to-know checks and audit) and the demo marker to the sign-in cookie.</summary>
public sealed class StaffClaimsPrincipalFactory(
    UserManager<StaffUser> userManager,
    RoleManager<IdentityRole<Guid>> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole<Guid>>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(LindaClaims.OrganisationId, user.OrganisationId.ToString()));
        if (user.IsDemo)
        {
            identity.AddClaim(new Claim(LindaClaims.Demo, "true"));
        }
        return identity;
    }
}
