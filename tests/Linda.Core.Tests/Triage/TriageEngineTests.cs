using Linda.Core.Triage;
using Shouldly;

namespace Linda.Core.Tests.Triage;

public class TriageEngineTests
{
    [Theory]
    // English
    [InlineData("My boss is beating me right now, please help", Urgency.P1, "violence_now")]
    [InlineData("I want to kill myself, I cannot take it any more", Urgency.P1, "suicidal")]
    [InlineData("She is bleeding and nobody takes her to hospital", Urgency.P1, "medical_emergency")]
    [InlineData("They locked me in the house and threatened me", Urgency.P1, "locked_in_threatened")]
    [InlineData("Madam said she will kill me if I tell anyone", Urgency.P1, "threat_to_life")]
    [InlineData("My sister is 16 years old and they locked her in", Urgency.P1, "minor_in_danger")]
    [InlineData("They took my passport and say I will be deported on Monday", Urgency.P2, "documents_taken_deportation")]
    [InlineData("I have no food for three days", Urgency.P2, "no_food_or_care")]
    [InlineData("I am stuck at the airport in Doha with nowhere to sleep", Urgency.P2, "stranded")]
    [InlineData("My daughter is in a deportation centre in Jeddah", Urgency.P2, "detained")]
    [InlineData("My daughter stopped answering her phone two weeks ago", Urgency.P2, "missing")]
    [InlineData("I have not been paid for four months", Urgency.P3, "unpaid")]
    [InlineData("I work day and night with no day off", Urgency.P3, "excessive_hours")]
    [InlineData("When I arrived they gave me a different contract", Urgency.P3, "contract_substitution")]
    [InlineData("How do I know if an agency is licensed?", Urgency.P4, "information_or_referral")]
    // Kiswahili
    [InlineData("Tajiri ananipiga kila siku, nisaidieni", Urgency.P1, "violence_now")]
    [InlineData("Nataka kujiua, siwezi tena", Urgency.P1, "suicidal")]
    [InlineData("Amenifungia ndani na ananitishia", Urgency.P1, "locked_in_threatened")]
    [InlineData("Dada yangu ana miaka 15 na amepigwa", Urgency.P1, "minor_in_danger")]
    [InlineData("Wamechukua pasipoti yangu na nitafukuzwa wiki hii", Urgency.P2, "documents_taken_deportation")]
    [InlineData("Sina chakula, njaa imezidi", Urgency.P2, "no_food_or_care")]
    [InlineData("Nimekwama uwanja wa ndege Riyadh", Urgency.P2, "stranded")]
    [InlineData("Mume wangu yuko gerezani Dubai", Urgency.P2, "detained")]
    [InlineData("Binti yangu hapatikani tangu mwezi uliopita", Urgency.P2, "missing")]
    [InlineData("Sijalipwa mshahara miezi mitatu", Urgency.P3, "unpaid")]
    [InlineData("Nafanya kazi mchana na usiku bila kupumzika", Urgency.P3, "excessive_hours")]
    [InlineData("Nilipofika walinipa mkataba tofauti", Urgency.P3, "contract_substitution")]
    [InlineData("Naomba habari kuhusu kazi Qatar", Urgency.P4, "information_or_referral")]
    // Mixed, as people write
    [InlineData("Madam ananipiga and took my phone", Urgency.P1, "violence_now")]
    public void Suggests_urgency_from_text_in_both_languages(string text, Urgency expected, string reason)
    {
        var suggestion = TriageEngine.Suggest([], text);

        suggestion.Urgency.ShouldBe(expected);
        suggestion.Reasons[0].Code.ShouldBe(reason);
        suggestion.Reasons[0].Urgency.ShouldBe(expected);
    }

    [Theory]
    [InlineData(new[] { "locked_in", "threatened" }, Urgency.P1, "locked_in_threatened")]
    [InlineData(new[] { "locked_in", "sexual_abuse" }, Urgency.P1, "locked_in_abused")]
    [InlineData(new[] { "minor_involved", "missing" }, Urgency.P1, "minor_in_danger")]
    [InlineData(new[] { "physical_abuse" }, Urgency.P2, "physical_abuse")]
    [InlineData(new[] { "locked_in" }, Urgency.P2, "locked_in")]
    [InlineData(new[] { "detained" }, Urgency.P2, "detained")]
    [InlineData(new[] { "minor_involved" }, Urgency.P2, "minor_involved")]
    [InlineData(new[] { "documents_taken" }, Urgency.P3, "documents_taken")]
    [InlineData(new[] { "unpaid", "wants_to_return" }, Urgency.P3, "unpaid")]
    [InlineData(new[] { "other" }, Urgency.P4, "information_or_referral")]
    public void Suggests_urgency_from_ticked_categories(string[] categories, Urgency expected, string reason)
    {
        var suggestion = TriageEngine.Suggest(categories, null);

        suggestion.Urgency.ShouldBe(expected);
        suggestion.Reasons[0].Code.ShouldBe(reason);
    }

