using Linda.Core.Reference;

namespace Linda.Core.Agencies.Risk;

/// <summary>
/// Approximate Kenya shillings per unit of the currencies fees and salaries are reported in, to compare a fee with the
/// salary promised when the two are in different currencies: derived from the one reviewed table,
/// <see cref="ExchangeRates"/> (KES per dollar divided by the currency per dollar). A rate ten per cent off changes a
/// fee's share of a month's salary by ten per cent, which the fee factor tolerates. A currency not in the table makes
/// the fee "not comparable" (it then counts at the base weight).
/// </summary>
public static class ApproximateKesRates
{
    /// <summary>Kenya shillings per unit, in the table's order.</summary>
    public static readonly IReadOnlyDictionary<string, decimal> PerUnit =
        ExchangeRates.Currencies.ToDictionary(c => c, c => ExchangeRates.KesPerUnit(c)!.Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// How many months of the promised salary the fee amounts to; null when either is missing or not positive,
    /// or when the currencies differ and one of them is not in the table.
    /// </summary>
    public static double? MonthsOfSalary(decimal? fee, string? feeCurrency, decimal? salary, string? salaryCurrency)
    {
        if (fee is not > 0 || salary is not > 0 || string.IsNullOrWhiteSpace(feeCurrency) || string.IsNullOrWhiteSpace(salaryCurrency))
        {
            return null;
        }
        if (string.Equals(feeCurrency.Trim(), salaryCurrency.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return (double)(fee.Value / salary.Value);
        }
        if (!PerUnit.TryGetValue(feeCurrency.Trim(), out var feeRate) || !PerUnit.TryGetValue(salaryCurrency.Trim(), out var salaryRate))
        {
            return null;
        }
        return (double)(fee.Value * feeRate / (salary.Value * salaryRate));
    }
}
