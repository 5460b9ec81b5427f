using Linda.Core.Screening;

namespace Linda.Core.Tests.Screening;

/// <summary>The language guess that sorts officers' labelled ads, checked against the hand labels of the evaluation set.</summary>
public sealed class LanguageGuessTests
{
    [Theory]
    [InlineData(EvaluationSet.Development)]
    [InlineData(EvaluationSet.HeldOut)]
    public void Guess_AgreesWithTheHandLabels_OnNineteenOfTwenty(string file)
    {
        var offers = EvaluationSet.Load(file);

        var agreed = offers.Count(o => ScreeningLanguage.Guess(o.Text) == o.Language);

        ((double)agreed / offers.Count).ShouldBeGreaterThanOrEqualTo(0.95);
    }

    [Theory]
    [InlineData("Nafasi za kazi Qatar kwa madereva. Hakuna uzoefu. Lipa Ksh 15,000 kwanza ili uhifadhiwe nafasi.", "sw")]
    [InlineData("Drivers needed in Qatar. No experience required. Pay the processing fee first to book your slot.", "en")]
    [InlineData("Kazi Dubai! Security guards salary AED 4,500. Ada ya usajili Ksh 25,000 tuma kwa M-Pesa, apply now for the job.", "mix")]
    [InlineData("Dubai AED 4,500 🇦🇪 0700 000 110", "en")]
    [InlineData("", "en")]
    public void Guess_NamesTheLanguageOfTheWordsUsed(string text, string expected) =>
        ScreeningLanguage.Guess(text).ShouldBe(expected);

    [Fact]
    public void Guess_OneWordOfTheOtherLanguage_IsNoMix() =>
        ScreeningLanguage.Guess("Wafanyakazi wa nyumbani wanahitajika Saudia, mshahara mzuri, tuma salary yako").ShouldBe("sw");
}
