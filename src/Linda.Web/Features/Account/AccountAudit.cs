using Linda.Data.Auditing;
using Linda.Data.Identity;

namespace Linda.Web.Features.Account;

internal static class AccountAudit
{
    /// <summary>During sign-in the request is not yet authenticated: attribute the event to the account itself.</summary>
    public static AuditActor As(this AuditActor current, StaffUser user) =>
        current with { ActorId = user.Id.ToString(), OrganisationId = user.OrganisationId.ToString() };

    public static string SafeReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 1 } && returnUrl.StartsWith("/staff", StringComparison.OrdinalIgnoreCase)
        && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.Contains('\\', StringComparison.Ordinal)
            ? returnUrl
            : "/staff";
}
