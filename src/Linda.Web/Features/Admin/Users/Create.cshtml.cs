using System.ComponentModel.DataAnnotations;
using Linda.Data;
using Linda.Data.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linda.Web.Features.Admin.Users;

/// <summary>Creates a staff account through <see cref="CreateStaffUserHandler"/>, the same path as <c>linda users add</c>.</summary>
public sealed class CreateModel(LindaDbContext db, CreateStaffUserHandler handler) : PageModel
{
    [BindProperty]
    public CreateUserInput Input { get; set; } = new();

    public IReadOnlyList<OrganisationChoice> Organisations { get; private set; } = [];

    /// <summary>Set once the account exists.</summary>
    public CreatedAccount? Created { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        Organisations = await OrganisationChoice.LoadAsync(db, activeOnly: true, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await handler.HandleAsync(new CreateStaffUser(
                Input.Email, Input.Role, Input.Organisation, Input.Password, Input.FullName), ct);
            if (result.Succeeded)
            {
                // Rendered in this response only (never stored, never in a redirect): the password is shown once.
                Created = new CreatedAccount(result.User!.Id, result.User.Email!, result.GeneratedPassword);
                ModelState.Clear();
                Input = new();
            }
            foreach (var error in result.FieldErrors)
            {
                ModelState.AddModelError(error.Field.Length == 0 ? "" : $"{nameof(Input)}.{error.Field}", error.Message);
            }
        }
        Organisations = await OrganisationChoice.LoadAsync(db, activeOnly: true, ct);
        return Page();
    }

    public sealed record CreatedAccount(Guid Id, string Email, string? GeneratedPassword);

    public sealed class CreateUserInput
    {
        [Required(ErrorMessage = "Enter the person's e-mail address.")]
        [EmailAddress(ErrorMessage = "Enter a valid e-mail address.")]
        [StringLength(254, ErrorMessage = "The e-mail address can have at most 254 characters.")]
        [Display(Name = "E-mail address")]
        public string Email { get; set; } = "";

        [StringLength(StaffUser.FullNameMaxLength, ErrorMessage = "The name can have at most 200 characters.")]
        [Display(Name = "Full name (optional)")]
        public string? FullName { get; set; }

        [Required(ErrorMessage = "Choose an organisation.")]
        [Display(Name = "Organisation")]
        public string Organisation { get; set; } = "";

        [Required(ErrorMessage = "Choose a role.")]
        [StringLength(40)]
        [Display(Name = "Role")]
        public string Role { get; set; } = "";

        [StringLength(200, MinimumLength = 12, ErrorMessage = "A password needs at least 12 characters.")]
        [DataType(DataType.Password)]
        [Display(Name = "Initial password (optional)")]
        public string? Password { get; set; }
    }
}
