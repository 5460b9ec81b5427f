using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Linda.Core.Agencies;
using Linda.Core.Matching;
using Linda.Core.Screening;
using Linda.Data;
using Linda.Web.Features.Offers;

namespace Linda.Web.Cli;

/// <summary>
/// `linda offers screen`: screens a JSON Lines file of job offers offline. It needs no database and no master key (it
/// never builds the web host), so it runs on any machine with the executable. `linda offers import` takes a file of
/// ads into ad monitoring, in the database.
/// `linda offers labels`: writes the ads officers labelled, from the configured database, as evaluation-set lines.
/// </summary>
public static class OffersCommand
{
    private static readonly TimeSpan ProgressEvery = TimeSpan.FromMilliseconds(250);

    public static Command Create(LindaProgramOptions options)
    {
        var offers = new Command("offers", "Works with job offers and ads.");
        var input = new Option<FileInfo>("--input")
        {
            Description = "JSON Lines, one offer per line: { \"id\": …, \"text\": \"…\" } with optional \"agency\", \"licence\", \"destination\".",
            Required = true,
        };
        var output = new Option<FileInfo>("--output")
        {
            Description = "JSON Lines written, one line per offer in input order: { \"id\", \"score\", \"risk\", \"flags\": [codes] }. Replaced if it exists.",
            Required = true,
        };
        var registry = new Option<FileInfo?>("--registry")
        {
            Description = "A licence registry CSV in the NEA layout (licenseNumber,agencyName,email,website,serviceType,issueDate,expiryDate,statusOverride); with it, agencies, licence numbers and contacts are checked.",
        };
        var asOf = new Option<string?>("--as-of")
        {
            Description = "The day licences are judged on, yyyy-MM-dd (default: today, UTC).",
        };
        var screen = new Command("screen", "Screens job offers for red flags, offline and without a database. Bad lines are reported by number and skipped.")
        {
            input, output, registry, asOf,
        };
        screen.SetAction((result, ct) => ScreenAsync(options, result.GetValue(input)!, result.GetValue(output)!, result.GetValue(registry), result.GetValue(asOf), ct));
        offers.Subcommands.Add(screen);
        offers.Subcommands.Add(CreateImport(options));
        offers.Subcommands.Add(CreateLabels(options));
        return offers;
    }

