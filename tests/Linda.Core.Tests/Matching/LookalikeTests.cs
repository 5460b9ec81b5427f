using Linda.Core.Agencies;
using Linda.Core.Matching;
using static Linda.Core.Tests.Matching.RegistryAgencyBuilder;

namespace Linda.Core.Tests.Matching;

/// <summary>When a look-alike verdict is given, and when it must not be.</summary>
public sealed class LookalikeTests
{
    /// <summary>
    /// Pairs of different agencies in the real extract whose names share their distinctive word or a common word.
    /// Each must find itself, never be called a look-alike, and show the other at most as "also similar".
    /// </summary>
    public static TheoryData<string, string> LegitimatePairs => new()
    {
        { "KAZI SOLUTIONS LIMITED", "KAZI GLOBAL MANPOWER LIMITED" },
        { "SKYVIEW INTERNATIONAL RECRUITERS LTD", "SKYVIEW TOWER LIMITED" },
        { "YASMIN RECRUITERS LIMITED", "Yasmin Travel Ltd" },
        { "MUNAWAR TOWFIQ AGENCY LIMITED", "MUNAWAR TOWFIQ ANNEX LIMITED" },
        { "GREENER PASS AGENCY LIMITED", "GREENER PASTURES RECRUITMENT AGENCY LTD" },
        { "TRANSWORLD RECRUITMENT COMPANY LIMITED", "TRANSWORLD PLACEMENT CONSULTANT LIMITED" },
        { "Sterling Abraod Africa Limited", "Sterling Overseas Agencies Limited" },
        { "GOLDEN HANDS EMPOWERMENT LTD", "GOLDEN HORIZON PLACEMENT AGENCY LIMITED" },
        { "WINGS RECRUITMENT AGENCY LIMITED", "RAVEN WINGS LIMITED" },
        { "summer recruitment and travel agency limited", "SUMMER BIEN INTERNATIONAL LIMITED" },
        { "AL-AMAL GENERAL AGENCIES LIMITED", "AL-IMAN GENERAL AGENCIES LIMITED" },
        { "Altawfiq Recruitment and Consulting Ltd", "MUNAWAR TOWFIQ AGENCY LIMITED" },
        { "Salsabil Recruiting Agency", "SANABIL VENTURES LTD" },
        { "MIKANA ENTERPRISES LIMITED", "Mikala Agency Ltd" },
    };

    [Theory]
    [MemberData(nameof(LegitimatePairs))]
    public void Verify_RealAgenciesSharingWords_EachFindsItselfAndTheOtherIsAtMostAlsoSimilar(string first, string second)
    {
        foreach (var (name, other) in new[] { (first, second), (second, first) })
        {
            var verification = NeaRegistry.Verify(name);

            verification.Verdict.ShouldNotBe(Verdict.Lookalike);
            verification.ShouldBeSameAgencyAs(NeaRegistry.Named(name));
            verification.Matches.ShouldNotContain(m => m.Agency.Name == other);
        }
    }

    [Theory]
    [MemberData(nameof(LegitimatePairs))]
    public void Verify_LicensedAgenciesSharingWords_AreNeverAccused(string first, string second)
    {
        // The same pairs with every licence valid: sharing words with a licensed agency is no accusation.
        var matcher = new AgencyMatcher(NeaRegistry.Agencies.Select(a => a with { State = LicenceState.Licensed }));
        foreach (var name in new[] { first, second, $"{first} Kenya", $"{second} Overseas" })
        {
            matcher.Verify(new AgencyQuery(Name: name)).Verdict.ShouldBe(Verdict.Licensed, name);
        }
    }

    [Theory]
    [InlineData("Kazi Bora Agency")]
    [InlineData("Golden Star Recruitment")]
    [InlineData("Skyview Pearl Agencies")]
    [InlineData("Munawar Towfiq Brothers")]
    [InlineData("Al-Amal Star Agencies")]
    [InlineData("Yasmin Agency")]
    [InlineData("Kazi Recruitment")]
    public void Verify_NameCloseToLicensedAgenciesOnly_IsNeverALookalike(string query)
    {
        var matcher = new AgencyMatcher(NeaRegistry.Agencies.Select(a => a with { State = LicenceState.Licensed }));

        var verification = matcher.Verify(new AgencyQuery(Name: query));

        verification.Verdict.ShouldNotBe(Verdict.Lookalike);
        verification.AlsoSimilar.ShouldAllBe(m => !m.IsSameAgency);
    }

