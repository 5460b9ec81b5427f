using Linda.Core.Agencies.Feedback;

namespace Linda.Core.Tests.Agencies.Feedback;

public sealed class FeedbackTextTests
{
    [Theory]
    [InlineData("They KEPT my passport!!", "They kept my passport")]
    [InlineData("they   kept\nmy passport", "They kept my passport.")]
    [InlineData("Théy képt my pässport", "They kept my passport")]
    [InlineData("they-kept-my-passport 😀", "They kept my passport")]
    [InlineData("ＴＨＥＹ kept my passport", "they kept my passport")]
    public void Normalise_IgnoresCaseSpacingPunctuationAndDiacritics(string a, string b) =>
        FeedbackText.Normalise(a).ShouldBe(FeedbackText.Normalise(b));

    [Fact]
    public void Normalise_KeepsDifferentWordsDifferent() =>
        FeedbackText.Normalise("they kept my passport").ShouldNotBe(FeedbackText.Normalise("they kept my contract"));

    [Fact]
    public void Normalise_KeepsLettersOfOtherScripts() =>
        FeedbackText.Normalise("جواز السفر").ShouldBe("جوازالسفر");

    [Fact]
    public void IndexValue_IsNullForShortOrEmptyText()
    {
        FeedbackText.IndexValue(null).ShouldBeNull();
        FeedbackText.IndexValue("Bad agency!").ShouldBeNull();
        FeedbackText.IndexValue("!!! ... ???").ShouldBeNull();
        FeedbackText.IndexValue("They kept my passport").ShouldBe("theykeptmypassport");
    }
}
