using System.ComponentModel.DataAnnotations;
using Linda.Core.Agencies;
using Linda.Data;
using Linda.Web.Features.Agencies.Verification;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Agencies.Oversight;

/// <summary>
/// One agency for officers: registry details, computed validity, dated history, recording a sanction, and the
/// agency's other names, contacts and destinations (in DetailsModel.Profile.cs).
/// </summary>
public sealed partial class DetailsModel(LindaDbContext db, TimeProvider time, RegistryMatcher matcher) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public IReadOnlyList<AgencyHistoryEntry> History { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public LicenceState State { get; private set; }

    public IReadOnlyList<IrisMilestone> Iris { get; private set; } = [];
    public IrisStage IrisStage { get; private set; }

    // Each form is bound and validated only by its own handler (see the handler parameters).
    public SanctionInput Sanction { get; set; } = new();

    public IrisInput Milestone { get; set; } = new();

    public sealed class IrisInput
    {
        [Required(ErrorMessage = "Choose the stage reached.")]
        [Range((int)IrisStage.Trained, (int)IrisStage.Certified, ErrorMessage = "Choose the stage reached.")]
        public IrisStage? Stage { get; set; }

        [Required(ErrorMessage = "Enter the date the stage was reached.")]
        [Display(Name = "Reached on")]
        public DateOnly? ReachedOn { get; set; }

        [StringLength(IrisMilestone.NoteMaxLength)]
        [Display(Name = "Note (e.g. the training)")]
        public string? Note { get; set; }
    }

    public sealed class SanctionInput : IValidatableObject
    {
        [Required(ErrorMessage = "Choose the kind of sanction.")]
        public SanctionKind? Kind { get; set; }

        [Required(ErrorMessage = "Enter the date the sanction takes effect.")]
        [Display(Name = "Takes effect on")]
        public DateOnly? EffectiveOn { get; set; }

        [Display(Name = "Ends on (suspensions only; leave empty until lifted)")]
        public DateOnly? EndsOn { get; set; }

        [Required(ErrorMessage = "Give the reason, as it will appear in the agency's history.")]
        [StringLength(AgencySanction.ReasonMaxLength)]
        public string? Reason { get; set; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (EndsOn is not null && Kind != SanctionKind.Suspension)
            {
                yield return new ValidationResult("Only a suspension has an end date.", [nameof(EndsOn)]);
            }
            if (EndsOn is not null && EffectiveOn is not null && EndsOn < EffectiveOn)
            {
                yield return new ValidationResult("The end date is before the start date.", [nameof(EndsOn)]);
            }
        }
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostIrisAsync(Guid id, [Bind(Prefix = nameof(Milestone))] IrisInput milestone, CancellationToken ct)
    {
        Milestone = milestone;
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var now = db.UtcNow;
        db.IrisMilestones.Add(new IrisMilestone
        {
            AgencyId = Agency.Id,
            Stage = Milestone.Stage!.Value,
            ReachedOn = Milestone.ReachedOn!.Value,
            Note = string.IsNullOrWhiteSpace(Milestone.Note) ? null : Milestone.Note.Trim(),
            RecordedBy = db.CurrentActor.ActorId,
            RecordedAt = now,
        });
        db.AgencyHistory.Add(new AgencyHistoryEntry
        {
            AgencyId = Agency.Id,
            OccurredAt = now,
            Change = AgencyChange.IrisStageReached,
            From = IrisStage.ToString(),
            To = $"{Milestone.Stage} on {Milestone.ReachedOn:yyyy-MM-dd}",
            Source = "IRIS",
        });
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostSanctionAsync(Guid id, [Bind(Prefix = nameof(Sanction))] SanctionInput input, CancellationToken ct)
    {
        Sanction = input;
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var now = db.UtcNow;
        var sanction = new AgencySanction
        {
            AgencyId = Agency.Id,
            Kind = Sanction.Kind!.Value,
            EffectiveOn = Sanction.EffectiveOn!.Value,
            EndsOn = Sanction.EndsOn,
            Reason = Sanction.Reason!.Trim(),
            RecordedBy = db.CurrentActor.ActorId,
            RecordedAt = now,
        };
        db.AgencySanctions.Add(sanction);
        var summary = $"{sanction.Kind} from {sanction.EffectiveOn:yyyy-MM-dd}{(sanction.EndsOn is { } end ? $" to {end:yyyy-MM-dd}" : "")}: {sanction.Reason}";
        db.AgencyHistory.Add(new AgencyHistoryEntry
        {
            AgencyId = Agency.Id,
            OccurredAt = now,
            Change = AgencyChange.Sanctioned,
            To = summary.Length <= 300 ? summary : summary[..300],
            Source = "sanction",
        });
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var agency = await db.Agencies.Include(a => a.Sanctions)
            .Include(a => a.Aliases).Include(a => a.Contacts).Include(a => a.Destinations).AsSplitQuery()
            .AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (agency is null)
        {
            return false;
        }
        Agency = agency;
        Today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        State = agency.StateOn(Today);
        Iris = await db.IrisMilestones.AsNoTracking().Where(m => m.AgencyId == id).OrderBy(m => m.ReachedOn).ToListAsync(ct);
        IrisStage = IrisProgress.CurrentStage(Iris);
        History = await db.AgencyHistory.AsNoTracking().Where(h => h.AgencyId == id).OrderByDescending(h => h.OccurredAt).ToListAsync(ct);
        await LoadProfileAsync(ct);
        return true;
    }
}
