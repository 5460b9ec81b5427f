using System.Text.RegularExpressions;
using Linda.Core.Screening;

namespace Linda.Core.Tests.Screening;

/// <summary>The reviewed rule file: complete in both languages, every rule proven on its own examples, bad files refused.</summary>
public sealed class RuleFileTests
{
    private static ScreeningRules Rules => ScreeningRules.Default;

    public static TheoryData<string> RuleCodes() => [.. ScreeningRules.Default.Rules.Select(r => r.Code)];

    public static TheoryData<string> RulesWithExamples() =>
        [.. ScreeningRules.Default.Rules.Where(r => r.Detector != RuleDetector.Registry).Select(r => r.Code)];

    [Fact]
    public void RuleFile_HasEveryRedFlagOfIssue4_UnderStableCodes()
    {
        // API clients and officers depend on these codes: renaming one is a breaking change.
        Rules.Rules.Select(r => r.Code).ShouldBe(
        [
            "fee-requested", "fee-to-personal-account", "fee-before-contract", "visit-visa", "no-contract", "no-requirements",
            "guaranteed-outcome", "salary-above-going-rate", "vague-employer", "passport-surrender", "details-before-offer",
            "messaging-only", "urgency", "scam-compound", "debt-travel", "work-for-relatives", "no-day-off", "phone-kept",
            "agency-not-licensed", "agency-licence-expired", "agency-suspended", "agency-lookalike", "contact-of-other-agency",
        ]);
    }

    [Theory]
    [MemberData(nameof(RuleCodes))]
    public void EveryRule_HasTitleAndExplanationInEnglishAndKiswahili(string code)
    {
        var rule = Rules.Find(code)!;

        foreach (var text in new[] { rule.Title, rule.Explanation }.Concat(rule.Detail is null ? [] : [rule.Detail]))
        {
            text.En.ShouldNotBeNullOrWhiteSpace();
            text.Sw.ShouldNotBeNullOrWhiteSpace();
            text.Sw.ShouldNotBe(text.En, "the Kiswahili text must be a translation, not a copy");
        }
        rule.Explanation.En.Count(c => c == '.').ShouldBeLessThanOrEqualTo(1, "one sentence for a job seeker");
        rule.Title.In("sw").ShouldBe(rule.Title.Sw);
        rule.Title.In("en").ShouldBe(rule.Title.En);
        rule.Weight.ShouldBeInRange(0.01, 0.99);
    }

    [Theory]
    [MemberData(nameof(RulesWithExamples))]
    public void EveryRule_FiresOnItsExamplesInBothLanguages_AndNotOnItsCounterExamples(string code)
    {
        var rule = Rules.Find(code)!;
        rule.ExamplesEn.ShouldNotBeEmpty();
        rule.ExamplesSw.ShouldNotBeEmpty();
        rule.CounterExamplesEn.ShouldNotBeEmpty();
        rule.CounterExamplesSw.ShouldNotBeEmpty();

        foreach (var example in rule.ExamplesEn.Concat(rule.ExamplesSw))
        {
            var flag = OfferScreener.Default.Screen(new OfferInput(example)).Flags.SingleOrDefault(f => f.Code == code);
            flag.ShouldNotBeNull($"'{code}' should fire on: {example}");
            flag.Evidence.ShouldNotBeEmpty();
            flag.Evidence.ShouldAllBe(e => example.Substring(e.Start, e.Length) == e.Text);
        }
        foreach (var counter in rule.CounterExamplesEn.Concat(rule.CounterExamplesSw))
        {
            OfferScreener.Default.Screen(new OfferInput(counter)).Flags.Select(f => f.Code).ShouldNotContain(code, $"'{code}' should not fire on: {counter}");
        }
    }

    [Fact]
    public void PhraseRules_HavePatternsInBothLanguages()
    {
        foreach (var rule in Rules.Rules.Where(r => r.Detector == RuleDetector.Phrases))
        {
            rule.PatternsEn.ShouldNotBeEmpty(rule.Code);
            rule.PatternsSw.ShouldNotBeEmpty(rule.Code);
            rule.Matcher.ShouldNotBeNull(rule.Code);
            rule.Matcher!.Options.HasFlag(RegexOptions.NonBacktracking).ShouldBeTrue(rule.Code);
            // Linear by construction; a wall-clock timeout would make answers depend on the machine's load.
            rule.Matcher.MatchTimeout.ShouldBe(Regex.InfiniteMatchTimeout, rule.Code);
        }
    }

