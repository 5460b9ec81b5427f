using System.Globalization;
using System.Text;
using Linda.Core.Agencies;
using Linda.Core.Matching;

namespace Linda.Core.Tests.Matching;

/// <summary>
/// Reads the NEA registry extract (data/nea-registry-2026-07.csv) into registry agencies, the way the import will:
/// the state is computed from the expiry date against a fixed "today", never taken from statusOverride.
/// Also linked into the benchmarks.
/// </summary>
public static class NeaRegistryCsv
{
    public const string FileName = "nea-registry-2026-07.csv";

    /// <summary>The fixed "today" of the tests: 173 of the 1,294 licences are valid on this day.</summary>
    public static readonly DateOnly Today = new(2026, 11, 28);

    /// <summary>The extract shipped in the repository's data folder, found from the test's output folder upwards.</summary>
    public static string FindFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "data", FileName), Path.Combine(dir.FullName, FileName) })
            {
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        throw new FileNotFoundException($"{FileName} not found above {AppContext.BaseDirectory}");
    }

    public static IReadOnlyList<RegistryAgency> Load(DateOnly today) => Read(File.ReadAllText(FindFile(), Encoding.UTF8), today);

    public static IReadOnlyList<RegistryAgency> Read(string csv, DateOnly today)
    {
        var rows = ParseRows(csv);
        var header = rows[0];
        int Column(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new FormatException($"no column {name}");
        var (licence, name, email, website, expiry) = (Column("licenseNumber"), Column("agencyName"), Column("email"), Column("website"), Column("expiryDate"));
        var agencies = new List<RegistryAgency>();
        foreach (var row in rows.Skip(1).Where(r => r.Length > expiry))
        {
            var validUntil = DateOnly.FromDateTime(DateTime.Parse(row[expiry], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal));
            agencies.Add(new RegistryAgency(
                Id: row[licence].Trim(),
                Name: row[name].Trim(),
                LicenceNumber: row[licence].Trim(),
                State: validUntil < today ? LicenceState.Expired : LicenceState.Licensed,
                ValidUntil: validUntil,
                Aliases: [],
                Phones: [],
                // One row holds two addresses: "abdumwalimuinvestment@yahoo.com/info@abdumwalimuin".
                Emails: row[email].Split(['/', ';', ',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Websites: string.IsNullOrWhiteSpace(row[website]) ? [] : [row[website].Trim()]));
        }
        return agencies;
    }

    /// <summary>RFC 4180: commas, double quotes around fields, "" for a quote inside one.</summary>
    private static List<string[]> ParseRows(string csv)
    {
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    rows.Add([.. fields]);
                    fields.Clear();
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            rows.Add([.. fields]);
        }
        return rows;
    }
}