    [Fact]
    public void Categories_and_text_combine_into_a_more_urgent_reason()
    {
        // Neither alone is P1: locked in is P2, a threat is P2; together they are immediate danger.
        TriageEngine.Suggest(["locked_in"], null).Urgency.ShouldBe(Urgency.P2);
        TriageEngine.Suggest([], "they threaten me every day").Urgency.ShouldBe(Urgency.P2);

        var both = TriageEngine.Suggest(["locked_in"], "they threaten me every day");

        both.Urgency.ShouldBe(Urgency.P1);
        var reason = both.Reasons[0];
        reason.Code.ShouldBe("locked_in_threatened");
        reason.Evidence.ShouldContain(e => e.Fact == "locked_in" && e.Category == "locked_in");
        reason.Evidence.ShouldContain(e => e.Fact == "threatened" && e.Phrase == "threaten");
    }

    [Fact]
    public void Every_reason_that_fired_is_listed_most_urgent_first_with_evidence()
    {
        var suggestion = TriageEngine.Suggest(["unpaid"], "They took my passport. Sina chakula.");

        suggestion.Reasons.Select(r => r.Code).ShouldBe(["no_food_or_care", "documents_taken", "unpaid"]);
        suggestion.Reasons.Select(r => r.Urgency).ShouldBeInOrder();
        suggestion.Reasons[0].Evidence.Single().Phrase.ShouldBe("sina chakula");
        suggestion.Reasons[1].Evidence.Single().Phrase.ShouldBe("took my passport");
    }

    [Theory]
    [InlineData("They beat me yesterday")]
    [InlineData("alinipiga jana")]
    public void Past_violence_is_abuse_not_violence_happening_now(string text)
    {
        var suggestion = TriageEngine.Suggest([], text);

        suggestion.Urgency.ShouldBe(Urgency.P2);
        suggestion.Reasons[0].Code.ShouldBe("physical_abuse");
    }

    [Theory]
    [InlineData("I am a childminder in Riyadh")]          // "child" is not a minor
    [InlineData("Nimekaa miaka 2 Saudia")]               // "miaka 2" is how long, not an age
    [InlineData("The unpaidbills site is down")]          // whole words only
    [InlineData("Threadbare uniforms")]
    public void Words_inside_other_words_do_not_count(string text) =>
        TriageEngine.Suggest([], text).Urgency.ShouldBe(Urgency.P4);

    [Fact]
    public void Unknown_categories_and_empty_input_suggest_information()
    {
        TriageEngine.Suggest(["not_a_category"], "   ").Urgency.ShouldBe(Urgency.P4);
        TriageEngine.Suggest(null, null).Reasons.Single().Code.ShouldBe("information_or_referral");
    }

    [Fact]
    public void Adding_a_category_never_makes_a_report_less_urgent()
    {
        var random = new Random(20261128);
        for (var i = 0; i < 2000; i++)
        {
            var categories = SignalCategories.All.Where(_ => random.Next(4) == 0).ToList();
            var before = TriageEngine.Suggest(categories, null).Urgency;
            var extra = SignalCategories.All[random.Next(SignalCategories.All.Count)];

            ((int)TriageEngine.Suggest([.. categories, extra], null).Urgency).ShouldBeLessThanOrEqualTo((int)before);
        }
    }

    [Fact]
    public void Every_rule_explains_itself_in_both_languages_and_uses_known_facts()
    {
        foreach (var rule in TriageRules.All.Append(TriageRules.NoDangerFound))
        {
            rule.Text("en").ShouldNotBeNullOrWhiteSpace();
            rule.Text("sw").ShouldNotBeNullOrWhiteSpace();
            rule.Text("sw").ShouldNotBe(rule.Text("en"));
            rule.AllOf.Concat(rule.AnyOf).ShouldAllBe(f => TriageLexicon.Phrases.ContainsKey(f));
        }
        TriageRules.All.Select(r => r.Code).ShouldBeUnique();
        TriageLexicon.FactOfCategory.Keys.ShouldBe(SignalCategories.All.Where(c => c != SignalCategories.Other), ignoreOrder: true);
    }

    [Fact]
    public void Very_long_text_is_read_without_failing()
    {
        var text = string.Concat(Enumerable.Repeat("maneno mengi bila maana ", 5000)) + "ananipiga";

        Should.NotThrow(() => TriageEngine.Suggest([], text));
    }
}
