using Linda.Core.Agencies;
using Linda.Core.Matching;

namespace Linda.Core.Tests.Matching;

/// <summary>
/// A name checked together with the phone number, licence number or e-mail a person was given, on the real registry
/// with synthetic contacts and aliases added the way officers add them.
/// </summary>
public sealed class CombinedDetailsTests
{
    private const string AlJami = "Al-jami Limited";
    private const string Juefelent = "JUEFELENT AGENCY LIMITED";

    /// <summary>The real registry with synthetic phones on two licensed agencies and an alias on one of them.</summary>
    private static readonly Lazy<(AgencyMatcher Matcher, IReadOnlyList<RegistryAgency> Agencies)> Registry = new(() =>
    {
        var agencies = NeaRegistry.Agencies.Select(a => a.Name switch
        {
            AlJami => a with { Phones = ["+254700000101"], Aliases = ["Bahari Gulf Placements"] },
            Juefelent => a with { Phones = ["+254700000202"], State = LicenceState.Licensed },
            _ => a,
        }).ToList();
        return (new AgencyMatcher(agencies), agencies);
    });

    private static AgencyVerification Verify(string q, string? phone = null, string? licence = null, string? email = null) =>
        Registry.Value.Matcher.Verify(AgencyQuery.Parse(q, phone, licence, email));

    private static RegistryAgency Named(string name) => Registry.Value.Agencies.Single(a => a.Name == name);

    [Fact]
    public void Verify_LicensedNameWithPhoneOfAnotherLicensedAgency_IsLookalikeThatNamesTheOwner()
    {
        var verification = Verify("Al Jami Ltd", phone: "0700 000 202");

        verification.Verdict.ShouldBe(Verdict.Lookalike);
        var named = verification.Matches.Single(m => m.Agency.Name == AlJami);
        named.IsSameAgency.ShouldBeFalse();
        var reason = named.Reason(MatchReasonCodes.PhoneBelongsToOtherAgency);
        MatchReasonText.Describe(reason, "en").ShouldBe("phone belongs to a different licensed agency, JUEFELENT AGENCY LIMITED");
        MatchReasonText.Describe(reason, "sw").ShouldBe("namba ya simu ni ya wakala mwingine mwenye leseni, JUEFELENT AGENCY LIMITED");
        var owner = verification.Matches.Single(m => m.Agency.Name == Juefelent);
        owner.Codes().ShouldContain(MatchReasonCodes.SamePhone);
        owner.Codes().ShouldContain(MatchReasonCodes.NameDoesNotMatch);
    }

    [Theory]
    [InlineData("+254700000101")]
    [InlineData("0700 000 101")]
    [InlineData("254-700-000-101")]
    public void Verify_LicensedNameWithItsOwnPhoneInAnyFormat_IsTheAgency(string phone)
    {
        var verification = Verify("al-jami", phone: phone);

        verification.Verdict.ShouldBe(Verdict.Licensed);
        verification.ShouldBeSameAgencyAs(Named(AlJami)).Codes().ShouldContain(MatchReasonCodes.SamePhone);
    }

    [Fact]
    public void Verify_LicensedNameWithALicenceNumberNoAgencyHas_IsLookalikeShowingTheRealNumber()
    {
        var verification = Verify("Al-Jami Limited", licence: "RA/2025/12/99");

        verification.Verdict.ShouldBe(Verdict.Lookalike);
        var named = verification.Matches.ShouldHaveSingleItem();
        named.Agency.ShouldBe(Named(AlJami));
        named.IsSameAgency.ShouldBeFalse();
        named.Codes().ShouldBe([MatchReasonCodes.NameIdentical, MatchReasonCodes.LicenceNumberNotRegistered, MatchReasonCodes.RegisteredLicenceNumber, MatchReasonCodes.LicenceValidUntil]);
        named.Reasons.Select(r => MatchReasonText.Describe(r, "en")).ShouldBe(
        [
            "same name (ignoring case, punctuation, spacing and 'Ltd'/'Limited')",
            "licence number RA/2025/12/99 is not in the registry",
            "this agency's licence number is RA/2025/12/20",
            "licence valid until 12 Dec 2026",
        ]);
    }

