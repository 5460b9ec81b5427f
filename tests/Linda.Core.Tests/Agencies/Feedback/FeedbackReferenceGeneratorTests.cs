using System.Text.RegularExpressions;
using Linda.Core.Agencies.Feedback;

namespace Linda.Core.Tests.Agencies.Feedback;

public sealed class FeedbackReferenceGeneratorTests
{
    [Fact]
    public void Next_HasTheFormatAndOnlyUnambiguousCharacters()
    {
        var generator = new FeedbackReferenceGenerator();

        var references = Enumerable.Range(0, 2000).Select(_ => generator.Next()).ToList();

        references.ShouldAllBe(r => Regex.IsMatch(r, "^FB-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$"));
        references.Distinct().Count().ShouldBe(references.Count);
        string.Concat(references).Intersect("01ILOU").ShouldBeEmpty();
        // Every character of the alphabet turns up: the draw is not stuck on a few.
        string.Concat(references.Select(r => r[3..])).Distinct().Count().ShouldBe(FeedbackReferenceGenerator.Alphabet.Length + 1);
    }

    [Fact]
    public void Next_UsesTheInjectedSource()
    {
        var generator = new FeedbackReferenceGenerator(_ => 0);

        generator.Next().ShouldBe("FB-2222-2222");
    }

    [Theory]
    [InlineData("FB-7K3M-Q9P2", "FB-7K3M-Q9P2")]
    [InlineData("fb 7k3m q9p2", "FB-7K3M-Q9P2")]
    [InlineData("7K3MQ9P2", "FB-7K3M-Q9P2")]
    [InlineData(" FB7K3M-Q9P2 ", "FB-7K3M-Q9P2")]
    public void Normalise_ReadsReferencesAsTyped(string input, string expected) =>
        FeedbackReferenceGenerator.Normalise(input).ShouldBe(expected);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("FB-7K3M-Q9P")]
    [InlineData("FB-0K3M-Q9P2")]
    [InlineData("RP-7K3M-Q9P2")]
    public void Normalise_RefusesWhatCannotBeAReference(string? input) =>
        FeedbackReferenceGenerator.Normalise(input).ShouldBeNull();
}
