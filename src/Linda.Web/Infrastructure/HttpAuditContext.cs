using System.Diagnostics;
using System.Security.Claims;
using Linda.Data.Auditing;

namespace Linda.Web.Infrastructure;

/// <summary>The audit actor of a web request: the signed-in user, their organisation, address and trace id.</summary>
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
            return new AuditActor(
                user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null,
                user.FindFirstValue(LindaClaims.OrganisationId),
                http.Connection.RemoteIpAddress?.ToString(),
                Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier);
        }
    }
}