    [Theory]
    [InlineData(RiskLevel.Low)]
    [InlineData(RiskLevel.Medium)]
    [InlineData(RiskLevel.High)]
    public void NextSteps_InBothLanguages_GiveTheHotline(RiskLevel risk)
    {
        string.Join(' ', Rules.NextSteps(risk, "en")).ShouldContain("0800 222 223");
        string.Join(' ', Rules.NextSteps(risk, "sw")).ShouldContain("0800 222 223");
        Rules.NextSteps(risk, "sw").ShouldNotBe(Rules.NextSteps(risk, "en"));
    }

    [Fact]
    public void Places_AreIsoAlpha3Countries_AndTheScamCompoundCountriesAreCovered()
    {
        Rules.ScamCompoundCountries.ShouldBe(["THA", "MMR", "LAO", "KHM"], ignoreOrder: true);
        foreach (var country in Rules.ScamCompoundCountries.Concat(Linda.Core.Reference.Countries.OfConcern))
        {
            Rules.Places.ShouldContainKey(country);
        }
    }

    [Fact]
    public void GoingRates_AreHighestWhereTheDestinationIsUnknown()
    {
        Rules.GoingRate("domestic", "SAU").ShouldBe(450);
        Rules.GoingRate("domestic", "LBN").ShouldBe(400);
        Rules.GoingRate("domestic", null).ShouldBe(Rules.GoingRates["domestic"].Values.Max());
        Rules.GoingRate("domestic", "BRA").ShouldBe(Rules.GoingRates["domestic"].Values.Max());
        Rules.GoingRate("astronaut", "SAU").ShouldBeNull();
    }

    [Theory]
    [InlineData("visit visa", @"\b(?:visit\s+visa)\b")]
    [InlineData("house ?maids?", @"\b(?:house\s*maids?)\b")]
    [InlineData("(a|an) (big )?company", @"\b(?:(a|an)\s+(big\s+)?company)\b")]
    [InlineData("/month", @"(?:/month)\b")]
    public void ToRegex_SpacesMatchWhiteSpace_AndWordsAreWhole(string pattern, string expected)
    {
        ScreeningRules.ToRegex(pattern).ShouldBe(expected);
    }

    [Theory]
    [InlineData("\"code\": \"visit-visa\"", "\"code\": \"fee-requested\"", "more than once")]
    [InlineData("\"sw\": \"Safari kwa visa ya kutembelea au ya utalii\"", "\"sw\": \"\"", "English and Kiswahili")]
    [InlineData("\"weight\": 0.45", "\"weight\": 1.5", "between 0 and 1")]
    [InlineData("\"(visit|visiting|visitor|tourist|tourism|holiday|business) visas?\"", "\"(visit visas?\"", "rule 'visit-visa'")]
    [InlineData("\"medium\": 25, \"high\": 60", "\"medium\": 70, \"high\": 60", "Thresholds")]
    [InlineData("\"SAU\": [\"saudi arabia\"", "\"XXX\": [\"saudi arabia\"", "alpha-3")]
    [InlineData("\"goingRates\": {", "\"exchangeRates\": { \"USD\": 1, \"KES\": 140 }, \"goingRates\": {", "Reference/exchange-rates.json")]
    public void Parse_ABrokenRuleFile_SaysWhatIsWrong(string original, string broken, string expected)
    {
        var json = ReadShippedFile();
        json.ShouldContain(original);

        var error = Should.Throw<InvalidDataException>(() => ScreeningRules.Parse(ReplaceFirst(json, original, broken)));

        error.Message.ShouldContain(expected);
    }

    [Fact]
    public void Parse_TheShippedFile_GivesTheEmbeddedRules()
    {
        var parsed = ScreeningRules.Parse(ReadShippedFile());

        parsed.Rules.Select(r => r.Code).ShouldBe(Rules.Rules.Select(r => r.Code));
        parsed.Version.ShouldBe(Rules.Version);
    }

    private static string ReadShippedFile()
    {
        using var stream = typeof(ScreeningRules).Assembly.GetManifestResourceStream(ScreeningRules.ResourceName)!;
        return new StreamReader(stream).ReadToEnd();
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        return text[..at] + replacement + text[(at + old.Length)..];
    }
}
