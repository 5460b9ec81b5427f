namespace Linda.Core.Screening;

/// <summary>An offer to check: its text and, optionally, what the person was told about the agency and destination.</summary>
/// <param name="Text">The offer or ad as pasted: English, Kiswahili or both, emojis and odd spacing included.</param>
/// <param name="Agency">The agency name the person was given.</param>
/// <param name="Licence">The licence number the person was given.</param>
/// <param name="Destination">The destination country or city (ISO alpha-3 code or a name).</param>
public sealed record OfferInput(string Text, string? Agency = null, string? Licence = null, string? Destination = null)
{
    /// <summary>Longest text checked (the limit of the page, the API and the CLI).</summary>
    public const int MaxTextLength = 20_000;

    public const int MaxAgencyLength = 200;

    public const int MaxLicenceLength = 40;

    public const int MaxDestinationLength = 100;
}
