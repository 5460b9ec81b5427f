namespace Linda.Core.Screening;

/// <summary>A text in English and Kiswahili.</summary>
public sealed record LocalisedText(string En, string Sw)
{
    /// <summary>The Kiswahili text for "sw" (any case), else the English.</summary>
    public string In(string? language) => ScreeningLanguage.IsSwahili(language) ? Sw : En;
}
