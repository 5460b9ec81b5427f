using Linda.Core.Agencies;
using Linda.Core.Matching;

namespace Linda.Core.Tests.Matching;

/// <summary>Verification against the real NEA extract, with "today" fixed at 2026-11-28.</summary>
public sealed class AgencyMatcherRegistryTests
{
    [Fact]
    public void Verify_DesignExample_RiversideManpowr_IsExpiredRiversideWithExplainedReasons()
    {
        var verification = NeaRegistry.Verify("riverside manpowr");

        verification.Verdict.ShouldBe(Verdict.Expired);
        var match = verification.ShouldBeSameAgencyAs(NeaRegistry.Named("RIVERSIDE MANPOWER LIMITED"));
        match.Agency.LicenceNumber.ShouldBe("RA/2025/10/24");
        match.Similarity.ShouldBeInRange(0.9, 0.999);
        match.Reason(MatchReasonCodes.NameDiffersByLetters).Values["count"].ShouldBe("1");
        match.Reason(MatchReasonCodes.LicenceExpiredOn).Values["date"].ShouldBe("2026-10-03");
        match.Reasons.Select(r => MatchReasonText.Describe(r, "en")).ShouldBe(["name differs by one letter", "licence expired on 3 Oct 2026"]);
        match.Reasons.Select(r => MatchReasonText.Describe(r, "sw")).ShouldBe(["jina linatofautiana kwa herufi moja", "leseni iliisha tarehe 3 Okt 2026"]);
    }

    [Fact]
    public void Verify_LicensedAgencyByExactName_IsLicensedWithValidUntil()
    {
        var verification = NeaRegistry.Verify("Al-jami Limited");

        verification.Verdict.ShouldBe(Verdict.Licensed);
        var match = verification.ShouldBeSameAgencyAs(NeaRegistry.Named("Al-jami Limited"));
        match.Similarity.ShouldBe(1.0);
        match.Codes().ShouldBe([MatchReasonCodes.NameIdentical, MatchReasonCodes.LicenceValidUntil]);
        match.Reason(MatchReasonCodes.LicenceValidUntil).Values["date"].ShouldBe("2026-12-12");
    }

    [Theory]
    [InlineData("Riversyde Manpower", "RIVERSIDE MANPOWER LIMITED")]
    [InlineData("Jetwyde Consortium", "JETWIDE CONSORTIUM LIMITED")]
    [InlineData("Everlst Trading Company", "Everlast Trading Company Ltd")]
    [InlineData("Salsabill Recruiting Agency", "Salsabil Recruiting Agency")]
    [InlineData("Kazy Solutions", "KAZI SOLUTIONS LIMITED")]
    [InlineData("ALMUNIF INTERNATIONL", "ALMUNIF INTERNATIONAL LIMITED")]
    [InlineData("Tigirs Global Agencies", "TIGRIS GLOBAL AGENCIES LTD")]
    public void Verify_OneTypingSlip_FindsTheAgency(string query, string registered)
    {
        var match = NeaRegistry.Verify(query).ShouldBeSameAgencyAs(NeaRegistry.Named(registered));

        match.Reason(MatchReasonCodes.NameDiffersByLetters).Values["count"].ShouldBe("1");
    }

    [Theory]
    [InlineData("Rivresyde Manpower", "RIVERSIDE MANPOWER LIMITED")]
    [InlineData("Wizeweys Agencies", "WISEWAYS AGENCIES LIMITED")]
    [InlineData("Greener Pastors Agency", "GREENER PASTURES RECRUITMENT AGENCY LTD")]
    [InlineData("Breathtakng Internationl Consultancy", "Breathtaking International Consultancy Limited Lim")]
    [InlineData("Queenstaar Venturs", "QUEENSTAR VENTURES LIMITED")]
    public void Verify_TwoTypingSlips_FindsTheAgency(string query, string registered)
    {
        var match = NeaRegistry.Verify(query).ShouldBeSameAgencyAs(NeaRegistry.Named(registered));

        match.Reason(MatchReasonCodes.NameDiffersByLetters).Values["count"].ShouldBe("2");
    }

