using Linda.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linda.Web.Features.Intake;

/// <summary>
/// "How is my report doing?": the reference and follow-up code travel in the form body, never in the URL, and a
/// wrong reference or code gets one and the same answer. Failed guesses are limited per client address.
/// </summary>
[AllowAnonymous]
public sealed class StatusModel(CheckReportStatusHandler handler, FailedGuessLimiter guesses) : PageModel
{
    [BindProperty]
    public string? Reference { get; set; }

    /// <summary>Never written back into the page.</summary>
    [BindProperty]
    public string? Code { get; set; }

    public ReportStatusAnswer? Answer { get; private set; }

    public bool NoMatch { get; private set; }

    public bool Limited { get; private set; }

    /// <summary>How long a limited client must wait, in whole minutes.</summary>
    public int WaitMinutes { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (guesses.IsExhausted(HttpContext, out var wait))
        {
            Limited = true;
            WaitMinutes = (int)Math.Ceiling(Math.Max(1, wait.TotalMinutes));
            Response.Headers.RetryAfter = FailedGuessLimiter.RetryAfterSeconds(wait);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }
        Answer = await handler.CheckAsync(Reference, Code, ct);
        if (Answer is null)
        {
            guesses.RecordFailure(HttpContext);
            NoMatch = true;
        }
        Code = null;
        return Page();
    }
}
