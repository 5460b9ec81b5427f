using Linda.Core.Offers.Linking;
using Linda.Data;
using LinkOptions = Linda.Core.Offers.Linking.LinkOptions;

namespace Linda.Web.Features.Offers.Monitoring;

/// <summary>The <c>Linda:Offers:Monitoring</c> configuration section: the linking job and what counts as common (docs/operations.md).</summary>
public sealed class AdMonitoringSettings
{
    public const string Section = "Linda:Offers:Monitoring";

    /// <summary>
    /// Linda's own toll-free hotline (0800 222 223): warnings quote it, so it must never join ads into one operation.
    /// </summary>
    public const string HotlineIdentifier = "phone:+254800222223";

    /// <summary>How often this instance checks whether ads need linking; zero turns the job off here.</summary>
    public TimeSpan LinkingInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>An identifier found in more ads than this is common: shown, but it joins nothing (see <see cref="LinkOptions.CommonAfter"/>).</summary>
    public int CommonAfter { get; set; } = LinkOptions.Default.CommonAfter;

    /// <summary>
    /// Identifiers that never join ads, written "kind:value" in comparable form (E.164 phones, lower-case e-mails and
    /// domains), e.g. "phone:+254800222223". Null by default because configuration binding appends to arrays; the
    /// hotline is always included.
    /// </summary>
    public string[]? AlwaysCommon { get; set; }

    public LinkOptions ToLinkOptions() => new()
    {
        CommonAfter = CommonAfter,
        AlwaysCommon = (AlwaysCommon ?? []).Append(HotlineIdentifier)
            .Select(Parse).OfType<AdIdentifierKey>().ToHashSet(),
    };

    private static AdIdentifierKey? Parse(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon <= 0 || colon == text.Length - 1 ? null : new AdIdentifierKey(text[..colon].Trim(), text[(colon + 1)..].Trim());
    }

    /// <summary>Reads and checks the section; a bad value stops start-up with a message naming the key.</summary>
    public static AdMonitoringSettings Load(IConfiguration configuration)
    {
        AdMonitoringSettings settings;
        try
        {
            settings = configuration.GetSection(Section).Get<AdMonitoringSettings>() ?? new AdMonitoringSettings();
        }
        catch (InvalidOperationException e)
        {
            throw new LindaConfigurationException($"{Section} is not valid: {e.Message} Write times as d.hh:mm:ss, e.g. 00:01:00 for a minute.", e);
        }
        var problems = new List<string>();
        if (settings.LinkingInterval < TimeSpan.Zero)
        {
            problems.Add("LinkingInterval cannot be negative (zero turns the job off).");
        }
        if (settings.CommonAfter < 1)
        {
            problems.Add("CommonAfter must be at least 1.");
        }
        var bad = (settings.AlwaysCommon ?? []).FirstOrDefault(t => Parse(t) is null);
        if (bad is not null)
        {
            problems.Add($"AlwaysCommon entries are written kind:value, e.g. {HotlineIdentifier}; '{bad}' is not.");
        }
        if (problems.Count > 0)
        {
            throw new LindaConfigurationException($"{Section} is not valid: {string.Join(" ", problems)}");
        }
        return settings;
    }
}
