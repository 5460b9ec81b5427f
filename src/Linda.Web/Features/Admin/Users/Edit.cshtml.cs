using System.ComponentModel.DataAnnotations;
using Linda.Core.Auditing;
using Linda.Core.Identity;
using Linda.Data;
using Linda.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Admin.Users;

/// <summary>
/// Edits a staff account (name, organisation, roles) and manages its access: disable and enable, reset
/// the second factor, clear a lockout. Each action is its own form and handler, and ends in a redirect
/// back here with a message (post/redirect/get).
/// </summary>
public sealed class EditModel(
    LindaDbContext db,
    UserManager<StaffUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    IUserStore<StaffUser> userStore,
    TimeProvider time) : PageModel
{
    [BindProperty]
    public EditUserInput Input { get; set; } = new();

    public AccountSummary Account { get; private set; } = null!;

    public IReadOnlyList<OrganisationChoice> Organisations { get; private set; } = [];

    public bool IsSelf { get; private set; }

    /// <summary>The outcome of the last action, carried across its redirect.</summary>
    [TempData]
    public string? Notice { get; set; }

    [TempData]
    public string? Problem { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return NotFound();
        }
        // The page shows the person's name: that is a read of personal data.
        await db.AuditNowAsync(AuditActions.Read, nameof(StaffUser), user.Id.ToString(), ct: ct);
        Input = new EditUserInput
        {
            FullName = user.FullName,
            OrganisationId = user.OrganisationId,
            Roles = [.. await users.GetRolesAsync(user)],
        };
        await LoadAsync(user, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return NotFound();
        }
        IsSelf = IsCurrentUser(user);
        var wantedRoles = Input.Roles.Select(r => (Typed: r, Role: StaffRoles.Parse(r))).ToList();
        if (wantedRoles.FirstOrDefault(r => r.Role is null) is { Typed: { } unknown })
        {
            ModelState.AddModelError(RolesKey, $"“{unknown}” is not a role. Roles: {string.Join(", ", StaffRoles.All)}.");
        }
        var newRoles = wantedRoles.Where(r => r.Role is not null).Select(r => r.Role!).Distinct().ToList();
        if (IsSelf && !newRoles.Contains(StaffRoles.Admin))
        {
            ModelState.AddModelError(RolesKey, "You cannot remove your own Admin role. Ask another administrator.");
        }
        if (Input.OrganisationId is { } organisationId && organisationId != user.OrganisationId)
        {
            var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == organisationId, ct);
            if (organisation is null)
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(EditUserInput.OrganisationId)}", "Choose an organisation from the list.");
            }
            else if (!organisation.IsActive)
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(EditUserInput.OrganisationId)}", "That organisation is inactive: choose another.");
            }
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(user, ct);
            return Page();
        }

        var currentRoles = await users.GetRolesAsync(user);
        var toAdd = newRoles.Except(currentRoles, StringComparer.Ordinal).ToList();
        var toRemove = currentRoles.Except(newRoles, StringComparer.Ordinal).ToList();
        var fullName = string.IsNullOrWhiteSpace(Input.FullName) ? null : Input.FullName.Trim();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Tracked by the context the user store shares: the save below records only what changed.
        user.FullName = fullName;
        user.OrganisationId = Input.OrganisationId!.Value;
        await db.SaveChangesAsync(ct);
        await CreateStaffUserHandler.EnsureRolesAsync(roles);
        var outcome = toRemove.Count > 0 ? await users.RemoveFromRolesAsync(user, toRemove) : IdentityResult.Success;
        if (outcome.Succeeded && toAdd.Count > 0)
        {
            outcome = await users.AddToRolesAsync(user, toAdd);
        }
        if (!outcome.Succeeded)
        {
            foreach (var error in outcome.Errors)
            {
                ModelState.AddModelError("", error.Description);
            }
            await transaction.RollbackAsync(ct);
            await LoadAsync(user, ct);
            return Page();
        }
        await transaction.CommitAsync(ct);
        Notice = "Changes saved. New roles take effect in the person's open sessions within a minute.";
        return RedirectToPage(new { id });
    }

    public Task<IActionResult> OnPostDisableAsync(Guid id) => ActAsync(id, async user =>
    {
        if (IsCurrentUser(user))
        {
            return (false, "You cannot disable your own account.");
        }
        user.IsDisabled = true;
        // A new stamp ends the person's open sessions at their next security-stamp check.
        var result = await users.UpdateSecurityStampAsync(user);
        return result.Succeeded ? (true, "Account disabled. The person's open sessions end within a minute.") : (false, Describe(result));
    });

    public Task<IActionResult> OnPostEnableAsync(Guid id) => ActAsync(id, async user =>
    {
        user.IsDisabled = false;
        var result = await users.UpdateAsync(user);
        return result.Succeeded ? (true, "Account enabled. The person can sign in again.") : (false, Describe(result));
    });

    public Task<IActionResult> OnPostResetTwoFactorAsync(Guid id) => ActAsync(id, async user =>
    {
        if (userStore is not IUserTwoFactorRecoveryCodeStore<StaffUser> recoveryCodes)
        {
            throw new NotSupportedException("The user store keeps no recovery codes.");
        }
        await recoveryCodes.ReplaceCodesAsync(user, [], CancellationToken.None);
        db.Audit(AuditActions.TwoFactorReset, nameof(StaffUser), user.Id.ToString());
        // Both calls change the security stamp, so sessions signed in with the old factor end too.
        var result = await users.SetTwoFactorEnabledAsync(user, false);
        if (result.Succeeded)
        {
            result = await users.ResetAuthenticatorKeyAsync(user);
        }
        return result.Succeeded
            ? (true, "Two-factor sign-in reset. The person sets it up again with their new phone at their next sign-in.")
            : (false, Describe(result));
    });

    public Task<IActionResult> OnPostUnlockAsync(Guid id) => ActAsync(id, async user =>
    {
        var result = await users.SetLockoutEndDateAsync(user, null);
        if (result.Succeeded)
        {
            result = await users.ResetAccessFailedCountAsync(user);
        }
        return result.Succeeded ? (true, "Account unlocked. The person can try to sign in again now.") : (false, Describe(result));
    });

    private const string RolesKey = $"{nameof(Input)}.{nameof(EditUserInput.Roles)}";

    private async Task<IActionResult> ActAsync(Guid id, Func<StaffUser, Task<(bool Succeeded, string Message)>> action)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return NotFound();
        }
        await using var transaction = await db.Database.BeginTransactionAsync();
        var (succeeded, message) = await action(user);
        if (succeeded)
        {
            await transaction.CommitAsync();
            Notice = message;
        }
        else
        {
            await transaction.RollbackAsync();
            Problem = message;
        }
        return RedirectToPage(new { id });
    }

    private bool IsCurrentUser(StaffUser user) => users.GetUserId(User) == user.Id.ToString();

    private static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));

    private async Task LoadAsync(StaffUser user, CancellationToken ct)
    {
        IsSelf = IsCurrentUser(user);
        Organisations = await OrganisationChoice.LoadAsync(db, activeOnly: false, ct);
        var lockoutEnd = await users.GetLockoutEndDateAsync(user);
        Account = new AccountSummary(
            user.Id,
            user.Email ?? "",
            user.TwoFactorEnabled,
            user.IsDisabled,
            user.IsDemo,
            lockoutEnd > time.GetUtcNow() ? lockoutEnd : null,
            user.AccessFailedCount,
            user.CreatedAt,
            user.LastSignInAt);
    }

    public sealed record AccountSummary(
        Guid Id,
        string Email,
        bool TwoFactorEnabled,
        bool IsDisabled,
        bool IsDemo,
        DateTimeOffset? LockedUntil,
        int FailedAttempts,
        DateTime CreatedAt,
        DateTime? LastSignInAt);

    public sealed class EditUserInput
    {
        [StringLength(StaffUser.FullNameMaxLength, ErrorMessage = "The name can have at most 200 characters.")]
        [Display(Name = "Full name")]
        public string? FullName { get; set; }

        [Required(ErrorMessage = "Choose an organisation.")]
        [Display(Name = "Organisation")]
        public Guid? OrganisationId { get; set; }

        [MinLength(1, ErrorMessage = "Choose at least one role.")]
        [MaxLength(20)]
        [Display(Name = "Roles")]
        public List<string> Roles { get; set; } = [];
    }
}
