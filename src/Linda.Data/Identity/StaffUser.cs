using Linda.Core.Privacy;
using Microsoft.AspNetCore.Identity;

namespace Linda.Data.Identity;

/// <summary>A staff account. Belongs to exactly one organisation.</summary>
public sealed class StaffUser : IdentityUser<Guid>
{
    public StaffUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    [Encrypted]
    public string? FullName { get; set; }

    public Guid OrganisationId { get; set; }

    /// <summary>Disabled accounts cannot sign in; existing sessions end at the next security-stamp check.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>
    /// A synthetic demo account seeded in Development. Demo accounts may sign in without a second factor
    /// in Development and cannot sign in at all in any other environment.
    /// </summary>
    public bool IsDemo { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? LastSignInAt { get; set; }

    /// <summary>On duty at the hotline desk: on-duty supervisors receive P1 alerts and escalations.</summary>
    public bool OnDuty { get; set; }

    public const int FullNameMaxLength = 200;
}
