namespace Linda.Core.Reference;

/// <summary>One row of the exchange-rate table (<see cref="ExchangeRates"/>).</summary>
/// <param name="Currency">ISO 4217 code.</param>
/// <param name="Name">English name.</param>
/// <param name="PerUsd">Units of the currency per US dollar.</param>
/// <param name="Basis">Where the number comes from: a peg, or a rounded floating rate.</param>
public sealed record ExchangeRate(string Currency, string Name, decimal PerUsd, string Basis);
