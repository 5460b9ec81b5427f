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

    /// <summary>The phone number the agency gave (optional).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Phone { get; set; }

    /// <summary>The licence number the agency gave (optional).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Licence { get; set; }

    /// <summary>The e-mail address the agency gave (optional).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    /// <summary>What is wrong with each field, by its name (q, phone, licence, email).</summary>
    public IReadOnlyDictionary<string, string> Problems { get; private set; } = new Dictionary<string, string>();

    public string? Problem => Problems.GetValueOrDefault("q");

    /// <summary>The extra details are shown open when one was given or is wrong.</summary>
    public bool DetailsOpen => new VerifyAgencyRequest(Q, Phone, Licence, Email).HasDetails || Problems.Keys.Any(k => k != "q");

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
        var request = new VerifyAgencyRequest(Q, Phone, Licence, Email);
        Problems = VerifyAgencyHandler.Validate(request);
        if (Problems.Count == 0)
        {
            Answer = await handler.HandleAsync(request, ct);
            if (IsAboutTheMatchedAgency)
            {
                _feedback = await feedback.ForLicencesAsync(Answer.Matches.Select(m => m.LicenceNumber), ct);
            }
        }
    }
}
