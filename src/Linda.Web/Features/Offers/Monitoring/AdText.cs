using System.Globalization;
using Linda.Core.Offers;
using Linda.Core.Reference;
using Linda.Core.Screening;

namespace Linda.Web.Features.Offers.Monitoring;

/// <summary>How the monitoring pages word risks, labels, identifier kinds, times and destinations.</summary>
public static class AdText
{
    public static string Risk(RiskLevel risk) => risk switch
    {
        RiskLevel.High => "high",
        RiskLevel.Medium => "medium",
        _ => "low",
    };

    public static string Label(AdLabel label) => label switch
    {
        AdLabel.ConfirmedScam => "confirmed scam",
        AdLabel.Benign => "benign",
        _ => "not reviewed",
    };

    public static string Kind(string kind) => kind switch
    {
        "phone" => "Phone",
        "whatsapp" => "WhatsApp",
        "telegram" => "Telegram",
        "email" => "E-mail",
        "website" => "Website",
        "licence" => "Licence number",
        "agency" => "Agency name",
        _ => kind,
    };

    public static string Utc(DateTime? at) => at is { } value ? value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC" : "—";

    /// <summary>Alpha-3 codes (comma-separated) as country names.</summary>
    public static IEnumerable<string> Countries(string? codes) =>
        (codes ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(c => Linda.Core.Reference.Countries.Find(c)?.Name ?? c);

    /// <summary>The claimed agency names as written (stored " | "-separated).</summary>
    public static IEnumerable<string> Names(string? claimed) =>
        (claimed ?? "").Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A short line for an ad: its title, else the start of its text.</summary>
    public static string Headline(string? title, string text, int max = 80)
    {
        var line = string.IsNullOrWhiteSpace(title) ? string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) : title.Trim();
        return line.Length <= max ? line : line[..(max - 1)] + "…";
    }

    /// <summary>The officer's language for rule texts: Kiswahili when the page is in Kiswahili.</summary>
    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public static Country? Country(string code) => Linda.Core.Reference.Countries.Find(code);
}