    [Fact]
    public void Verify_NearNameOfExpiredAgencyWithAnotherDistinctiveWord_IsLookalikeAndSaysWhy()
    {
        var verification = NeaRegistry.Verify("Munawar Towfiq Brothers");

        verification.Verdict.ShouldBe(Verdict.Lookalike);
        var resembled = verification.Matches.Single(m => m.Agency.Name == "MUNAWAR TOWFIQ AGENCY LIMITED");
        resembled.IsSameAgency.ShouldBeFalse();
        resembled.Codes().ShouldBe([MatchReasonCodes.ResemblesExpiredAgency, MatchReasonCodes.DistinctiveNameDiffers, MatchReasonCodes.LicenceExpiredOn]);
        resembled.Reason(MatchReasonCodes.DistinctiveNameDiffers).Values.ShouldBe(
            new Dictionary<string, string> { ["query"] = "Munawar Towfiq Brothers", ["registered"] = "Munawar Towfiq" });
        MatchReasonText.Describe(resembled.Reasons[0], "en").ShouldBe("closely resembles an agency whose licence has expired");
    }

    [Fact]
    public void Verify_NearNameOfDeregisteredAgency_IsLookalike()
    {
        var matcher = new AgencyMatcher([
            Agency("BLUE NILE RECRUITMENT LIMITED").InState(LicenceState.Deregistered),
            Agency("BLUE HORIZON AGENCY LIMITED"),
        ]);

        var verification = matcher.Verify(new AgencyQuery(Name: "Blue Nile Pearl Recruitment"));

        verification.Verdict.ShouldBe(Verdict.Lookalike);
        var resembled = verification.Matches.ShouldHaveSingleItem();
        resembled.Agency.Name.ShouldBe("BLUE NILE RECRUITMENT LIMITED");
        resembled.Codes().ShouldContain(MatchReasonCodes.ResemblesDeregisteredAgency);
        MatchReasonText.Describe(resembled.Reasons[0], "en").ShouldBe("closely resembles an agency that was deregistered");
        verification.AlsoSimilar.ShouldAllBe(m => m.Agency.Name == "BLUE HORIZON AGENCY LIMITED");
    }

    [Fact]
    public void Verify_SameNameAsSuspendedAgency_IsSuspendedOrDeregisteredNotLookalike()
    {
        var matcher = new AgencyMatcher([Agency("BLUE NILE RECRUITMENT LIMITED").InState(LicenceState.Suspended)]);

        var verification = matcher.Verify(new AgencyQuery(Name: "Blue Nile Recruitment"));

        verification.Verdict.ShouldBe(Verdict.SuspendedOrDeregistered);
        verification.Matches.ShouldHaveSingleItem().Codes().ShouldContain(MatchReasonCodes.LicenceSuspended);
    }

    [Fact]
    public void Verify_NameOfOneAgencyWithPhoneOfAnother_IsLookalikeNamingBoth()
    {
        var riverside = Agency("RIVERSIDE MANPOWER LIMITED").Phone("+254712000001").Build();
        var kazi = Agency("KAZI SOLUTIONS LIMITED").Phone("+254712000002").Build();
        var matcher = new AgencyMatcher([riverside, kazi]);

        var verification = matcher.Verify(new AgencyQuery(Name: "Riverside Manpower", Phone: "0712 000 002"));

        verification.Verdict.ShouldBe(Verdict.Lookalike);
        verification.Matches.Select(m => m.Agency).ShouldBe([riverside, kazi]);
        verification.Matches.ShouldAllBe(m => !m.IsSameAgency);
        var mismatch = verification.Matches[0].Reason(MatchReasonCodes.PhoneBelongsToOtherAgency);
        mismatch.Values["agency"].ShouldBe("KAZI SOLUTIONS LIMITED");
        MatchReasonText.Describe(mismatch, "en").ShouldBe("phone belongs to a different licensed agency, KAZI SOLUTIONS LIMITED");
        verification.Matches[1].Codes().ShouldContain(MatchReasonCodes.SamePhone);
        verification.Matches[1].Codes().ShouldContain(MatchReasonCodes.NameDoesNotMatch);
    }

    [Fact]
    public void Verify_TypoOfNameWithEmailOfAnotherAgency_IsLookalike()
    {
        var verification = NeaRegistry.Matcher.Verify(new AgencyQuery(Name: "Riversyde Manpower", Email: "jueflentagencies@gmail.com"));

        verification.Verdict.ShouldBe(Verdict.Lookalike);
        verification.Matches[0].Agency.Name.ShouldBe("RIVERSIDE MANPOWER LIMITED");
        verification.Matches[0].Reason(MatchReasonCodes.EmailBelongsToOtherAgency).Values["agency"].ShouldBe("JUEFELENT AGENCY LIMITED");
    }

