using Linda.Core.Matching;

namespace Linda.Core.Tests.Matching;

/// <summary>Assertions on what an API client would see of a verification.</summary>
public static class MatchAssertions
{
    /// <summary>The verdict rests on <paramref name="agency"/>: it is the first match and taken to be the same agency.</summary>
    public static AgencyMatch ShouldBeSameAgencyAs(this AgencyVerification verification, RegistryAgency agency)
    {
        verification.Matches.ShouldNotBeEmpty($"expected {agency.Name}, verdict {verification.Verdict}, also similar: {Names(verification.AlsoSimilar)}");
        var first = verification.Matches[0];
        first.Agency.ShouldBe(agency, $"matches were {Names(verification.Matches)}");
        first.IsSameAgency.ShouldBeTrue();
        return first;
    }

    public static IReadOnlyList<string> Codes(this AgencyMatch match) => match.Reasons.Select(r => r.Code).ToArray();

    public static MatchReason Reason(this AgencyMatch match, string code) =>
        match.Reasons.SingleOrDefault(r => r.Code == code) ?? throw new ShouldAssertException($"no reason {code} among {string.Join(", ", match.Codes())}");

    public static string Names(IEnumerable<AgencyMatch> matches) => string.Join(" | ", matches.Select(m => m.Agency.Name));
}