    [Theory]
    [InlineData("Everlast Trading", "Everlast Trading Company Ltd")]
    [InlineData("EVERLAST TRADING CO. LTD.", "Everlast Trading Company Ltd")]
    [InlineData("Al-jami", "Al-jami Limited")]
    [InlineData("Al-jami Company Limited", "Al-jami Limited")]
    [InlineData("Harpers Management 2011 Limited", "Harper's Management 2011 Ltd")]
    [InlineData("Cox and Kings Solutions", "COX & KINGS SOLUTIONS LIMITED")]
    public void Verify_LegalSuffixOrPunctuationDiffers_IsTheSameName(string query, string registered)
    {
        var match = NeaRegistry.Verify(query).ShouldBeSameAgencyAs(NeaRegistry.Named(registered));

        match.Codes().ShouldContain(MatchReasonCodes.NameIdentical);
        match.Similarity.ShouldBe(1.0);
    }

    [Theory]
    [InlineData("Mufti", "MUFTI RECRUITMENT AGENCIES LIMITED", MatchReasonCodes.SectorWordMissing)]
    [InlineData("Riverside", "RIVERSIDE MANPOWER LIMITED", MatchReasonCodes.SectorWordMissing)]
    [InlineData("Jetwide Consortium Recruitment Agency", "JETWIDE CONSORTIUM LIMITED", MatchReasonCodes.SectorWordExtra)]
    [InlineData("Highnote International", "HIGHNOTE LIMITED", MatchReasonCodes.SectorWordExtra)]
    [InlineData("Riverside Recruitment", "RIVERSIDE MANPOWER LIMITED", MatchReasonCodes.SectorWordDiffers)]
    public void Verify_SectorWordMissingExtraOrDifferent_FindsTheAgencyAndSaysWhich(string query, string registered, string reason)
    {
        var match = NeaRegistry.Verify(query).ShouldBeSameAgencyAs(NeaRegistry.Named(registered));

        match.Codes().ShouldContain(reason);
    }

    [Fact]
    public void Verify_OtherSectorWord_ExplainsManpowerVersusRecruitment()
    {
        var match = NeaRegistry.Verify("Riverside Recruitment").ShouldBeSameAgencyAs(NeaRegistry.Named("RIVERSIDE MANPOWER LIMITED"));

        MatchReasonText.Describe(match.Reason(MatchReasonCodes.SectorWordDiffers), "en")
            .ShouldBe("name differs only by 'Recruitment' vs 'Manpower'");
    }

    [Theory]
    [InlineData("Towfiq Munawar Agency", "MUNAWAR TOWFIQ AGENCY LIMITED")]
    [InlineData("Consortium Jetwide", "JETWIDE CONSORTIUM LIMITED")]
    [InlineData("Alsaeed Alkhat Manpower", "ALKHAT ALSAEED MANPOWER COMPANY LIMITED")]
    public void Verify_WordsSwapped_FindsTheAgency(string query, string registered)
    {
        var match = NeaRegistry.Verify(query).ShouldBeSameAgencyAs(NeaRegistry.Named(registered));

        match.Codes().ShouldContain(MatchReasonCodes.WordsInDifferentOrder);
    }

    [Theory]
    [InlineData("Al-Jami")]
    [InlineData("Al Jami")]
    [InlineData("Aljami")]
    [InlineData("AL-JAMI LTD")]
    [InlineData("al jami limited")]
    [InlineData("Al- Jami")]
    [InlineData("El Jami")]
    public void Verify_SpacingOfAl_MakesNoDifference(string query)
    {
        var verification = NeaRegistry.Verify(query);

        verification.Verdict.ShouldBe(Verdict.Licensed);
        verification.ShouldBeSameAgencyAs(NeaRegistry.Named("Al-jami Limited")).Similarity.ShouldBe(1.0);
    }

    [Theory]
    [InlineData("Al Amal General Agencies")]
    [InlineData("Alamal General Agency")]
    [InlineData("AL-AMAL GENERAL AGENCIES LTD")]
    [InlineData("El-Amal General Agencies")]
    public void Verify_AlAmalVariants_FindAlAmal(string query)
    {
        NeaRegistry.Verify(query).ShouldBeSameAgencyAs(NeaRegistry.Named("AL-AMAL GENERAL AGENCIES LIMITED"));
    }

    [Fact]
    public void Verify_WithoutTheArticle_FindsTheAgencyAndSaysSo()
    {
        var match = NeaRegistry.Verify("Jami Limited").ShouldBeSameAgencyAs(NeaRegistry.Named("Al-jami Limited"));

        match.Codes().ShouldContain(MatchReasonCodes.ArticleDiffers);
    }