    [Fact]
    public void Verify_NameWithLicenceNumberOfAnotherAgency_IsLookalike()
    {
        var verification = NeaRegistry.Matcher.Verify(new AgencyQuery(Name: "Riverside Manpower Limited", LicenceNumber: "RA/2025/11/4"));

        verification.Verdict.ShouldBe(Verdict.Lookalike);
        var riverside = verification.Matches.Single(m => m.Agency.Name == "RIVERSIDE MANPOWER LIMITED");
        var reason = riverside.Reason(MatchReasonCodes.LicenceNumberBelongsToOtherAgency);
        MatchReasonText.Describe(reason, "en").ShouldBe("licence number RA/2025/11/4 belongs to a different agency, JUEFELENT AGENCY LIMITED");
        verification.Matches.Single(m => m.Agency.Name == "JUEFELENT AGENCY LIMITED").Codes().ShouldContain(MatchReasonCodes.SameLicenceNumber);
    }

    [Fact]
    public void Verify_UnrelatedNameWithAgencyPhone_IsThatAgencyWithTheMismatchExplained()
    {
        var kazi = Agency("KAZI SOLUTIONS LIMITED").Phone("+254712000002").Build();
        var matcher = new AgencyMatcher([kazi, Agency("RIVERSIDE MANPOWER LIMITED")]);

        var verification = matcher.Verify(new AgencyQuery(Name: "Zqx Holdings", Phone: "+254 712 000 002"));

        verification.Verdict.ShouldBe(Verdict.Licensed);
        verification.ShouldBeSameAgencyAs(kazi).Codes().ShouldBe([MatchReasonCodes.SamePhone, MatchReasonCodes.NameDoesNotMatch, MatchReasonCodes.LicenceValidUntil]);
    }

    [Fact]
    public void Verify_NameWithUnregisteredPhone_IsTheAgencyAndSaysThePhoneIsNotItsOwn()
    {
        var matcher = new AgencyMatcher([Agency("RIVERSIDE MANPOWER LIMITED").Phone("+254712000001")]);

        var verification = matcher.Verify(new AgencyQuery(Name: "Riverside Manpower", Phone: "0733 000 000"));

        verification.Verdict.ShouldBe(Verdict.Licensed);
        verification.Matches[0].Codes().ShouldContain(MatchReasonCodes.PhoneNotRegistered);
    }

    [Fact]
    public void Verify_OtherSectorWordsWhereSeveralAgenciesShareTheCore_IsNoneOfThem()
    {
        // KAZI SOLUTIONS and KAZI GLOBAL MANPOWER: only their sector words tell them apart, and "Recruitment" fits neither.
        var verification = NeaRegistry.Verify("Kazi Recruitment");

        verification.Matches.ShouldNotContain(m => m.IsSameAgency);
        verification.Matches.Select(m => m.Agency.Name).ShouldBe(["KAZI GLOBAL MANPOWER LIMITED", "KAZI SOLUTIONS LIMITED"], ignoreOrder: true);
        verification.Matches[0].Codes().ShouldContain(MatchReasonCodes.CoreSharedBySeveral);
    }

    [Fact]
    public void Verify_SectorWordsOfOneOfSeveral_IsThatOne()
    {
        var verification = NeaRegistry.Verify("Kazi Global");

        verification.ShouldBeSameAgencyAs(NeaRegistry.Named("KAZI GLOBAL MANPOWER LIMITED"));
        verification.Matches.ShouldHaveSingleItem();
        verification.AlsoSimilar.Select(m => m.Agency.Name).ShouldContain("KAZI SOLUTIONS LIMITED");
    }

    [Fact]
    public void Verify_TransliterationPairInSyntheticRegistry_FindsTowfiqNotTawheed()
    {
        var towfiq = Agency("TOWFIQ MANPOWER LIMITED").Build();
        var matcher = new AgencyMatcher([towfiq, Agency("TAWHEED AGENCY LIMITED"), Agency("TOFIKA TRAVEL LIMITED")]);

        foreach (var query in new[] { "Tawfiq Manpower", "Tawfeeq Manpower Ltd", "Taufiq Manpower", "Towfik Manpower" })
        {
            matcher.Verify(new AgencyQuery(Name: query)).ShouldBeSameAgencyAs(towfiq);
        }
    }
}
