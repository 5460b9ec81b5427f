namespace Linda.Core.Screening;

/// <summary>An amount of money in an offer.</summary>
/// <param name="Amount">The amount as written ("45k" is 45000).</param>
/// <param name="Currency">ISO 4217 code: KES, USD, SAR, AED, QAR, OMR, KWD or BHD.</param>
/// <param name="Purpose">What the words around it say it is for.</param>
/// <param name="PerMonth">How many of the amount's period make a month (1 for a monthly salary, 26 for a daily wage).</param>
/// <param name="Span">Where it was written.</param>
public sealed record MoneyEntity(decimal Amount, string Currency, MoneyPurpose Purpose, double PerMonth, TextSpan Span);
