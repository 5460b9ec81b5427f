using System.Reflection;
using Linda.Core.Matching;

namespace Linda.Core.Tests.Matching;

public sealed class MatchReasonTextTests
{
    /// <summary>A value for every placeholder any text uses.</summary>
    private static readonly Dictionary<string, string> SampleValues = new()
    {
        ["count"] = "2",
        ["date"] = "2026-10-03",
        ["query"] = "Recruitment",
        ["registered"] = "Manpower",
        ["word"] = "Agency",
        ["words"] = "Kazi",
        ["alias"] = "RMS",
        ["licence"] = "RA/2025/10/24",
        ["agency"] = "KAZI SOLUTIONS LIMITED",
        ["state"] = "Licensed",
        ["domain"] = "riversidemanpower.com",
        ["name"] = "Kazi",
    };

    public static TheoryData<string> Codes => new(MatchReasonCodes.All);

    [Fact]
    public void All_ListsEveryCodeConstant()
    {
        var constants = typeof(MatchReasonCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

        MatchReasonCodes.All.ShouldBe(constants, ignoreOrder: true);
        MatchReasonCodes.All.ShouldBeUnique();
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Describe_EveryCode_HasEnglishAndKiswahiliTextWithEveryPlaceholderFilled(string code)
    {
        var reason = new MatchReason(code, SampleValues);

        MatchReasonText.HasText(code).ShouldBeTrue();
        var english = MatchReasonText.Describe(reason, "en");
        var swahili = MatchReasonText.Describe(reason, "sw");
        english.ShouldNotBe(code);
        swahili.ShouldNotBe(code);
        swahili.ShouldNotBe(english);
        english.ShouldNotContain("{");
        swahili.ShouldNotContain("{");
    }

    [Theory]
    [InlineData(MatchReasonCodes.NameDiffersByLetters, "count", "1", "name differs by one letter", "jina linatofautiana kwa herufi moja")]
    [InlineData(MatchReasonCodes.NameDiffersByLetters, "count", "2", "name differs by two letters", "jina linatofautiana kwa herufi mbili")]
    [InlineData(MatchReasonCodes.LicenceExpiredOn, "date", "2026-10-03", "licence expired on 3 Oct 2026", "leseni iliisha tarehe 3 Okt 2026")]
    [InlineData(MatchReasonCodes.LicenceValidUntil, "date", "2027-08-01", "licence valid until 1 Aug 2027", "leseni ni halali hadi tarehe 1 Ago 2027")]
    [InlineData(MatchReasonCodes.SameLicenceNumber, "licence", "RA/2025/10/24", "same licence number RA/2025/10/24", "namba ya leseni ni ileile, RA/2025/10/24")]
    public void Describe_KnownReasons_ReadAsWritten(string code, string key, string value, string english, string swahili)
    {
        var reason = MatchReason.Of(code, (key, value));

        MatchReasonText.Describe(reason, "en").ShouldBe(english);
        MatchReasonText.Describe(reason, "sw").ShouldBe(swahili);
    }

    [Fact]
    public void Describe_SectorWordAndContactReasons_ReadAsTheIssueAsks()
    {
        MatchReasonText.Describe(MatchReason.Of(MatchReasonCodes.SectorWordDiffers, ("query", "Manpower"), ("registered", "Recruitment")), "en")
            .ShouldBe("name differs only by 'Manpower' vs 'Recruitment'");
        MatchReasonText.Describe(MatchReason.Of(MatchReasonCodes.PhoneBelongsToOtherAgency, ("agency", "KAZI SOLUTIONS LIMITED"), ("state", "Licensed")), "en")
            .ShouldBe("phone belongs to a different licensed agency, KAZI SOLUTIONS LIMITED");
        MatchReasonText.Describe(MatchReason.Of(MatchReasonCodes.PhoneBelongsToOtherAgency, ("agency", "KAZI SOLUTIONS LIMITED"), ("state", "Licensed")), "sw")
            .ShouldBe("namba ya simu ni ya wakala mwingine mwenye leseni, KAZI SOLUTIONS LIMITED");
        MatchReasonText.Describe(MatchReason.Of(MatchReasonCodes.ResemblesDeregisteredAgency), "en")
            .ShouldBe("closely resembles an agency that was deregistered");
    }

    [Fact]
    public void Describe_UnknownCodeOrLanguage_DoesNotThrow()
    {
        MatchReasonText.Describe(MatchReason.Of("some-future-code"), "sw").ShouldBe("some-future-code");
        MatchReasonText.Describe(MatchReason.Of(MatchReasonCodes.SamePhone), "fr").ShouldBe("same phone number");
        MatchReasonText.Describe(MatchReason.Of(MatchReasonCodes.LicenceExpiredOn, ("date", "not a date")), "en").ShouldBe("licence expired on not a date");
    }

    [Fact]
    public void Verify_EveryReasonTheMatcherGives_HasAKnownCode()
    {
        var queries = new[]
        {
            "riverside manpowr", "Riverside Recruitment", "Towfiq Munawar", "Munawar Tawfeeq", "Jami", "Kazi Recruitment",
            "Munawar Towfiq Brothers", "Golden Star", "RA/2025/10/24", "careers@riversidemanpower.com", "www.al-jami.co.ke",
        };

        var codes = queries.Select(NeaRegistry.Verify).SelectMany(v => v.Matches.Concat(v.AlsoSimilar)).SelectMany(m => m.Reasons).Select(r => r.Code).Distinct().ToList();

        codes.Count.ShouldBeGreaterThan(10);
        codes.ShouldAllBe(code => MatchReasonCodes.All.Contains(code));
    }
}