    [Theory]
    [InlineData("Munawar Tawfeeq")]
    [InlineData("Munawar Taufeeq Agency")]
    [InlineData("Munawwar Tawfeeq Agency")]
    public void Verify_TransliterationOfTowfiq_FindsMunawarTowfiq(string query)
    {
        var verification = NeaRegistry.Verify(query);

        verification.Verdict.ShouldBe(Verdict.Expired);
        var match = verification.ShouldBeSameAgencyAs(NeaRegistry.Named("MUNAWAR TOWFIQ AGENCY LIMITED"));
        match.Reason(MatchReasonCodes.SoundsAlike).Values["registered"].ShouldBe("Towfiq");
    }

    [Theory]
    [InlineData("RA/2025/10/24")]
    [InlineData("ra-2025-10-24")]
    [InlineData("RA 2025 10 24")]
    [InlineData("ra2025/10/24")]
    [InlineData("RA.2025.10.024")]
    [InlineData(" RA_2025_10_24 ")]
    [InlineData("2025/10/24")]
    public void Verify_LicenceNumberInAnyLayout_FindsTheAgency(string query)
    {
        var verification = NeaRegistry.Verify(query);

        verification.Verdict.ShouldBe(Verdict.Expired);
        var match = verification.ShouldBeSameAgencyAs(NeaRegistry.Named("RIVERSIDE MANPOWER LIMITED"));
        match.Similarity.ShouldBe(1.0);
        match.Reason(MatchReasonCodes.SameLicenceNumber).Values["licence"].ShouldBe("RA/2025/10/24");
    }

    [Theory]
    [InlineData("ra 2025 6 3", "Salsabil Recruiting Agency")]
    [InlineData("RA/2025/06/03", "Salsabil Recruiting Agency")]
    [InlineData("na/2021/8/13", "MUNAWAR TOWFIQ AGENCY LIMITED")]
    [InlineData("pvt zqurvd8", "Lithium Hart Company Limited")]
    public void Verify_LicenceNumberWithOtherZerosOrLayout_FindsTheAgency(string query, string registered)
    {
        NeaRegistry.Verify(query).ShouldBeSameAgencyAs(NeaRegistry.Named(registered)).Codes().ShouldContain(MatchReasonCodes.SameLicenceNumber);
    }

    [Fact]
    public void Verify_UnknownLicenceNumber_IsNotFound()
    {
        var verification = NeaRegistry.Verify("RA/2025/10/999");

        verification.Verdict.ShouldBe(Verdict.NotFound);
        verification.Matches.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("info@riversidemanpower.com", MatchReasonCodes.SameEmail)]
    [InlineData("INFO@RiversideManpower.COM", MatchReasonCodes.SameEmail)]
    [InlineData("mailto:info@riversidemanpower.com", MatchReasonCodes.SameEmail)]
    [InlineData("careers@riversidemanpower.com", MatchReasonCodes.SameEmailDomain)]
    [InlineData("www.riversidemanpower.com", MatchReasonCodes.SameWebsite)]
    [InlineData("riversidemanpower.com", MatchReasonCodes.SameWebsite)]
    [InlineData("https://riversidemanpower.com/", MatchReasonCodes.SameWebsite)]
    [InlineData("http://WWW.RiversideManpower.com/jobs?country=sau", MatchReasonCodes.SameWebsite)]
    public void Verify_EmailOrWebsiteVariant_FindsTheAgency(string query, string reason)
    {
        var match = NeaRegistry.Verify(query).ShouldBeSameAgencyAs(NeaRegistry.Named("RIVERSIDE MANPOWER LIMITED"));

        match.Codes().ShouldContain(reason);
        match.Similarity.ShouldBe(1.0);
    }

