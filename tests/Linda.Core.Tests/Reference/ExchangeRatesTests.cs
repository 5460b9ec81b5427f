using Linda.Core.Agencies.Feedback;
using Linda.Core.Agencies.Risk;
using Linda.Core.Reference;
using Linda.Core.Screening;

namespace Linda.Core.Tests.Reference;

/// <summary>
/// One exchange-rate table for all of Linda: the checker, the risk score and the feedback form read it, and none keeps
/// a copy that could drift from it.
/// </summary>
public sealed class ExchangeRatesTests
{
    [Fact]
    public void Table_SaysWhenItWasReviewedAndWhereItsNumbersComeFrom()
    {
        ExchangeRates.AsOf.ShouldMatch(@"^\d{4}-\d{2}$");
        ExchangeRates.ReviewedOn.ShouldBeGreaterThan(new DateOnly(2026, 1, 1));
        ExchangeRates.Source.ShouldContain("central bank", Case.Insensitive);
        ExchangeRates.PerUsd["USD"].ShouldBe(1m);
        ExchangeRates.All.ShouldAllBe(r => r.PerUsd > 0 && r.Name.Length > 0 && r.Basis.Length > 0);
        ExchangeRates.Currencies.ShouldBeUnique();
        ExchangeRates.Currencies[0].ShouldBe("KES");
    }

    [Theory]
    [InlineData("SAR", 3.75)]
    [InlineData("AED", 3.6725)]
    [InlineData("QAR", 3.64)]
    [InlineData("OMR", 0.3845)]
    [InlineData("BHD", 0.376)]
    [InlineData("JOD", 0.709)]
    public void Pegs_AreThoseTheCentralBanksPublish(string currency, double perUsd) =>
        ExchangeRates.PerUsd[currency].ShouldBe((decimal)perUsd);

    [Fact]
    public void Checker_ConvertsWithTheTable_AndHasNoRatesOfItsOwn()
    {
        var rules = ScreeningRules.Default;

        rules.ExchangeRates.OrderBy(r => r.Key).ShouldBe(ExchangeRates.PerUsd.OrderBy(r => r.Key));
        rules.ToUsd(375, "SAR")!.Value.ShouldBe(100, 1e-9);
        using var stream = typeof(ScreeningRules).Assembly.GetManifestResourceStream(ScreeningRules.ResourceName)!;
        new StreamReader(stream).ReadToEnd().ShouldNotContain("exchangeRates");
    }

    [Theory]
    [InlineData("Salary KES 30,000")]
    [InlineData("Salary USD 500")]
    [InlineData("Salary SAR 1,500")]
    [InlineData("Salary AED 1,500")]
    [InlineData("Salary QAR 1,500")]
    [InlineData("Salary OMR 150")]
    [InlineData("Salary KWD 120")]
    [InlineData("Salary BHD 150")]
    public void EveryCurrencyTheCheckerReads_HasARate(string text)
    {
        var money = OfferScreener.Default.Extractor.Extract(new OfferInput(text)).Money.ShouldHaveSingleItem();

        ExchangeRates.PerUsd.ShouldContainKey(money.Currency);
    }

    [Fact]
    public void RiskScore_ConvertsWithTheSameTable()
    {
        ApproximateKesRates.PerUnit.Keys.ShouldBe(ExchangeRates.Currencies);
        foreach (var currency in ExchangeRates.Currencies)
        {
            ApproximateKesRates.PerUnit[currency].ShouldBe(ExchangeRates.PerUsd["KES"] / ExchangeRates.PerUsd[currency]);
        }
        // A fee and a salary compare the same way in the risk score as in the checker, for every pair of currencies.
        foreach (var fee in ExchangeRates.Currencies)
        {
            foreach (var salary in ExchangeRates.Currencies)
            {
                var months = ApproximateKesRates.MonthsOfSalary(1000, fee, 1000, salary)!.Value;
                var viaDollars = ScreeningRules.Default.ToUsd(1000, fee)!.Value / ScreeningRules.Default.ToUsd(1000, salary)!.Value;
                months.ShouldBe(viaDollars, viaDollars * 1e-9, $"{fee} against {salary}");
            }
        }
    }

    [Fact]
    public void FeedbackForm_OffersExactlyTheTablesCurrencies() =>
        FeedbackCodes.Currencies.ShouldBe(ExchangeRates.Currencies);

    [Fact]
    public void KesPerUnit_IgnoresCase_AndKnowsNothingOutsideTheTable()
    {
        ExchangeRates.KesPerUnit(" sar ").ShouldBe(34.4m);
        ExchangeRates.KesPerUnit("XYZ").ShouldBeNull();
    }
}
