using System.Net.Mail;
using System.Security.Cryptography;
using Linda.Core.Identity;
using Linda.Core.Organisations;
using Linda.Data;
using Linda.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Admin.Users;

/// <summary>Creates a staff account. Used by the admin page, <c>linda users add</c> and the Development seed.</summary>
public sealed record CreateStaffUser(
    string Email,
    string Role,
    string Organisation,
    string? Password = null,
    string? FullName = null,
    bool IsDemo = false);

/// <summary>
/// One reason a user was not created. <see cref="Field"/> names the <see cref="CreateStaffUser"/> property at
/// fault, or is empty when the reason concerns no one input.
/// </summary>
public sealed record CreateStaffUserError(string Field, string Message);

public sealed record CreateStaffUserResult(StaffUser? User, string? GeneratedPassword, IReadOnlyList<CreateStaffUserError> FieldErrors)
{
    public bool Succeeded => User is not null;

    public IReadOnlyList<string> Errors => [.. FieldErrors.Select(e => e.Message)];

    public static CreateStaffUserResult Failed(params IEnumerable<CreateStaffUserError> errors) => new(null, null, [.. errors]);
}

public sealed class CreateStaffUserHandler(LindaDbContext db, UserManager<StaffUser> users, RoleManager<IdentityRole<Guid>> roles)
{
    // No look-alike characters (0/O, 1/l/I): generated passwords are read off a screen and typed.
    private const string PasswordAlphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public async Task<CreateStaffUserResult> HandleAsync(CreateStaffUser command, CancellationToken ct = default)
    {
        var errors = new List<CreateStaffUserError>();
        var email = command.Email?.Trim() ?? "";
        if (email.Length is 0 or > 254 || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email)
        {
            errors.Add(new(nameof(CreateStaffUser.Email), "The e-mail address is not valid."));
        }
        var role = StaffRoles.Parse(command.Role);
        if (role is null)
        {
            errors.Add(new(nameof(CreateStaffUser.Role), $"Unknown role. Roles: {string.Join(", ", StaffRoles.All)}."));
        }
        var organisation = await FindOrganisationAsync(command.Organisation, ct);
        if (organisation is null)
        {
            errors.Add(new(nameof(CreateStaffUser.Organisation), "No organisation has that name or id."));
        }
        else if (!organisation.IsActive)
        {
            errors.Add(new(nameof(CreateStaffUser.Organisation), "That organisation is inactive."));
        }
        if (command.FullName is { Length: > StaffUser.FullNameMaxLength })
        {
            errors.Add(new(nameof(CreateStaffUser.FullName), $"The name is longer than {StaffUser.FullNameMaxLength} characters."));
        }
        if (errors.Count > 0)
        {
            return CreateStaffUserResult.Failed(errors);
        }
        if (await users.FindByEmailAsync(email) is not null)
        {
            return CreateStaffUserResult.Failed(new CreateStaffUserError(nameof(CreateStaffUser.Email), "A user with that e-mail address already exists."));
        }

        await EnsureRolesAsync(roles);
        var generated = string.IsNullOrEmpty(command.Password) ? GeneratePassword() : null;
        var user = new StaffUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = string.IsNullOrWhiteSpace(command.FullName) ? null : command.FullName.Trim(),
            OrganisationId = organisation!.Id,
            IsDemo = command.IsDemo,
            CreatedAt = db.UtcNow,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = await users.CreateAsync(user, command.Password is { Length: > 0 } p ? p : generated!);
        if (!created.Succeeded)
        {
            return CreateStaffUserResult.Failed(created.Errors.Select(ToFieldError));
        }
        var added = await users.AddToRoleAsync(user, role!);
        if (!added.Succeeded)
        {
            return CreateStaffUserResult.Failed(added.Errors.Select(ToFieldError));
        }
        await transaction.CommitAsync(ct);
        return new(user, generated, []);
    }

    // Identity's error codes (IdentityErrorDescriber) say which input a refusal is about.
    private static CreateStaffUserError ToFieldError(IdentityError error) => new(
        error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(CreateStaffUser.Password)
            : error.Code.Contains("Role", StringComparison.Ordinal) ? nameof(CreateStaffUser.Role)
            : error.Code.Contains("Email", StringComparison.Ordinal) || error.Code.Contains("UserName", StringComparison.Ordinal) ? nameof(CreateStaffUser.Email)
            : "",
        error.Description);

    public static string GeneratePassword() => RandomNumberGenerator.GetString(PasswordAlphabet, 20);

    public static async Task EnsureRolesAsync(RoleManager<IdentityRole<Guid>> roles)
    {
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.CreateVersion7() });
            }
        }
    }

    private async Task<Organisation?> FindOrganisationAsync(string? nameOrId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(nameOrId))
        {
            return null;
        }
        var text = nameOrId.Trim();
        if (Guid.TryParse(text, out var id))
        {
            return await db.Organisations.FirstOrDefaultAsync(o => o.Id == id, ct);
        }
        var lowered = text.ToLowerInvariant();
        return await db.Organisations.FirstOrDefaultAsync(o => o.Name.ToLower() == lowered, ct);
    }
}