    [Fact]
    public void Verify_LicensedNameWithTheLicenceNumberOfAnotherAgency_IsLookalike()
    {
        var verification = Verify("Al-Jami", licence: "ra-2025-11-4");

        verification.Verdict.ShouldBe(Verdict.Lookalike);
        var reason = verification.Matches.Single(m => m.Agency.Name == AlJami).Reason(MatchReasonCodes.LicenceNumberBelongsToOtherAgency);
        reason.Values["agency"].ShouldBe(Juefelent);
    }

    [Fact]
    public void Verify_LicensedNameWithItsOwnLicenceNumberInOtherSeparators_IsLicensed()
    {
        var verification = Verify("Al Jami", licence: "ra 2025 12 20");

        verification.Verdict.ShouldBe(Verdict.Licensed);
        verification.ShouldBeSameAgencyAs(Named(AlJami)).Codes().ShouldContain(MatchReasonCodes.SameLicenceNumber);
    }

    [Fact]
    public void Verify_ExpiredNameWithAWrongLicenceNumber_StaysExpiredAndShowsTheRealNumber()
    {
        // Expired is the stronger warning: it says not to pay, whoever is speaking.
        var verification = Verify("Riverside Manpower", licence: "RA/2025/10/99");

        verification.Verdict.ShouldBe(Verdict.Expired);
        verification.Matches[0].Reason(MatchReasonCodes.RegisteredLicenceNumber).Values["licence"].ShouldBe("RA/2025/10/24");
    }

    [Fact]
    public void Verify_LicensedNameWithAPhoneOnNoRecord_StaysLicensedAndSaysSo()
    {
        // Agencies have more phones than anyone has recorded: an unknown number is no sign of an impostor.
        var verification = Verify("Al-jami", phone: "0733 000 000");

        verification.Verdict.ShouldBe(Verdict.Licensed);
        verification.Matches[0].Codes().ShouldContain(MatchReasonCodes.PhoneNotRegistered);
    }

    [Theory]
    [InlineData("Kazi Bora Agency")]
    [InlineData("Golden Star Recruitment")]
    [InlineData("Skyview Pearl Agencies")]
    [InlineData("Munawar Brothers Recruitment")]
    public void Verify_NameSharingAWordWithLicensedAgenciesAndAnotherAgencysPhone_AccusesNoneOfThem(string name)
    {
        var verification = Verify(name, phone: "0700 000 202");

        verification.Verdict.ShouldNotBe(Verdict.Lookalike);
        verification.Matches.ShouldAllBe(m => m.Agency.Name == Juefelent);
        verification.Matches[0].Codes().ShouldContain(MatchReasonCodes.NameDoesNotMatch);
        verification.AlsoSimilar.ShouldAllBe(m => !m.IsSameAgency);
    }

    [Fact]
    public void Verify_AliasOfAnAgency_FindsTheAgencyAndSaysWhichName()
    {
        var verification = Verify("bahari gulf placement");

        verification.ShouldBeSameAgencyAs(Named(AlJami)).Reason(MatchReasonCodes.MatchesAlias).Values["alias"].ShouldBe("Bahari Gulf Placements");
        verification.Verdict.ShouldBe(Verdict.Licensed);
    }

    [Fact]
    public void Verify_AliasWithPhoneOfAnotherAgency_IsLookalike()
    {
        var verification = Verify("Bahari Gulf Placements", phone: "+254 700 000 202");

        verification.Verdict.ShouldBe(Verdict.Lookalike);
        verification.Matches.Single(m => m.Agency.Name == AlJami).Codes().ShouldContain(MatchReasonCodes.PhoneBelongsToOtherAgency);
    }

    [Fact]
    public void Verify_PhoneAloneInAnyFormat_FindsItsAgency()
    {
        Registry.Value.Matcher.Verify(AgencyQuery.Parse("0700-000-101")).ShouldBeSameAgencyAs(Named(AlJami));
    }

    [Fact]
    public void Verify_NameWithTheAgencysOwnEmailAndAnotherAgencysLicence_IsLookalike()
    {
        var verification = Verify("Al Jami", licence: "RA/2025/11/4", email: "aljamiltd@yahoo.com");

        verification.Verdict.ShouldBe(Verdict.Lookalike);
    }
}
