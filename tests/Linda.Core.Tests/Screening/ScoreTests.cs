using Linda.Core.Screening;

namespace Linda.Core.Tests.Screening;

/// <summary>The score is monotonic in the evidence (adding a flag never lowers it) and stable (same offer, same answer).</summary>
public sealed class ScoreTests
{
    private const int Seed = 2026;

    [Fact]
    public void Score_NoFlags_IsZero_AndOneFlag_IsItsWeight()
    {
        OfferScreener.Score([]).ShouldBe(0);
        OfferScreener.Score([0.45]).ShouldBe(45);
        OfferScreener.Score([0.45, 0.4]).ShouldBe(67);
    }

    [Fact]
    public void Score_AddingAWeight_NeverLowersIt_AndOrderDoesNotMatter()
    {
        var random = new Random(Seed);
        var ruleWeights = ScreeningRules.Default.Rules.Select(r => r.Weight).Concat(ScreeningRules.Default.FeeAmountTiers.Select(t => t.Weight)).ToArray();
        for (var i = 0; i < 5_000; i++)
        {
            var weights = Enumerable.Range(0, random.Next(0, 15))
                .Select(_ => random.Next(3) == 0 ? random.NextDouble() : ruleWeights[random.Next(ruleWeights.Length)])
                .ToList();
            var added = random.Next(2) == 0 ? random.NextDouble() : ruleWeights[random.Next(ruleWeights.Length)];

            var before = OfferScreener.Score(weights);
            var after = OfferScreener.Score([.. weights, added]);

            after.ShouldBeGreaterThanOrEqualTo(before, $"weights {string.Join(", ", weights)} + {added}");
            after.ShouldBeInRange(0, 100);
            OfferScreener.Score(weights.OrderBy(_ => random.Next())).ShouldBe(before);
        }
    }

    [Fact]
    public void Screen_AddingAnotherRedFlagsWords_NeverLowersTheScoreOrDropsAFlag()
    {
        var random = new Random(Seed);
        var bases = EvaluationSet.Load(EvaluationSet.Development).Select(o => o.Text).Prepend("").ToList();
        var phrases = ScreeningRules.Default.Rules.SelectMany(r => r.ExamplesEn.Concat(r.ExamplesSw)).ToList();
        for (var i = 0; i < 400; i++)
        {
            var text = bases[random.Next(bases.Count)];
            foreach (var _ in Enumerable.Range(0, random.Next(0, 3)))
            {
                text += "\n" + phrases[random.Next(phrases.Count)];
            }
            var longer = text + "\n" + phrases[random.Next(phrases.Count)];

            var before = OfferScreener.Default.Screen(new OfferInput(text));
            var after = OfferScreener.Default.Screen(new OfferInput(longer));

            after.Score.ShouldBeGreaterThanOrEqualTo(before.Score, longer);
            before.Flags.Select(f => f.Code).Except(after.Flags.Select(f => f.Code)).ShouldBeEmpty(longer);
            ((int)after.Risk).ShouldBeGreaterThanOrEqualTo((int)before.Risk);
        }
    }

    [Fact]
    public void Screen_TheSameOffer_GivesTheSameAnswer_AlsoInParallel()
    {
        var offers = EvaluationSet.Load(EvaluationSet.Development).Select(o => new OfferInput(o.Text)).ToList();
        var first = offers.Select(o => Fingerprint(OfferScreener.Default.Screen(o))).ToList();

        var again = offers.Select(o => Fingerprint(OfferScreener.Default.Screen(o))).ToList();
        var parallel = new string[offers.Count];
        Parallel.For(0, offers.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = Fingerprint(OfferScreener.Default.Screen(offers[i])));

        again.ShouldBe(first);
        parallel.ShouldBe(first);
    }

    private static string Fingerprint(ScreeningResult result) =>
        $"{result.Score}|{result.Risk}|" + string.Join(';', result.Flags.Select(f => $"{f.Code}:{f.Weight}:{string.Join(',', f.Evidence.Select(e => $"{e.Field}{e.Start}+{e.Length}"))}"))
        + "|" + string.Join(';', result.Entities.Identifiers());
}
