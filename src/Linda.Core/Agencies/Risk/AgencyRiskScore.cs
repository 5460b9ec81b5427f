namespace Linda.Core.Agencies.Risk;

/// <summary>
/// An agency's explainable risk: the score (0–100), its band, the unclamped sum of the contributions, and every
/// factor of <see cref="RiskModel.Factors"/> in table order with its contribution and explanation.
/// </summary>
/// <param name="Score">The points added up, rounded, kept between 0 and 100.</param>
/// <param name="Band">Low, medium or high (<see cref="RiskModel.BandOf"/>).</param>
/// <param name="Points">The contributions added up before they are kept between 0 and 100: orders agencies that share a score of 100.</param>
/// <param name="Factors">Every factor, in the order of the model's table.</param>
public sealed record AgencyRiskScore(int Score, RiskBand Band, decimal Points, IReadOnlyList<RiskFactorResult> Factors)
{
    public decimal Contribution(string code) => Factors.FirstOrDefault(f => f.Code == code)?.Contribution ?? 0;

    /// <summary>Factors that add points, largest first (ties in table order).</summary>
    public IEnumerable<RiskFactorResult> TopReasons(int count) =>
        Factors.Where(f => f.Contribution > 0).OrderByDescending(f => f.Contribution).Take(count);
}