    /// <summary>
    /// `linda offers import --source NAME --input F`: the officers' upload from the command line, into the database,
    /// with no size limit. Skipped lines are listed by number and reason, never with their content.
    /// </summary>
    private static Command CreateImport(LindaProgramOptions options)
    {
        var source = new Option<string>("--source") { Description = "What officers will call this file source (up to 200 characters).", Required = true };
        var input = new Option<FileInfo>("--input")
        {
            Description = "A .csv with a header row (text, and optionally title, url, published or date, id) or a .jsonl file ({ \"text\", \"title\", \"url\", \"published\", \"id\" } per line).",
            Required = true,
        };
        var import = new Command("import", "Imports a file of job ads into ad monitoring as a new file source: each ad de-duplicated, screened and linked to the registry.")
        {
            source, input,
        };
        import.SetAction((result, ct) =>
        {
            var name = result.GetValue(source)!;
            var path = result.GetValue(input)!;
            if (string.IsNullOrWhiteSpace(name) || name.Length > Core.Offers.AdSource.NameMaxLength)
            {
                options.Error.WriteLine("error: --source must be a name of 1 to 200 characters.");
                return Task.FromResult(1);
            }
            if (Core.Offers.AdFileReader.FormatOf(path.Name) is not { } format)
            {
                options.Error.WriteLine("error: --input must be a .csv or a .jsonl file.");
                return Task.FromResult(1);
            }
            if (!path.Exists)
            {
                options.Error.WriteLine($"error: no input file {path.FullName}");
                return Task.FromResult(1);
            }
            return LindaCommandLine.RunWithServicesAsync(options, async (services, token) =>
            {
                await services.PrepareLindaDatabaseAsync(migrate: true, token);
                using var reader = new StreamReader(path.FullName, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                var (import, problem) = await services.GetRequiredService<Features.Offers.Monitoring.ImportAdFileHandler>()
                    .HandleAsync(reader, format, name, createdById: null, maxAds: null, token);
                if (import is null)
                {
                    options.Error.WriteLine($"error: {problem}");
                    return 1;
                }
                foreach (var rejection in import.Summary.Rejected)
                {
                    options.Error.WriteLine($"line {rejection.Line}: skipped: {rejection.Reason}");
                }
                options.Output.WriteLine($"{import.Summary.New} new, {import.Summary.SeenAgain} seen again, {import.Summary.Rejected.Count} skipped (source {import.SourceId}).");
                return import.Summary.New + import.Summary.SeenAgain == 0 && import.Summary.Rejected.Count > 0 ? 1 : 0;
            }, ct);
        });
        return import;
    }

    private static Command CreateLabels(LindaProgramOptions options)
    {
        var output = new Option<FileInfo>("--output")
        {
            Description = "JSON Lines written, one labelled ad per line: { \"id\", \"label\": \"scam\"|\"genuine\", \"lang\", \"text\" } with contact details replaced by synthetic ones. Replaced if it exists.",
            Required = true,
        };
        var since = new Option<string?>("--since")
        {
            Description = "Only ads labelled on or after this day (UTC), yyyy-MM-dd.",
        };
        var labels = new Command("labels", "Writes the ads officers labelled confirmed scam or benign, from the configured database, in the evaluation set's layout, for a new held-out file.")
        {
            output, since,
        };
        labels.SetAction((result, ct) => LabelsAsync(options, result.GetValue(output)!, result.GetValue(since), ct));
        return labels;
    }

    private static async Task<int> LabelsAsync(LindaProgramOptions options, FileInfo output, string? sinceText, CancellationToken ct)
    {
        var error = options.Error;
        DateOnly? since = null;
        if (sinceText is not null)
        {
            if (!DateOnly.TryParseExact(sinceText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                error.WriteLine("error: --since must be a date like 2026-11-28.");
                return 1;
            }
            since = day;
        }
        if (output.Directory is { Exists: false } folder)
        {
            error.WriteLine($"error: the folder {folder.FullName} does not exist.");
            return 1;
        }
        return await LindaCommandLine.RunWithServicesAsync(options, async (services, token) =>
        {
            await services.PrepareLindaDatabaseAsync(migrate: false, token);
            Stream target;
            try
            {
                target = new FileStream(output.FullName, FileMode.Create, FileAccess.Write, FileShare.None);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: cannot write {output.FullName}: {e.Message}");
                return 1;
            }
            LabelledAdsExport export;
            await using (target)
            {
                export = await services.GetRequiredService<ExportLabelledAdsHandler>().ExportAsync(target, since, token);
            }
            options.Output.WriteLine(
                $"Wrote {export.Total} labelled ads ({export.Scams} scam, {export.Genuine} genuine){(since is { } d ? $" labelled since {d:yyyy-MM-dd}" : "")} to {output.FullName}, " +
                "with phone numbers, e-mails, handles and websites replaced by synthetic ones. Read every line before committing it: names of people are not found automatically.");
            return 0;
        }, ct);
    }

    private static async Task<int> ScreenAsync(LindaProgramOptions options, FileInfo input, FileInfo output, FileInfo? registryFile, string? asOf, CancellationToken ct)
    {
        var error = options.Error;
        if (!input.Exists)
        {
            error.WriteLine($"error: no input file {input.FullName}");
            return 1;
        }
        if (string.Equals(input.FullName, output.FullName, StringComparison.Ordinal))
        {
            error.WriteLine("error: --output must not be the input file.");
            return 1;
        }
        if (output.Directory is { Exists: false } folder)
        {
            error.WriteLine($"error: the folder {folder.FullName} does not exist.");
            return 1;
        }
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        if (asOf is not null && !DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out today))
        {
            error.WriteLine("error: --as-of must be a date like 2026-11-28.");
            return 1;
        }
        AgencyMatcher? matcher = null;
        if (registryFile is not null)
        {
            matcher = LoadRegistry(registryFile, today, error);
            if (matcher is null)
            {
                return 1;
            }
        }

        Stream target;
        try
        {
            target = new FileStream(output.FullName, FileMode.Create, FileAccess.Write, FileShare.None);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: cannot write {output.FullName}: {e.Message}");
            return 1;
        }

        var screener = OfferScreener.Default;
        var interactive = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
        var watch = Stopwatch.StartNew();
        var lastProgress = TimeSpan.Zero;
        var counts = new int[Enum.GetValues<RiskLevel>().Length];
        var skipped = 0;
        await using (target)
        await using (var writer = new StreamWriter(target, new UTF8Encoding(false)))
        using (var reader = new StreamReader(input.FullName, Encoding.UTF8, detectEncodingFromByteOrderMarks: true))
        {
            var length = Math.Max(1, reader.BaseStream.Length);
            var number = 0;
            while (await reader.ReadLineAsync(ct) is { } line)
            {
                number++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }
                var (offer, problem) = Parse(line);
                if (offer is null)
                {
                    // The line number and what is wrong, never the offer itself: it may hold a person's details.
                    error.WriteLine($"line {number}: {problem}; skipped");
                    skipped++;
                    continue;
                }
                var result = screener.Screen(offer.Value.Input, matcher);
                counts[(int)result.Risk]++;
                await writer.WriteLineAsync(Answer(offer.Value.Id, result));
                if (interactive && watch.Elapsed - lastProgress >= ProgressEvery)
                {
                    lastProgress = watch.Elapsed;
                    error.Write($"\rScreening… {counts.Sum():N0} offers, {100.0 * reader.BaseStream.Position / length:0}%");
                }
            }
        }
        if (interactive)
        {
            error.Write("\r" + new string(' ', 60) + "\r");
        }
        var screened = counts.Sum();
        options.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Screened {screened} offers in {watch.Elapsed.TotalSeconds:0.0} s: {counts[(int)RiskLevel.High]} high, {counts[(int)RiskLevel.Medium]} medium, {counts[(int)RiskLevel.Low]} low risk; {skipped} lines skipped{(matcher is null ? "; no registry given, so agencies were not checked" : $"; agencies checked against {matcher.Count} registry entries as of {today:yyyy-MM-dd}")}."));
        return 0;
    }

