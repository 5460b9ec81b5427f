using System.Globalization;
using Linda.Core.Reference;
using Linda.Core.Screening;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linda.Web.Features.Offers;

/// <summary>
/// The public "check a job offer" page: a POST form (an offer is too long and too private for a URL) that answers on the
/// same page, so it works without JavaScript. Nothing submitted is stored.
/// </summary>
[AllowAnonymous]
public sealed class CheckModel(CheckOfferHandler handler) : PageModel
{
    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? Agency { get; set; }

    [BindProperty]
    public string? Licence { get; set; }

    [BindProperty]
    public string? Destination { get; set; }

    /// <summary>What is wrong with each field, by the API's field names.</summary>
    public Dictionary<string, string[]> Problems { get; private set; } = [];

    public OfferCheckAnswer? Answer { get; private set; }

    public string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "sw" ? "sw" : "en";

    public IEnumerable<Country> DestinationChoices => Countries.ForPicker(Language);

    public int MaxTextLength => OfferInput.MaxTextLength;

    public void OnGet()
    {
    }

    public async Task OnPostAsync(CancellationToken ct)
    {
        Problems = CheckOfferHandler.Validate(Text, Agency, Licence, Destination, language: null) ?? [];
        if (Problems.Count == 0)
        {
            Answer = await handler.HandleAsync(new OfferCheckRequest(Text!, Agency, Licence, Destination, Language), ct);
        }
    }

    public string? Problem(string field) => Problems.TryGetValue(field, out var messages) ? messages[0] : null;
}
