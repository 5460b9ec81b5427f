namespace Linda.Core.Agencies.Risk;

/// <summary>
/// Approximate Kenya shillings per unit of the currencies fees and salaries are reported in, to compare a fee
/// with the salary promised when the two are in different currencies. Rounded mid-2026 orders of magnitude, not
/// exchange rates: the Gulf currencies are pegged to the US dollar (SAR 3.75, AED 3.6725, QAR 3.64, OMR 0.3845,
/// BHD 0.376, KWD about 0.307, JOD 0.709 per USD) and the dollar is taken at KES 129. A fee ten per cent off
/// changes its share of a month's salary by ten per cent, which the fee factor tolerates. A currency not listed
/// here makes the fee "not comparable" (it then counts at the base weight).
/// </summary>
public static class ApproximateKesRates
{
    public static readonly IReadOnlyDictionary<string, decimal> PerUnit = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase)
    {
        ["KES"] = 1m,
        ["USD"] = 129m,
        ["EUR"] = 145m,
        ["GBP"] = 170m,
        ["SAR"] = 34.4m,
        ["AED"] = 35.1m,
        ["QAR"] = 35.4m,
        ["OMR"] = 335m,
        ["BHD"] = 343m,
        ["KWD"] = 420m,
        ["JOD"] = 182m,
        ["LBP"] = 0.00144m,
        ["UGX"] = 0.035m,
        ["TZS"] = 0.052m,
    };

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
