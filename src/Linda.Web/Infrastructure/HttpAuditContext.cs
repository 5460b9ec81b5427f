using System.Diagnostics;
using System.Security.Claims;
using Linda.Data.Auditing;

namespace Linda.Web.Infrastructure;

/// <summary>
/// The audit actor of a web request: the signed-in user, their organisation, address and trace id. An anonymous
/// request to an endpoint marked <see cref="ProtectReporterAddressAttribute"/> is recorded without its address.
/// </summary>
public sealed class HttpAuditContext(IHttpContextAccessor accessor) : IAuditContext
{
    public AuditActor Current
    {
        get
        {
            var http = accessor.HttpContext;
            if (http is null)
            {
                return AuditActor.System;
            }
            var user = http.User;
            var signedIn = user.Identity?.IsAuthenticated == true;
            var protectAddress = !signedIn && http.GetEndpoint()?.Metadata.GetMetadata<ProtectReporterAddressAttribute>() is not null;
            return new AuditActor(
                signedIn ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null,
                user.FindFirstValue(LindaClaims.OrganisationId),
                protectAddress ? null : http.Connection.RemoteIpAddress?.ToString(),
                Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier);
        }
    }
}
