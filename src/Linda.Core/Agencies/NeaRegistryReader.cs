using System.Globalization;
using System.Net.Mail;
using CsvHelper;
using CsvHelper.Configuration;

namespace Linda.Core.Agencies;

/// <summary>One registry row, validated.</summary>
public sealed record NeaRegistryRow(
    int Line,
    string LicenceNumber,
    string LicenceKey,
    string Name,
    string? Email,
    string? Website,
    string? ServiceType,
    DateOnly? IssuedOn,
    DateOnly? ExpiresOn,
    string? RegistryStatus);

/// <summary>A problem with one line (1 = the header): a rejected row, or a warning about a row that was kept.</summary>
public sealed record NeaRegistryIssue(int Line, string Reason);

/// <summary>
/// Reads the NEA licensed-agency list layout: licenseNumber, agencyName, email, website, serviceType,
/// issueDate, expiryDate, statusOverride. A bad row is rejected with its reason and never stops the rest.
/// </summary>
public static class NeaRegistryReader
{
    public static readonly IReadOnlyList<string> Columns =
        ["licenseNumber", "agencyName", "email", "website", "serviceType", "issueDate", "expiryDate", "statusOverride"];

    public sealed record Result(IReadOnlyList<NeaRegistryRow> Rows, IReadOnlyList<NeaRegistryIssue> Rejections, IReadOnlyList<NeaRegistryIssue> Warnings);

    /// <summary>
    /// What is wrong with the layout of a file (empty, or columns missing), read from its header line only; null when
    /// the layout is right. Lets an upload be refused at once instead of after it has been queued.
    /// </summary>
    public static string? HeaderProblem(TextReader reader)
    {
        using var csv = new CsvReader(reader, Configuration());
        return HeaderProblem(csv);
    }

    public static Result Read(TextReader reader)
    {
        var rows = new List<NeaRegistryRow>();
        using var csv = new CsvReader(reader, Configuration());
        if (HeaderProblem(csv) is { } layout)
        {
            return new(rows, [new(1, layout)], []);
        }
        var rejections = new List<NeaRegistryIssue>();
        var header = csv.HeaderRecord ?? [];
        var index = Columns.ToDictionary(c => c, c => Array.FindIndex(header, h => string.Equals(h, c, StringComparison.OrdinalIgnoreCase)));
        var warnings = new List<NeaRegistryIssue>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            string? Field(string column) => csv.TryGetField<string>(index[column], out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
            var problem = Validate(Field, out var row, line, warning => warnings.Add(new(line, warning)));
            if (problem is not null)
            {
                rejections.Add(new(line, problem));
                continue;
            }
            if (seen.TryGetValue(row!.LicenceKey, out var first))
            {
                rejections.Add(new(line, $"Licence number {row.LicenceNumber} already appears on line {first}."));
                continue;
            }
            seen[row.LicenceKey] = line;
            rows.Add(row);
        }
        return new(rows, rejections, warnings);
    }

    private static CsvConfiguration Configuration() => new(CultureInfo.InvariantCulture)
    {
        TrimOptions = TrimOptions.Trim,
        BadDataFound = null,
        MissingFieldFound = null,
        DetectColumnCountChanges = false,
    };

    /// <summary>Reads the header line of <paramref name="csv"/> and says what is wrong with it, if anything.</summary>
    private static string? HeaderProblem(CsvReader csv)
    {
        if (!csv.Read() || !csv.ReadHeader())
        {
            return "The file is empty.";
        }
        var header = csv.HeaderRecord ?? [];
        var missing = Columns.Where(c => !header.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        return missing.Count > 0 ? $"Missing column(s): {string.Join(", ", missing)}. Expected: {string.Join(",", Columns)}." : null;
    }

    private static string? Validate(Func<string, string?> field, out NeaRegistryRow? row, int line, Action<string> warn)
    {
        row = null;
        var licence = field("licenseNumber");
        var key = LicenceNumbers.Normalise(licence);
        if (licence is null || key is null)
        {
            return licence is null ? "No licence number." : "The licence number is not in a known form (e.g. RA/2025/10/24).";
        }
        var name = field("agencyName");
        if (name is null)
        {
            return "No agency name.";
        }
        if (name.Length > Agency.NameMaxLength)
        {
            return $"The agency name is longer than {Agency.NameMaxLength} characters.";
        }
        var email = field("email");
        if (email is not null && !IsEmail(email))
        {
            // Some cells hold two addresses ("a@x.com/b@x.com"): keep the first valid one.
            var first = email.Split(['/', ',', ';', ' '], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(IsEmail);
            if (first is null)
            {
                // A licensed agency with a mistyped address in the registry is still a licensed agency.
                warn($"The e-mail address '{email[..Math.Min(email.Length, 80)]}' is not valid; the agency is kept without it.");
            }
            email = first;
        }
        var website = field("website");
        if (website is { Length: > 300 })
        {
            return "The website is longer than 300 characters.";
        }
        if (!TryDate(field("issueDate"), out var issued))
        {
            return "The issue date is not a date (expected e.g. 2025-10-24 or 2025-10-24T00:00:00.000Z).";
        }
        if (!TryDate(field("expiryDate"), out var expires))
        {
            return "The expiry date is not a date (expected e.g. 2026-10-24 or 2026-10-24T00:00:00.000Z).";
        }
        if (issued is not null && expires is not null && expires < issued)
        {
            return "The expiry date is before the issue date.";
        }
        row = new NeaRegistryRow(line, licence, key, name, email?.ToLowerInvariant(), website, Trim(field("serviceType"), 100),
            issued, expires, Trim(field("statusOverride"), 50));
        return null;
    }

    private static bool IsEmail(string text) =>
        text.Length <= 254 && MailAddress.TryCreate(text, out var address) && address.Address == text;

    private static string? Trim(string? value, int max) => value is null ? null : value.Length <= max ? value : value[..max];

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            date = day;
            return true;
        }
        // The registry writes midnight UTC timestamps: the calendar day is the date part.
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp))
        {
            date = DateOnly.FromDateTime(stamp.UtcDateTime);
            return true;
        }
        return false;
    }
}