    private static AgencyMatcher? LoadRegistry(FileInfo file, DateOnly today, TextWriter error)
    {
        if (!file.Exists)
        {
            error.WriteLine($"error: no registry file {file.FullName}");
            return null;
        }
        NeaRegistryReader.Result read;
        using (var reader = file.OpenText())
        {
            read = NeaRegistryReader.Read(reader);
        }
        if (read.Rows.Count == 0)
        {
            error.WriteLine($"error: the registry has no usable rows{(read.Rejections.Count > 0 ? $" (line {read.Rejections[0].Line}: {read.Rejections[0].Reason})" : "")}.");
            return null;
        }
        if (read.Rejections.Count > 0)
        {
            error.WriteLine($"warning: {read.Rejections.Count} registry rows rejected (run `linda agencies import` on the file to see why).");
        }
        return new AgencyMatcher(read.Rows.Select(r => new RegistryAgency(
            r.LicenceKey, r.Name, r.LicenceNumber, LicenceValidity.Compute(r.ExpiresOn, [], today), r.ExpiresOn, [], [],
            r.Email is null ? [] : [r.Email], r.Website is null ? [] : [r.Website])));
    }

    private static ((string Id, OfferInput Input)? Offer, string? Problem) Parse(string line)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException)
        {
            return (null, "not valid JSON");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, "not a JSON object");
            }
            if (!root.TryGetProperty("id", out var id) || id.ValueKind is not (JsonValueKind.String or JsonValueKind.Number))
            {
                return (null, "\"id\" must be a string or a number");
            }
            var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var name in new[] { "text", "agency", "licence", "destination" })
            {
                if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
                {
                    fields[name] = null;
                    continue;
                }
                if (value.ValueKind != JsonValueKind.String)
                {
                    return (null, $"\"{name}\" must be a string");
                }
                try
                {
                    fields[name] = value.GetString();
                }
                catch (InvalidOperationException)
                {
                    return (null, $"\"{name}\" is not plain text");
                }
            }
            if (CheckOfferHandler.Validate(fields["text"], fields["agency"], fields["licence"], fields["destination"], language: null) is { } problems)
            {
                var (field, messages) = problems.First();
                return (null, $"\"{field}\": {messages[0]}");
            }
            return ((id.GetRawText(), new OfferInput(fields["text"]!, fields["agency"], fields["licence"], fields["destination"])), null);
        }
    }

    /// <summary>One output line; the id is written back exactly as given (a string stays a string, a number a number).</summary>
    private static string Answer(string rawId, ScreeningResult result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WritePropertyName("id");
            json.WriteRawValue(rawId, skipInputValidation: true);
            json.WriteNumber("score", result.Score);
            json.WriteString("risk", result.Risk.ToString().ToLowerInvariant());
            json.WriteStartArray("flags");
            foreach (var flag in result.Flags)
            {
                json.WriteStringValue(flag.Code);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
