namespace Linda.Core.Screening;

/// <summary>The fields of an offer that evidence can point into (the API's property names).</summary>
public static class OfferFields
{
    public const string Text = "text";
    public const string Agency = "agency";
    public const string Licence = "licence";
    public const string Destination = "destination";
}
