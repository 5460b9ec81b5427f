namespace Linda.Core.Screening;

/// <summary>The languages the checker answers in: Kiswahili ("sw") or English (anything else).</summary>
public static class ScreeningLanguage
{
    public const string English = "en";
    public const string Swahili = "sw";

    public static bool IsSwahili(string? language) => string.Equals(language?.Trim(), Swahili, StringComparison.OrdinalIgnoreCase);

    /// <summary>"sw" or "en".</summary>
    public static string Normalise(string? language) => IsSwahili(language) ? Swahili : English;
}
