using System.ComponentModel.DataAnnotations;
using Linda.Core.Organisations;
using Linda.Core.Reference;
using Linda.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Admin.Organisations;

/// <summary>The fields of an organisation, shared by the create and edit pages, with their limits written once.</summary>
public sealed class OrganisationForm : IValidatableObject
{
    [Required(ErrorMessage = "Enter the organisation's name.")]
    [StringLength(Organisation.NameMaxLength, ErrorMessage = "The name can have at most 200 characters.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Choose the kind of organisation.")]
    [EnumDataType(typeof(OrganisationKind), ErrorMessage = "Choose a kind from the list.")]
    [Display(Name = "Kind")]
    public OrganisationKind? Kind { get; set; }

    [Display(Name = "County of the head office")]
    public string? CountyCode { get; set; }

    [Display(Name = "Active (staff can be added to it)")]
    public bool IsActive { get; set; } = true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(CountyCode) && KenyaCounties.Find(CountyCode) is null)
        {
            yield return new ValidationResult("Choose a county from the list.", [nameof(CountyCode)]);
        }
    }

    public static OrganisationForm From(Organisation organisation) => new()
    {
        Name = organisation.Name,
        Kind = organisation.Kind,
        CountyCode = organisation.CountyCode,
        IsActive = organisation.IsActive,
    };

    public void ApplyTo(Organisation organisation)
    {
        organisation.Name = Name.Trim();
        organisation.Kind = Kind!.Value;
        organisation.CountyCode = string.IsNullOrEmpty(CountyCode) ? null : CountyCode;
        organisation.IsActive = IsActive;
    }

    /// <summary>Adds a field error when another organisation has the same name in any letter case.</summary>
    public async Task CheckNameIsFreeAsync(LindaDbContext db, Guid? exceptId, ModelStateDictionary modelState, string prefix, CancellationToken ct)
    {
        var name = Name.Trim();
        // Compared here, not in SQL: SQLite's lower() folds ASCII only. The table is small.
        var names = await db.Organisations.AsNoTracking()
            .Where(o => o.Id != exceptId)
            .Select(o => o.Name)
            .ToListAsync(ct);
        if (names.Any(n => string.Equals(n.Trim(), name, StringComparison.CurrentCultureIgnoreCase)))
        {
            modelState.AddModelError(NameKey(prefix), "Another organisation already has this name.");
        }
    }

    public static string NameKey(string prefix) => $"{prefix}.{nameof(Name)}";

    public static string KindLabel(OrganisationKind kind) => kind switch
    {
        OrganisationKind.Ngo => "NGO",
        OrganisationKind.Regulator => "Regulator",
        OrganisationKind.GovernmentAgency => "Government agency",
        OrganisationKind.PartnerService => "Partner service",
        OrganisationKind.InternationalOrganisation => "International organisation",
        _ => kind.ToString(),
    };

    public static string CountyLabel(string? code) =>
        KenyaCounties.Find(code) is { } county ? $"{county.Name} ({county.Code})" : "—";
}
