using Linda.Web.Features.Agencies.Verification;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linda.Web.Features.Agencies;

/// <summary>The public "is this agency licensed?" page: a GET form, so it works without JavaScript and can be shared.</summary>
[AllowAnonymous]
public sealed class VerifyModel(VerifyAgencyHandler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public string? Problem { get; private set; }

    public VerificationAnswer? Answer { get; private set; }

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
        }
    }
}
