using Linda.Core.Reference;
using Linda.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Linda.Web.Features.Offers;

/// <summary>
/// What the check page posts to a report form when the person chooses to report the offer they checked: the offer
/// as checked and what they typed beside it. It travels in a POST body, never in a URL.
/// </summary>
public sealed class OfferHandOffForm
{
    public string? Text { get; set; }
    public string? Agency { get; set; }
    public string? Licence { get; set; }
    public string? Destination { get; set; }
}

/// <summary>What a report form is pre-filled with: the offer (shortened to fit when it had to be), the agency, licence and destination country.</summary>
/// <param name="Text">The offer under a one-line heading in the person's language, at most the form's text limit.</param>
/// <param name="Shortened">The offer was longer than the form takes, so only its beginning was copied.</param>
/// <param name="Country">ISO 3166-1 alpha-3, as the forms' country pickers take it.</param>
public sealed record OfferHandOff(string Text, bool Shortened, string? AgencyName, string? LicenceNumber, string? Country);

/// <summary>
/// Turns a checked offer into the pre-filled start of a report (agency feedback or a distress report). It stores
/// nothing: the person reviews the form and only the form's own submit stores anything. The agency, licence and
/// destination are those the person gave, else the first the checker read in the offer.
/// </summary>
public sealed class HandOffOfferHandler(CheckOfferHandler checker, IStringLocalizer<SharedResource> T)
{
    /// <summary>The heading above the copied offer, so that an officer reading the report sees what is quoted.</summary>
    public const string Heading = "The job offer I checked:";

    /// <summary>The pre-filled values, or null when the hand-off cannot be read (empty or tampered): the form then opens empty.</summary>
    public async Task<OfferHandOff?> PrepareAsync(OfferHandOffForm form, int textMaxLength, int nameMaxLength, int licenceMaxLength, string language, CancellationToken ct)
    {
        if (CheckOfferHandler.Validate(form.Text, form.Agency, form.Licence, form.Destination, language) is not null)
        {
            return null;
        }
        var answer = await checker.HandleAsync(new OfferCheckRequest(form.Text!, form.Agency, form.Licence, form.Destination, language), ct);
        var (text, shortened) = Quote(T[Heading], form.Text!.Trim(), textMaxLength);
        var agency = Fit(Blank(form.Agency) ?? answer.Entities.Agencies.FirstOrDefault()?.Name, nameMaxLength);
        var licence = Fit(Blank(form.Licence) ?? answer.Entities.Licences.FirstOrDefault()?.Number, licenceMaxLength);
        var country = Countries.Find(Blank(form.Destination) ?? "")?.Alpha3 ?? answer.Entities.Destinations.FirstOrDefault()?.Country;
        return new OfferHandOff(text, shortened, agency, licence, country);
    }

    /// <summary>
    /// The heading and the offer in at most <paramref name="maxLength"/> characters; a longer offer is cut at a word
    /// boundary (never inside a surrogate pair) and marked with an ellipsis.
    /// </summary>
    public static (string Text, bool Shortened) Quote(string heading, string offer, int maxLength)
    {
        var whole = heading + "\n" + offer;
        if (whole.Length <= maxLength)
        {
            return (whole, false);
        }
        var room = maxLength - heading.Length - 2;
        var cut = room;
        var space = offer.LastIndexOfAny([' ', '\n', '\t'], room - 1, Math.Min(room, 200));
        if (space > 0)
        {
            cut = space;
        }
        else if (char.IsHighSurrogate(offer[cut - 1]))
        {
            cut--;
        }
        return (heading + "\n" + offer[..cut].TrimEnd() + "…", true);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>A value the form would refuse as too long is left out rather than cut: a cut name or licence number is a wrong one.</summary>
    private static string? Fit(string? value, int maxLength) => value is not null && value.Length <= maxLength ? value : null;
}