    [Fact]
    public void Verify_GmailAddressOfAgency_FindsItButAnotherGmailAddressFindsNothing()
    {
        NeaRegistry.Verify("JueflentAgencies@Gmail.com").ShouldBeSameAgencyAs(NeaRegistry.Named("JUEFELENT AGENCY LIMITED"));

        // The free-mail domain is shared by most of the registry: it identifies nobody.
        var other = NeaRegistry.Verify("recruiter.kenya@gmail.com");
        other.Verdict.ShouldBe(Verdict.NotFound);
        other.Matches.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("0712 345 678")]
    [InlineData("+254 712 345 678")]
    [InlineData("254712345678")]
    [InlineData("(0712) 345-678")]
    [InlineData("+254-712-345678")]
    public void Verify_PhoneInAnyFormat_FindsTheAgency(string query)
    {
        var registry = NeaRegistry.Agencies.Select(a => a.Name == "KAZI SOLUTIONS LIMITED" ? a with { Phones = ["+254712345678"] } : a).ToList();
        var matcher = new AgencyMatcher(registry);

        var verification = matcher.Verify(AgencyQuery.Parse(query));

        verification.Verdict.ShouldBe(Verdict.Expired);
        verification.ShouldBeSameAgencyAs(registry.Single(a => a.Name == "KAZI SOLUTIONS LIMITED")).Codes().ShouldContain(MatchReasonCodes.SamePhone);
    }

    [Fact]
    public void Verify_SameNameAndLicenceNumber_IsTheAgencyWithBothReasons()
    {
        var verification = NeaRegistry.Matcher.Verify(new AgencyQuery(Name: "Riverside Manpower Ltd", LicenceNumber: "ra 2025 10 24"));

        verification.Verdict.ShouldBe(Verdict.Expired);
        verification.ShouldBeSameAgencyAs(NeaRegistry.Named("RIVERSIDE MANPOWER LIMITED")).Codes()
            .ShouldBe([MatchReasonCodes.SameLicenceNumber, MatchReasonCodes.NameIdentical, MatchReasonCodes.LicenceExpiredOn]);
    }

    [Fact]
    public void Verify_DuplicateRegistration_ReturnsBothWithTheLatestLicenceFirst()
    {
        var verification = NeaRegistry.Verify("Key Resource Services");

        verification.Matches.Select(m => m.Agency.LicenceNumber).ShouldBe(["RA/2025/07/4", "NA/2021/05/19"]);
        verification.Matches.ShouldAllBe(m => m.IsSameAgency);
    }

    [Theory]
    [InlineData("xqzvbnmlk")]
    [InlineData("Zzyzx Qwerty Holdings")]
    [InlineData("Pfnord Blorptastic Ltd")]
    public void Verify_Gibberish_IsNotFoundWithNothingSimilar(string query)
    {
        var verification = NeaRegistry.Verify(query);

        verification.Verdict.ShouldBe(Verdict.NotFound);
        verification.Matches.ShouldBeEmpty();
        verification.AlsoSimilar.ShouldBeEmpty();
    }

    [Fact]
    public void Verify_UnregisteredNameSharingAWord_IsNotFoundWithTheOthersAlsoSimilar()
    {
        var verification = NeaRegistry.Verify("Golden Star Recruitment");

        verification.Verdict.ShouldBe(Verdict.NotFound);
        verification.AlsoSimilar.Select(m => m.Agency.Name).ShouldContain("GOLDEN HANDS EMPOWERMENT LTD");
        var golden = verification.AlsoSimilar.Single(m => m.Agency.Name == "GOLDEN HANDS EMPOWERMENT LTD");
        golden.IsSameAgency.ShouldBeFalse();
        golden.Reason(MatchReasonCodes.SharesWords).Values["words"].ShouldBe("Golden");
    }

    [Fact]
    public void Verify_EveryRegisteredName_FindsItselfAndIsNeverALookalike()
    {
        var failures = new List<string>();
        foreach (var agency in NeaRegistry.Agencies)
        {
            var verification = NeaRegistry.Matcher.Verify(new AgencyQuery(Name: agency.Name));
            var expected = agency.State == LicenceState.Licensed ? Verdict.Licensed : Verdict.Expired;
            if (verification.Verdict != expected || !verification.Matches.Any(m => m.Agency == agency && m.IsSameAgency))
            {
                failures.Add($"{agency.Name}: {verification.Verdict} {MatchAssertions.Names(verification.Matches)}");
            }
        }

        failures.ShouldBeEmpty();
    }

    [Fact]
    public void Verify_EveryRegisteredLicenceNumber_FindsItsAgency()
    {
        var failures = NeaRegistry.Agencies
            .Where(a => NeaRegistry.Verify(a.LicenceNumber!.ToLowerInvariant().Replace('/', ' ')).Matches.FirstOrDefault()?.Agency != a)
            .Select(a => a.LicenceNumber)
            .ToList();

        failures.ShouldBeEmpty();
    }
}
