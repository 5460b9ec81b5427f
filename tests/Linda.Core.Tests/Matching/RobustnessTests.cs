using Linda.Core.Agencies;
using Linda.Core.Matching;

namespace Linda.Core.Tests.Matching;

/// <summary>Hostile input never throws, and the same question always gets the same answer.</summary>
public sealed class RobustnessTests
{
    public static TheoryData<string> HostileTexts => new()
    {
        "",
        "   \t\r\n ",
        new string('A', 10_240),
        string.Concat(Enumerable.Repeat("Riverside Manpower ", 540)),
        "'; DROP TABLE agencies; --",
        "Riverside' OR '1'='1",
        "<script>alert('x')</script>",
        "<img src=x onerror=alert(1)> Kazi Solutions",
        "😀😀 Riverside 😀 Manpower 🇰🇪",
        "\uD800abc",
        "Kazi \uDC00 Solutions",
        "\uD83D",
        "Riverside\0Manpower",
        "%00%27%22",
        "RA/9999/99/99999999999999999999",
        "@@@@",
        "a@",
        "@b.com",
        "http://",
        "https://./",
        "www.",
        "+",
        "0",
        "00000000000000000000000000",
        "+254 000 000 000 000 000 000",
        "..........",
        "&&&&",
        "Al",
        "al al al al al al al al al al al al al al al al al al al al",
        "Ltd",
        "ﷺ ﷻ ﬁ ＲＩＶＥＲＳＩＤＥ",
        "Ríversídé Mañpöwer",
        "وكالة التوفيق",
        "\u202Eredliub\u202C",
        "\u200B\u200B\u200B",
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Verify_HostileFreeText_NeverThrowsAndStaysWithinLimits(string text)
    {
        var verification = Should.NotThrow(() => NeaRegistry.Verify(text));

        verification.Matches.Count.ShouldBeLessThanOrEqualTo(AgencyMatcher.MaxMatches);
        verification.AlsoSimilar.Count.ShouldBeLessThanOrEqualTo(AgencyMatcher.MaxMatches);
        verification.Matches.Concat(verification.AlsoSimilar).ShouldAllBe(m => m.Similarity >= 0 && m.Similarity <= 1 && m.Reasons.Count > 0);
        foreach (var reason in verification.Matches.Concat(verification.AlsoSimilar).SelectMany(m => m.Reasons))
        {
            MatchReasonText.Describe(reason, "en").ShouldNotBeNullOrWhiteSpace();
        }
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Verify_HostileTextInEveryField_NeverThrows(string text)
    {
        var query = new AgencyQuery(Name: text, LicenceNumber: text, Phone: text, Email: text, Website: text);

        Should.NotThrow(() => NeaRegistry.Matcher.Verify(query));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! ... ???")]
    [InlineData("😀")]
    public void Verify_EmptyOrUnreadable_IsNotFoundWithoutMatches(string text)
    {
        var verification = NeaRegistry.Verify(text);

        verification.Verdict.ShouldBe(Verdict.NotFound);
        verification.Matches.ShouldBeEmpty();
        verification.AlsoSimilar.ShouldBeEmpty();
    }

    [Fact]
    public void Verify_NullQuery_IsNotFound()
    {
        NeaRegistry.Matcher.Verify(null!).Verdict.ShouldBe(Verdict.NotFound);
        NeaRegistry.Matcher.Verify(new AgencyQuery()).Verdict.ShouldBe(Verdict.NotFound);
    }

    [Fact]
    public void Verify_LongNameStartingWithAnAgencyName_StillFindsIt()
    {
        var verification = NeaRegistry.Verify("Riverside Manpower " + new string('x', 10_000));

        verification.Matches.Concat(verification.AlsoSimilar).ShouldContain(m => m.Agency.Name == "RIVERSIDE MANPOWER LIMITED");
    }

    [Fact]
    public void Verify_RegistryWithJunkRows_BuildsAndAnswers()
    {
        var junk = new RegistryAgency("junk", "", null, LicenceState.Unknown, null, null!, null!, null!, null!);
        var onlyPunctuation = new RegistryAgency("dots", "...", "???", LicenceState.Licensed, null, [], ["not a phone"], ["0"], ["non", "tba", "www,neaims.go,ke"]);
        var matcher = new AgencyMatcher([junk, onlyPunctuation, RegistryAgencyBuilder.Agency("RIVERSIDE MANPOWER LIMITED"), null!]);

        matcher.Count.ShouldBe(3);
        matcher.Verify(AgencyQuery.Parse("riverside")).Verdict.ShouldBe(Verdict.Licensed);
        matcher.Verify(AgencyQuery.Parse("tba")).Verdict.ShouldBe(Verdict.NotFound);
    }

    [Fact]
    public void Verify_AgencyWithUnknownState_IsNotConfirmedAsLicensed()
    {
        var matcher = new AgencyMatcher([RegistryAgencyBuilder.Agency("RIVERSIDE MANPOWER LIMITED").InState(LicenceState.Unknown)]);

        var verification = matcher.Verify(AgencyQuery.Parse("Riverside Manpower"));

        verification.Verdict.ShouldBe(Verdict.NotFound);
        verification.Matches.ShouldHaveSingleItem().Codes().ShouldContain(MatchReasonCodes.LicenceStateUnknown);
    }

    private static readonly string[] VariedTexts =
    [
        "riverside manpowr", "Kazi", "Kazi Recruitment", "Golden Star Recruitment", "Munawar Towfiq Brothers",
        "Recruitment Agency", "Yasmin", "Al Jami", "info@riversidemanpower.com", "RA/2025/10/24", "Agency",
    ];

    public static TheoryData<string> VariedQueries => new(VariedTexts);

    [Theory]
    [MemberData(nameof(VariedQueries))]
    public void Verify_SameQuery_SameAnswerWhateverTheRegistryOrder(string text)
    {
        var random = new Random(20261128);
        var shuffled = NeaRegistry.Agencies.OrderBy(_ => random.Next()).ToList();
        var reversed = new AgencyMatcher(Enumerable.Reverse(NeaRegistry.Agencies));

        var answers = new[] { NeaRegistry.Verify(text), NeaRegistry.Verify(text), new AgencyMatcher(shuffled).Verify(AgencyQuery.Parse(text)), reversed.Verify(AgencyQuery.Parse(text)) }
            .Select(Describe)
            .ToList();

        answers.Distinct().ShouldHaveSingleItem();
    }

    [Theory]
    [MemberData(nameof(VariedQueries))]
    public void Verify_Matches_AreOrderedBySimilarityThenName(string text)
    {
        var verification = NeaRegistry.Verify(text);

        foreach (var list in new[] { verification.Matches, verification.AlsoSimilar })
        {
            list.ShouldBe(list.OrderByDescending(m => m.Similarity).ThenBy(m => m.Agency.Name, StringComparer.OrdinalIgnoreCase).ToList());
        }
    }

    [Fact]
    public async Task Verify_FromManyThreadsAtOnce_GivesTheSingleThreadedAnswers()
    {
        var queries = VariedTexts;
        var expected = queries.Select(q => Describe(NeaRegistry.Verify(q))).ToArray();

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(() =>
            (i % queries.Length, Describe(NeaRegistry.Verify(queries[i % queries.Length]))))));

        results.ShouldAllBe(r => r.Item2 == expected[r.Item1]);
    }

    private static string Describe(AgencyVerification v) =>
        $"{v.Verdict}: " + string.Join(" | ", v.Matches.Concat(v.AlsoSimilar).Select(m =>
            $"{m.Agency.Id} {m.Similarity} {m.IsSameAgency} {string.Join(",", m.Reasons.Select(r => r.Code + string.Concat(r.Values.OrderBy(p => p.Key).Select(p => p.Key + "=" + p.Value))))}"));
}
