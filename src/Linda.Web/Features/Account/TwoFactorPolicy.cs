using System.Security.Claims;
using Linda.Core.Identity;
using Linda.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace Linda.Web.Features.Account;

/// <summary>Decides whether a signed-in staff member still owes a second factor.</summary>
public sealed class TwoFactorPolicy(IOptions<LindaSettings> settings, IHostEnvironment environment)
{
    public bool IsRequiredFor(ClaimsPrincipal user) =>
        (settings.Value.TwoFactorRoles ?? StaffRoles.TwoFactorByDefault).Any(user.IsInRole)
        && !(environment.IsDevelopment() && user.HasClaim(LindaClaims.Demo, "true"));

    public bool IsSatisfiedBy(ClaimsPrincipal user) =>
        !IsRequiredFor(user) || user.HasClaim(LindaClaims.AuthenticationMethod, LindaClaims.MultiFactor);
}

/// <summary>
/// Sends a staff member whose role needs two factors, and who signed in with one, to enrolment before
/// any back-office page. The account pages themselves stay reachable.
/// </summary>
public sealed class RequireTwoFactorFilter(TwoFactorPolicy policy) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var user = context.HttpContext.User;
        var path = context.ActionDescriptor.ViewEnginePath;
        var isStaffPage = context.HttpContext.Request.Path.StartsWithSegments("/staff", StringComparison.OrdinalIgnoreCase);
        if (isStaffPage && user.Identity?.IsAuthenticated == true
            && !path.StartsWith("/Account/", StringComparison.Ordinal)
            && !policy.IsSatisfiedBy(user))
        {
            context.Result = new RedirectToPageResult("/Account/TwoFactor", new { required = true });
            return;
        }
        await next();
    }
}
