using Linda.Core.Matching;

namespace Linda.Core.Tests.Matching;

/// <summary>
/// The examples the verdict thresholds were set on (see <see cref="AgencyMatcher"/>): where a typing slip stops
/// being the same name, and where sharing words becomes a close resemblance.
/// </summary>
public sealed class MatchingThresholdTests
{
    [Theory]
    [InlineData(3, 0)]
    [InlineData(4, 1)]
    [InlineData(7, 1)]
    [InlineData(8, 2)]
    [InlineData(30, 2)]
    public void AllowedTypingSlips_GrowWithTheLengthOfTheCore(int length, int slips)
    {
        AgencyMatcher.AllowedTypingSlips(length).ShouldBe(slips);
    }

    [Theory]
    // Real registered pairs two slips apart: at six or seven letters two slips make another real name.
    [InlineData("SAFINA RESOURCE LIMITED", "Saifan Recruitment Agency Limited")]
    [InlineData("MIKANA ENTERPRISES LIMITED", "MINKARA LTD")]
    [InlineData("Salsabil Recruiting Agency", "SANABIL VENTURES LTD")]
    [InlineData("SHANAWA INTERNATIONAL AGENCY", "SHAWAYA AGENCY LTD")]
    public void Verify_TwoSlipsInAShortCore_IsNotTakenForTheOtherAgency(string registered, string other)
    {
        NeaRegistry.Verify(registered).Matches.ShouldNotContain(m => m.Agency.Name == other);
    }

    [Fact]
    public void Verify_OneSlipInAFourLetterCore_IsTheSameName()
    {
        NeaRegistry.Verify("Kazy Solutions").ShouldBeSameAgencyAs(NeaRegistry.Named("KAZI SOLUTIONS LIMITED"));
    }

    [Fact]
    public void Verify_TheQuerysOwnCoreBeatsAOneSlipNeighbour()
    {
        // "jamin" is JAMIN AGENCIES and one slip from "jami" (Al-Jami): the exact core wins.
        var verification = NeaRegistry.Verify("Jamin Agencies");

        verification.ShouldBeSameAgencyAs(NeaRegistry.Named("JAMIN AGENCIES LIMITED"));
        verification.Matches.ShouldNotContain(m => m.Agency.Name == "Al-jami Limited");
    }

    [Theory]
    [InlineData("Munawar Towfiq Brothers", Verdict.Lookalike)]   // two words in common, one different: resembles
    [InlineData("Riverside Pearl", Verdict.Lookalike)]           // the whole registered core and one word more
    [InlineData("Golden Star", Verdict.NotFound)]                // one common word of two: merely shares it
    [InlineData("Munawar", Verdict.NotFound)]                    // part of a name: too little to resemble
    [InlineData("Kazi World Star", Verdict.Lookalike)]           // KAZI WORLD and one word more
    [InlineData("Kazi Star", Verdict.NotFound)]                  // "Kazi" is only half of it
    public void Verify_ResemblanceToAnExpiredAgency_NeedsMostOfTheCore(string query, Verdict verdict)
    {
        NeaRegistry.Verify(query).Verdict.ShouldBe(verdict);
    }

    [Fact]
    public void Verify_OneSlipTyposOfEveryRegisteredName_FindTheAgencyNearlyAlways()
    {
        var random = new Random(42);
        var total = 0;
        var found = 0;
        foreach (var agency in NeaRegistry.Agencies)
        {
            var query = WithOneSlip(agency.Name, random);
            if (query is null)
            {
                continue;
            }
            total++;
            if (NeaRegistry.Matcher.Verify(new AgencyQuery(Name: query)).Matches.Any(m => m.Agency == agency && m.IsSameAgency))
            {
                found++;
            }
        }

        total.ShouldBeGreaterThan(1_200);
        ((double)found / total).ShouldBeGreaterThan(0.99);
    }

    /// <summary>One deleted, inserted, changed or swapped letter inside the longest distinctive word, or null.</summary>
    private static string? WithOneSlip(string name, Random random)
    {
        var words = name.Split(' ');
        var distinctive = Enumerable.Range(0, words.Length)
            .Where(i => words[i].Length >= 5 && words[i].All(char.IsLetter) && NormalisedAgencyName.Of(words[i]) is { IsEmpty: false, SectorWords.Count: 0 })
            .OrderByDescending(i => words[i].Length)
            .ToList();
        if (distinctive.Count == 0)
        {
            return null;
        }
        var at = distinctive[0];
        var letters = words[at].ToList();
        var position = random.Next(1, letters.Count - 1);
        switch (random.Next(4))
        {
            case 0: letters.RemoveAt(position); break;
            case 1: letters.Insert(position, (char)('a' + random.Next(26))); break;
            case 2: letters[position] = letters[position] == 'z' ? 'q' : 'z'; break;
            default: (letters[position], letters[position - 1]) = (letters[position - 1], letters[position]); break;
        }
        words[at] = new string([.. letters]);
        return string.Join(' ', words);
    }
}
