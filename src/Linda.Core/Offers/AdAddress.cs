using System.Security.Cryptography;
using System.Text;

namespace Linda.Core.Offers;

/// <summary>
/// The comparable form of an ad's address: one ad shared with tracking parameters (in any order), "www." or "m.",
/// http or https, upper-case host, default port, a fragment or a trailing slash is still one ad. The path and the
/// other parameters are kept as they are (paths can be case-sensitive, and "?id=" often names the post).
/// </summary>
public static class AdAddress
{
    /// <summary>
    /// Parameters that say who shared a link or which click brought it, never which page: a name ending in "_" is a
    /// prefix (utm_source, Facebook's __cft__[0]), any other is a whole name.
    /// </summary>
    private static readonly string[] TrackingPrefixes =
    [
        "utm_", "__cft__", "__tn__", "fbclid", "gclid", "gbraid", "wbraid", "msclkid", "ttclid", "twclid", "mibextid",
        "igshid", "igsh", "rdid", "share_url",
    ];

    /// <summary>
    /// Short names that are tracking only on the sites that add them: elsewhere "?ref=JOB123" or "?s=" can name the
    /// page, and merging two different ads loses one, while a missed merge is still caught by near-identical text.
    /// </summary>
    private static readonly Dictionary<string, string[]> SiteTracking = new(StringComparer.Ordinal)
    {
        ["facebook.com"] = ["ref", "rdr"],
        ["instagram.com"] = ["ref"],
        ["linkedin.com"] = ["ref", "trk", "trackingid", "refid"],
        ["twitter.com"] = ["s", "t"],
        ["x.com"] = ["s", "t"],
        ["youtube.com"] = ["si", "feature"],
        ["youtu.be"] = ["si", "feature"],
    };

    /// <summary>Host prefixes of the same site's mirrors: "www." and the mobile "m." (m.facebook.com is facebook.com).</summary>
    private static readonly string[] MirrorPrefixes = ["www.", "m."];

    /// <summary>The normalised address, or null when <paramref name="url"/> is not an absolute http(s) address.</summary>
    public static string? Normalise(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)
            || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var host = uri.IdnHost.ToLowerInvariant();
        foreach (var prefix in MirrorPrefixes)
        {
            if (host.StartsWith(prefix, StringComparison.Ordinal) && host.IndexOf('.', prefix.Length) > 0)
            {
                host = host[prefix.Length..];
                break;
            }
        }

        var path = uri.AbsolutePath.TrimEnd('/');
        var query = uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !IsTracking(host, p[..(p.IndexOf('=') is var i && i >= 0 ? i : p.Length)]))
            .Order(StringComparer.Ordinal)
            .ToList();
        var port = uri.IsDefaultPort ? "" : ":" + uri.Port;
        return host + port + path + (query.Count == 0 ? "" : "?" + string.Join('&', query));
    }

    /// <summary>Hex SHA-256 of the normalised address (fits an index whatever the address length); null without one.</summary>
    public static string? Key(string? url) =>
        Normalise(url) is { } normalised ? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised))) : null;

    private static bool IsTracking(string host, string name) =>
        TrackingPrefixes.Any(prefix => prefix.EndsWith('_')
            ? name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            : name.Equals(prefix, StringComparison.OrdinalIgnoreCase))
        || (SiteTracking.TryGetValue(host, out var names) && names.Contains(name, StringComparer.OrdinalIgnoreCase));
}
