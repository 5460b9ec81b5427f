using System.Security.Cryptography;
using System.Text;

namespace Linda.Core.Offers;

/// <summary>
/// The comparable form of an ad's address: one ad shared with tracking parameters, "www.", http or https, a
/// fragment or a trailing slash is still one ad.
/// </summary>
public static class AdAddress
{
    private static readonly string[] TrackingPrefixes = ["utm_", "fbclid", "gclid", "mibextid", "igshid", "ref", "s"];

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
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }

        var path = uri.AbsolutePath.TrimEnd('/');
        var query = uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !IsTracking(p[..(p.IndexOf('=') is var i && i >= 0 ? i : p.Length)]))
            .Order(StringComparer.Ordinal)
            .ToList();
        var port = uri.IsDefaultPort ? "" : ":" + uri.Port;
        return host + port + path + (query.Count == 0 ? "" : "?" + string.Join('&', query));
    }

    /// <summary>Hex SHA-256 of the normalised address (fits an index whatever the address length); null without one.</summary>
    public static string? Key(string? url) =>
        Normalise(url) is { } normalised ? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised))) : null;

    private static bool IsTracking(string name) =>
        TrackingPrefixes.Any(prefix => prefix.EndsWith('_')
            ? name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            : name.Equals(prefix, StringComparison.OrdinalIgnoreCase));
}
