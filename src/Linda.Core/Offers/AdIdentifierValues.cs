using Linda.Core.Matching;

namespace Linda.Core.Offers;

/// <summary>
/// The form in which an ad's identifiers are stored and compared (<see cref="AdIdentifier"/>): phones stay E.164 and
/// licence numbers their registry key, e-mails, websites and handles are lower case, and agency names are reduced to the words the
/// registry matcher compares (<see cref="NormalisedAgencyName"/>), so that "Al-Amal Agency Ltd" and "AL AMAL AGENCY"
/// are one identifier.
/// </summary>
public static class AdIdentifierValues
{
    /// <summary>The distinct identifiers of an ad in stored form; values that are empty or too long to store are left out.</summary>
    public static IReadOnlyList<(string Kind, string Value)> Normalise(IEnumerable<(string Kind, string Value)> identifiers)
    {
        var seen = new HashSet<(string, string)>();
        var result = new List<(string, string)>();
        foreach (var (kind, value) in identifiers)
        {
            if (Normalise(kind, value) is { } normalised && seen.Add((kind, normalised)))
            {
                result.Add((kind, normalised));
            }
        }
        return result;
    }

    /// <summary>One identifier in stored form, or null when nothing comparable is left or it is longer than <see cref="AdIdentifier.ValueMaxLength"/>.</summary>
    public static string? Normalise(string kind, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var normalised = kind switch
        {
            // E.164, and the registry's own licence key: already comparable.
            "phone" or "licence" => value.Trim(),
            "agency" => AgencyKey(value),
            _ => value.Trim().ToLowerInvariant(),
        };
        return normalised is { Length: > 0 and <= AdIdentifier.ValueMaxLength } ? normalised : null;
    }

    /// <summary>The agency name's distinctive words, then its sector words in their canonical form, lower case, one space apart.</summary>
    public static string? AgencyKey(string name)
    {
        var parsed = NormalisedAgencyName.Of(name);
        var words = parsed.CoreTokens.Concat(parsed.SectorWords.Select(w => w.Canonical)).ToList();
        return words.Count == 0 ? null : string.Join(' ', words);
    }
}
