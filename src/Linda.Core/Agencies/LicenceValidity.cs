namespace Linda.Core.Agencies;

/// <summary>
/// Computes whether a licence is valid on a given day. The registry's own status column is not trusted:
/// many rows marked active had already expired (DESIGN.md, "Reference data").
/// </summary>
public static class LicenceValidity
{
    public static LicenceState Compute(DateOnly? expiresOn, IEnumerable<AgencySanction> sanctions, DateOnly today)
    {
        var inForce = sanctions.Where(s => s.EffectiveOn <= today).ToList();
        if (inForce.Any(s => s.Kind == SanctionKind.Deregistration))
        {
            return LicenceState.Deregistered;
        }
        if (inForce.Any(s => s.Kind == SanctionKind.Suspension && (s.EndsOn is null || s.EndsOn >= today)))
        {
            return LicenceState.Suspended;
        }
        if (expiresOn is null)
        {
            return LicenceState.Unknown;
        }
        return today <= expiresOn ? LicenceState.Licensed : LicenceState.Expired;
    }
}
