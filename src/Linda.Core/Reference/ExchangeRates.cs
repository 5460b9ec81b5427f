using System.Collections.Frozen;
using System.Text.Json;

namespace Linda.Core.Reference;

/// <summary>
/// The one reviewed table of approximate exchange rates (the embedded Reference/exchange-rates.json, with its date and
/// sources): the job-offer checker converts fees and salaries to US dollars with it, the agency risk score compares a
/// fee with a salary through Kenya shillings, and the community feedback form offers exactly its currencies.
/// </summary>
public static class ExchangeRates
{
    public const string ResourceName = "Linda.Core.Reference.exchange-rates.json";

    private static readonly Lazy<Table> Loaded = new(() =>
    {
        using var stream = typeof(ExchangeRates).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The exchange-rate table {ResourceName} is not embedded.");
        return Parse(stream);
    });

    /// <summary>Every currency in the table's order (the order the feedback form lists them).</summary>
    public static IReadOnlyList<ExchangeRate> All => Loaded.Value.Rates;

    /// <summary>ISO 4217 codes, in the table's order.</summary>
    public static IReadOnlyList<string> Currencies => Loaded.Value.Currencies;

    /// <summary>Units of each currency per US dollar.</summary>
    public static IReadOnlyDictionary<string, decimal> PerUsd => Loaded.Value.PerUsd;

    /// <summary>The month the rates describe, e.g. "2026-11".</summary>
    public static string AsOf => Loaded.Value.AsOf;

    /// <summary>When a person last checked the table against its sources.</summary>
    public static DateOnly ReviewedOn => Loaded.Value.ReviewedOn;

    /// <summary>Where the numbers come from, in words.</summary>
    public static string Source => Loaded.Value.Source;

    /// <summary>Kenya shillings per unit of <paramref name="currency"/> (any case); null for a currency not in the table.</summary>
    public static decimal? KesPerUnit(string currency) =>
        PerUsd.TryGetValue(currency.Trim().ToUpperInvariant(), out var rate) ? PerUsd["KES"] / rate : null;

    private sealed record Table(IReadOnlyList<ExchangeRate> Rates, IReadOnlyList<string> Currencies, FrozenDictionary<string, decimal> PerUsd, string AsOf, DateOnly ReviewedOn, string Source);

    private static Table Parse(Stream stream)
    {
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        var rates = root.GetProperty("rates").EnumerateArray()
            .Select(r => new ExchangeRate(
                r.GetProperty("currency").GetString()!, r.GetProperty("name").GetString()!, r.GetProperty("perUsd").GetDecimal(), r.GetProperty("basis").GetString()!))
            .ToList();
        foreach (var rate in rates)
        {
            if (rate.Currency.Length != 3 || !rate.Currency.All(char.IsAsciiLetterUpper) || rate.PerUsd <= 0)
            {
                throw new InvalidDataException($"Exchange rate '{rate.Currency}': needs an ISO 4217 code and a positive rate.");
            }
        }
        var perUsd = rates.ToFrozenDictionary(r => r.Currency, r => r.PerUsd, StringComparer.Ordinal);
        if (perUsd.GetValueOrDefault("USD") != 1 || !perUsd.ContainsKey("KES"))
        {
            throw new InvalidDataException("The exchange-rate table needs USD at 1 and a rate for KES.");
        }
        return new Table(rates, [.. rates.Select(r => r.Currency)], perUsd, root.GetProperty("asOf").GetString()!,
            DateOnly.Parse(root.GetProperty("reviewedOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture), root.GetProperty("source").GetString()!);
    }
}
