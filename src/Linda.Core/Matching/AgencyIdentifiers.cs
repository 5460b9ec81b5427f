using System.Collections.Frozen;
using System.Text;

namespace Linda.Core.Matching;

/// <summary>
/// Comparable keys for the exact identifiers of an agency: licence number, e-mail address and web domain.
/// Each returns null for a value that cannot be one, so junk in the registry ("0", "non", "tba") is never indexed.
/// </summary>
public static class AgencyIdentifiers
{
    /// <summary>Longest licence number read; NEA numbers are like "RA/2025/10/24".</summary>
    private const int MaxLicenceLength = 40;

    /// <summary>
    /// Mailbox providers anyone can sign up to. Their domains say nothing about who owns an address, so they are
    /// never matched as a domain (82% of licensed agencies in the 2026 extract use Gmail, which is no red flag).
    /// </summary>
    private static readonly FrozenSet<string> FreeMailDomains = new[]
    {
        "gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.uk", "yahoo.co.ke", "ymail.com", "rocketmail.com",
        "hotmail.com", "hotmail.co.uk", "outlook.com", "live.com", "msn.com", "icloud.com", "me.com", "aol.com",
        "protonmail.com", "proton.me", "mail.com", "gmx.com", "zoho.com", "zohomail.com", "yandex.com",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The comparable form of a licence number: letter and digit groups in upper case, leading zeros dropped,
    /// joined by "-". "RA/2025/06/3", "ra-2025-6-03" and "RA 2025 06 3" all give "RA-2025-6-3".
    /// </summary>
    public static string? LicenceKey(string? licence)
    {
        var groups = LicenceGroups(licence);
        return groups is null ? null : string.Join('-', groups);
    }

    /// <summary>
    /// The licence key without its letter prefix ("2025-6-3"), for a number typed without "RA"/"NA";
    /// null unless what is left is three groups of digits.
    /// </summary>
    public static string? LicenceTailKey(string? licence)
    {
        var groups = LicenceGroups(licence);
        if (groups is null)
        {
            return null;
        }
        var tail = groups.SkipWhile(g => char.IsLetter(g[0])).ToList();
        return tail.Count == 3 && tail.All(g => char.IsDigit(g[0])) ? string.Join('-', tail) : null;
    }

    /// <summary>A lower-case e-mail address, or null when it is not one.</summary>
    public static string? Email(string? email)
    {
        if (string.IsNullOrWhiteSpace(email) || email.Length > 254)
        {
            return null;
        }
        var value = email.Trim().ToLowerInvariant();
        if (value.StartsWith("mailto:", StringComparison.Ordinal))
        {
            value = value["mailto:".Length..];
        }
        var at = value.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != value.LastIndexOf('@') || value.Any(char.IsWhiteSpace))
        {
            return null;
        }
        var domain = Domain(value[(at + 1)..]);
        return domain is null ? null : value[..at] + "@" + domain;
    }

    /// <summary>
    /// The host of a website in lower case without scheme, "www.", port, path or trailing dot
    /// ("https://www.Example.co.ke/jobs" gives "example.co.ke"); null when it is not a host name.
    /// </summary>
    public static string? Domain(string? website)
    {
        if (string.IsNullOrWhiteSpace(website) || website.Length > 2048)
        {
            return null;
        }
        var value = website.Trim().ToLowerInvariant();
        var scheme = value.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            value = value[(scheme + 3)..];
        }
        var end = value.IndexOfAny(['/', '?', '#']);
        if (end >= 0)
        {
            value = value[..end];
        }
        // user@host (or an e-mail address typed where a website was asked for)
        var at = value.LastIndexOf('@');
        if (at >= 0)
        {
            value = value[(at + 1)..];
        }
        var port = value.IndexOf(':', StringComparison.Ordinal);
        if (port >= 0)
        {
            value = value[..port];
        }
        value = value.TrimEnd('.');
        while (value.StartsWith("www.", StringComparison.Ordinal))
        {
            value = value[4..];
        }
        return IsHostName(value) ? value : null;
    }

    /// <summary>The domain of an e-mail address when it is the agency's own, not a free mailbox provider's.</summary>
    public static string? OwnEmailDomain(string? email)
    {
        var normalised = Email(email);
        if (normalised is null)
        {
            return null;
        }
        var domain = normalised[(normalised.IndexOf('@', StringComparison.Ordinal) + 1)..];
        return IsFreeMailDomain(domain) ? null : domain;
    }

    /// <summary>Whether a domain is a free mailbox provider's ("gmail.com").</summary>
    public static bool IsFreeMailDomain(string domain) => FreeMailDomains.Contains(domain);

    private static bool IsHostName(string value)
    {
        if (value.Length is < 4 or > 253)
        {
            return false;
        }
        var labels = value.Split('.');
        if (labels.Length < 2)
        {
            return false;
        }
        foreach (var label in labels)
        {
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-'
                || !label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                return false;
            }
        }
        var tld = labels[^1];
        return tld.Length >= 2 && tld.All(char.IsAsciiLetter);
    }

    private static List<string>? LicenceGroups(string? licence)
    {
        if (string.IsNullOrWhiteSpace(licence) || licence.Length > MaxLicenceLength)
        {
            return null;
        }
        var groups = new List<string>();
        var current = new StringBuilder();
        var currentIsDigit = false;
        void Flush()
        {
            if (current.Length == 0)
            {
                return;
            }
            var group = current.ToString();
            if (currentIsDigit)
            {
                group = group.TrimStart('0');
                if (group.Length == 0)
                {
                    group = "0";
                }
            }
            groups.Add(group);
            current.Clear();
        }
        foreach (var c in licence)
        {
            if (char.IsAsciiLetter(c) || char.IsAsciiDigit(c))
            {
                var isDigit = char.IsAsciiDigit(c);
                if (current.Length > 0 && isDigit != currentIsDigit)
                {
                    Flush();
                }
                currentIsDigit = isDigit;
                current.Append(char.ToUpperInvariant(c));
            }
            else
            {
                Flush();
            }
        }
        Flush();
        return groups.Any(g => char.IsDigit(g[0])) ? groups : null;
    }
}
