using Linda.Core.Agencies;
using Linda.Core.Agencies.Risk;
using Linda.Core.Matching;
using Linda.Core.Tests.Matching;

namespace Linda.Core.Tests.Agencies.Risk;

public sealed class SanctionedLookalikesTests
{
    private const string Riverside = "RIVERSIDE MANPOWER LIMITED";

    /// <summary>The real registry with the named agencies deregistered.</summary>
    private static SanctionedLookalikes Deregistering(params string[] names) =>
        new(NeaRegistry.Agencies.Select(a => names.Contains(a.Name) ? a with { State = LicenceState.Deregistered } : a));

    [Theory]
    [InlineData("RIVERSYDE MANPOWER LTD", "name differs by one letter")]
    [InlineData("Riverside Manpower Agency Ltd", "the registered name does not have the word 'Agency'")]
    [InlineData("MANPOWER RIVERSIDE LIMITED", "same name (ignoring case, punctuation, spacing and 'Ltd'/'Limited')")]
    [InlineData("Riversyde Manpower Agency Ltd", "name differs by one letter")]
    [InlineData("Al Riverside Manpower", "same name with or without 'Al-'")]
    public void NameNearADeregisteredAgency_IsALookalike_WithTheMatchersReasons(string name, string reason)
    {
        var lookalike = Deregistering(Riverside).Find("new-agency", name);

        lookalike.ShouldNotBeNull();
        lookalike.Name.ShouldBe(Riverside);
        lookalike.LicenceNumber.ShouldBe("RA/2025/10/24");
        lookalike.State.ShouldBe(LicenceState.Deregistered);
        lookalike.Reasons.ShouldContain(reason);
        lookalike.Reasons.ShouldNotContain(r => r.Contains("deregistered", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("KAZI SOLUTIONS LIMITED", "KAZI GLOBAL MANPOWER LIMITED")]
    [InlineData("KAZI GLOBAL MANPOWER LIMITED", "KAZI SOLUTIONS LIMITED")]
    [InlineData("ALJAZI GULF CONNECTION LIMITED", "KAZI GLOBAL MANPOWER LIMITED")]
    [InlineData("MUNAWAR TOWFIQ AGENCY LIMITED", "MUNAWAR TOWFIQ ANNEX LIMITED")]
    [InlineData("SKYVIEW INTERNATIONAL RECRUITERS LTD", "SKYVIEW TOWER LIMITED")]
    [InlineData("YASMIN RECRUITERS LIMITED", "Yasmin Travel Ltd")]
    [InlineData("AL-IMAN GENERAL AGENCIES LIMITED", "AL-AMAL GENERAL AGENCIES LIMITED")]
    [InlineData("GREENER PASS AGENCY LIMITED", "GREENER PASTURES RECRUITMENT AGENCY LTD")]
    [InlineData("GOLDEN HANDS EMPOWERMENT LTD", "GOLDEN HORIZON PLACEMENT AGENCY LIMITED")]
    [InlineData("WINGS RECRUITMENT AGENCY LIMITED", "RAVEN WINGS LIMITED")]
    public void RealAgenciesThatShareWordsOrTellThemselvesApartBySectorWords_AreNoLookalikes(string name, string deregistered)
    {
        var agency = NeaRegistry.Named(name);

        Deregistering(deregistered).Find(agency.Id, agency.Name).ShouldBeNull();
    }

    [Theory]
    [InlineData("Riverside Travel Ltd")]
    [InlineData("Riverside Recruitment Agency Ltd")]
    [InlineData("Riverside Pearl Ltd")]
    [InlineData("Golden Riverside Manpower Ltd")]
    public void SameDistinctiveWordWithConflictingSectorWords_OrADifferentDistinctiveName_IsNoLookalike(string name) =>
        Deregistering(Riverside).Find("new-agency", name).ShouldBeNull();

    [Fact]
    public void AnAgency_IsNeverItsOwnLookalike_AndOnlyDeregisteredOrSuspendedAgenciesCount()
    {
        var riverside = NeaRegistry.Named(Riverside);

        Deregistering(Riverside).Find(riverside.Id, riverside.Name).ShouldBeNull();
        // In the extract RIVERSIDE MANPOWER has expired: an expired agency is not a sanctioned one.
        new SanctionedLookalikes(NeaRegistry.Agencies).Find("new-agency", "Riversyde Manpower").ShouldBeNull();
        new SanctionedLookalikes(NeaRegistry.Agencies).Count.ShouldBe(0);
    }

    [Fact]
    public void AnAlias_NearASuspendedAgency_IsALookalike()
    {
        var registry = NeaRegistry.Agencies.Select(a => a.Name == Riverside ? a with { State = LicenceState.Suspended } : a);

        var lookalike = new SanctionedLookalikes(registry).Find("new-agency", "Synthetic Blue Heron Ltd", ["Riversyde Manpower"]);

        lookalike.ShouldNotBeNull();
        lookalike.State.ShouldBe(LicenceState.Suspended);
    }

    [Fact]
    public void FeedsTheFactorExplanation()
    {
        var lookalike = Deregistering(Riverside).Find("new-agency", "RIVERSYDE MANPOWER LTD");

        var score = AgencyRisk.Compute(RiskInputs.Agency() with { LookalikeOf = lookalike });

        score.Factor(RiskModel.LookalikeOfSanctioned).Explanation
            .ShouldBe("The name closely resembles RIVERSIDE MANPOWER LIMITED (RA/2025/10/24), which is deregistered: name differs by one letter.");
    }
}
