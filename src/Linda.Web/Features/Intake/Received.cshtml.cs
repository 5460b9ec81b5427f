using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linda.Web.Features.Intake;

/// <summary>
/// The confirmation after a report: the reference and follow-up code, read once from TempData (the cookie is
/// deleted with this response), so reloading or coming back later shows nothing secret.
/// </summary>
[AllowAnonymous]
public sealed class ReceivedModel : PageModel
{
    public string? Reference { get; private set; }

    public string? FollowUpCode { get; private set; }

    /// <summary>Triage suggested P1: supervisors on duty were alerted.</summary>
    public bool Urgent { get; private set; }

    public void OnGet()
    {
        Reference = TempData[ReportModel.ReferenceKey] as string;
        FollowUpCode = TempData[ReportModel.FollowUpCodeKey] as string;
        Urgent = TempData[ReportModel.UrgentKey] is true;
    }
}
