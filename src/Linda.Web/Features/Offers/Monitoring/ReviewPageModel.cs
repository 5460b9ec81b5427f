using Linda.Core.Offers;
using Linda.Data;
using Linda.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linda.Web.Features.Offers.Monitoring;

/// <summary>
/// The review actions an ad page and an operation page share: label, escalate to a case, escalate to the agency's
/// risk, for one ad or all the ads of an operation. A refused action saves nothing and shows the page again with the
/// reason (400); a done one redirects with a notice.
/// </summary>
public abstract class ReviewPageModel(LindaDbContext db, ReviewAdsHandler review) : PageModel
{
    protected LindaDbContext Db { get; } = db;

    /// <summary>What the officer searched for to find the agency.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Find { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public string? Refusal { get; private set; }

    /// <summary>Whether the actions apply to one ad or to a whole operation.</summary>
    protected abstract ReviewScope Scope { get; }

    /// <summary>Loads what the page shows; false when there is no such ad or operation.</summary>
    protected abstract Task<bool> ShowAsync(Guid id, CancellationToken ct);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await ShowAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostLabelAsync(Guid id, AdLabel label, string? note, CancellationToken ct) =>
        await ActAsync(id, await review.LabelAsync(Scope, id, label, note, Reviewer, ct), ct);

    public async Task<IActionResult> OnPostCaseAsync(Guid id, CancellationToken ct) =>
        await ActAsync(id, await review.EscalateToCaseAsync(Scope, id, Reviewer, ct), ct);

    public async Task<IActionResult> OnPostAgencyAsync(Guid id, Guid? agencyId, CancellationToken ct) =>
        await ActAsync(id, await review.EscalateToAgencyAsync(Scope, id, agencyId, Reviewer, ct), ct);

    private Reviewer Reviewer => new(User.StaffId(), User.OrganisationId());

    private async Task<IActionResult> ActAsync(Guid id, ReviewResult result, CancellationToken ct)
    {
        if (!result.Found)
        {
            return NotFound();
        }
        if (result.Refusal is not null)
        {
            // Nothing of the refused action is saved: the page is shown again, as it stands, with the reason.
            Db.ChangeTracker.Clear();
            Refusal = result.Refusal;
            if (!await ShowAsync(id, ct))
            {
                return NotFound();
            }
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Notice = result.Done;
        return RedirectToPage(new { id });
    }
}
