using System.Globalization;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;

namespace Linda.Core.Offers;

/// <summary>
/// Reads a file of ads: CSV with a header row (columns <c>text</c>, and optionally <c>title</c>, <c>url</c>,
/// <c>published</c> or <c>date</c>, <c>id</c>; names in any case) or JSON Lines (<c>{ "text", "title", "url",
/// "published", "id" }</c>). A line that cannot be read is reported with its number and why, and never stops the
/// rest; whether the ad itself is acceptable is for the ingestion to say.
/// </summary>
public static class AdFileReader
{
    public static readonly IReadOnlyList<string> CsvColumns = ["text", "title", "url", "published", "date", "id"];

    /// <param name="Ads">The ads read, in file order.</param>
    /// <param name="Rejections">Lines that could not be read.</param>
    /// <param name="Problem">What makes the whole file unreadable (empty, no text column), or null.</param>
    public sealed record Result(IReadOnlyList<IncomingAd> Ads, IReadOnlyList<AdRejection> Rejections, string? Problem);

    public enum Format
    {
        Csv,
        JsonLines,
    }

    /// <summary>The format a file name says (.csv, .jsonl or .ndjson), or null.</summary>
    public static Format? FormatOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".csv" => Format.Csv,
        ".jsonl" or ".ndjson" => Format.JsonLines,
        _ => null,
    };

    public static Result Read(TextReader reader, Format format) =>
        format == Format.Csv ? ReadCsv(reader) : ReadJsonLines(reader);

    public static Result ReadCsv(TextReader reader)
    {
        var ads = new List<IncomingAd>();
        var rejections = new List<AdRejection>();
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            TrimOptions = TrimOptions.Trim,
            BadDataFound = null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
        });
        if (!csv.Read() || !csv.ReadHeader())
        {
            return new(ads, rejections, "The file is empty.");
        }
        var header = csv.HeaderRecord ?? [];
        int Column(string name) => Array.FindIndex(header, h => string.Equals(h?.Trim(), name, StringComparison.OrdinalIgnoreCase));
        var text = Column("text");
        if (text < 0)
        {
            return new(ads, rejections, $"The header row has no \"text\" column. Expected columns: {string.Join(", ", CsvColumns)} (only text is required).");
        }
        var title = Column("title");
        var url = Column("url");
        var published = Column("published") is >= 0 and var p ? p : Column("date");
        var id = Column("id");
        var lastLine = csv.Parser.RawRow;
        while (csv.Read())
        {
            // The line the record starts on: a quoted text may run over several lines.
            var line = lastLine + 1;
            lastLine = csv.Parser.RawRow;
            string? Field(int index) => index >= 0 && csv.TryGetField<string>(index, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
            if (!TryDate(Field(published), out var date))
            {
                rejections.Add(new(line, BadDate));
                continue;
            }
            ads.Add(new IncomingAd(line, Field(text), Field(title), Field(url), date, Field(id)));
        }
        return new(ads, rejections, null);
    }

    public static Result ReadJsonLines(TextReader reader)
    {
        var ads = new List<IncomingAd>();
        var rejections = new List<AdRejection>();
        var number = 0;
        var any = false;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            any = true;
            var (ad, problem) = ParseJsonLine(number, line);
            if (ad is null)
            {
                rejections.Add(new(number, problem!));
            }
            else
            {
                ads.Add(ad);
            }
        }
        return new(ads, rejections, any ? null : "The file is empty.");
    }

    private const string BadDate = "The published date is not a date (expected e.g. 2026-11-28 or 2026-11-28T09:30:00Z).";

    private static (IncomingAd? Ad, string? Problem) ParseJsonLine(int number, string line)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException)
        {
            return (null, "Not valid JSON.");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, "Each line must be a JSON object such as { \"text\": \"…\" }.");
            }
            string? problem = null;
            string? Text(string name)
            {
                if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
                {
                    return null;
                }
                if (value.ValueKind == JsonValueKind.String)
                {
                    return value.GetString() is { } s && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;
                }
                if (name == "id" && value.ValueKind == JsonValueKind.Number)
                {
                    return value.GetRawText();
                }
                problem ??= $"\"{name}\" must be a string.";
                return null;
            }
            var text = Text("text");
            var title = Text("title");
            var url = Text("url");
            var published = Text("published");
            var id = Text("id");
            if (problem is not null)
            {
                return (null, problem);
            }
            if (!TryDate(published, out var date))
            {
                return (null, BadDate);
            }
            return (new IncomingAd(number, text, title, url, date, id), null);
        }
    }

    /// <summary>An ISO 8601 date or date and time (no zone means UTC), as UTC; true with null when there is none.</summary>
    public static bool TryDate(string? value, out DateTime? date)
    {
        date = null;
        if (value is null)
        {
            return true;
        }
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            date = parsed.UtcDateTime;
            return true;
        }
        return false;
    }
}
