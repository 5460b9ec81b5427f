using Linda.Core.Agencies;
using Linda.Core.Agencies.Feedback;
using Linda.Web.Features.Agencies.Feedback;
using Linda.Web.Features.Agencies.Verification;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linda.Web.Features.Agencies;

/// <summary>The public "is this agency licensed?" page: a GET form, so it works without JavaScript and can be shared.</summary>
[AllowAnonymous]
public sealed class VerifyModel(VerifyAgencyHandler handler, FeedbackSummaries feedback) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public string? Problem { get; private set; }

    public VerificationAnswer? Answer { get; private set; }

    /// <summary>True when the matches are the agency asked about (not agencies it merely resembles).</summary>
    public bool IsAboutTheMatchedAgency => Answer?.Verdict is "licensed" or "expired" or "suspended_or_deregistered";

    private IReadOnlyDictionary<string, FeedbackSummary> _feedback = new Dictionary<string, FeedbackSummary>();

    /// <summary>
    /// What workers reported about a match, when the verdict is about that very agency (not a look-alike); figures
    /// only where at least five published reports are behind them (<see cref="FeedbackAggregates"/>).
    /// </summary>
    public FeedbackSummary? FeedbackFor(VerificationMatch match) =>
        LicenceNumbers.Normalise(match.LicenceNumber) is { } key && _feedback.TryGetValue(key, out var summary) ? summary : null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!Request.Query.ContainsKey("q"))
        {
            return;
        }
        Problem = VerifyAgencyHandler.Validate(Q);
        if (Problem is null)
        {
            Answer = await handler.HandleAsync(Q!.Trim(), ct);
            if (IsAboutTheMatchedAgency)
            {
                _feedback = await feedback.ForLicencesAsync(Answer.Matches.Select(m => m.LicenceNumber), ct);
            }
        }
    }
}
