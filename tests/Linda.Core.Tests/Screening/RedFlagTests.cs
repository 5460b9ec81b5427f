using Linda.Core.Agencies;
using Linda.Core.Matching;
using Linda.Core.Screening;
using Linda.Core.Tests.Matching;

namespace Linda.Core.Tests.Screening;

/// <summary>
/// Each red flag, with positive and negative offers in English and Kiswahili (the rule file's own examples are checked in
/// <see cref="RuleFileTests"/>); the computed flags and the registry checks.
/// </summary>
public sealed class RedFlagTests
{
    private static ScreeningResult Screen(string text, AgencyMatcher? registry = null, string? agency = null, string? licence = null, string? destination = null) =>
        OfferScreener.Default.Screen(new OfferInput(text, agency, licence, destination), registry);

    private static IReadOnlyList<string> Codes(string text, AgencyMatcher? registry = null, string? agency = null, string? licence = null, string? destination = null) =>
        Screen(text, registry, agency, licence, destination).Flags.Select(f => f.Code).ToList();

    [Theory]
    [InlineData("visit-visa", "Travel on a tourist visa, we sort the papers there.")]
    [InlineData("visit-visa", "Utasafiri kwa visa ya utalii.")]
    [InlineData("no-contract", "You will sign the contract when you arrive in Doha.")]
    [InlineData("no-contract", "Hakuna haja ya mkataba.")]
    [InlineData("no-requirements", "No interview, no documents required.")]
    [InlineData("no-requirements", "Bila uzoefu wala vyeti.")]
    [InlineData("guaranteed-outcome", "100% guaranteed placement.")]
    [InlineData("guaranteed-outcome", "Tunakuhakikishia kazi.")]
    [InlineData("vague-employer", "Employer details will be shared later.")]
    [InlineData("vague-employer", "Mwajiri atajulikana baadaye.")]
    [InlineData("passport-surrender", "Hand over your original passport to the agent.")]
    [InlineData("passport-surrender", "Kabidhi pasipoti yako ofisini.")]
    [InlineData("details-before-offer", "Share the OTP you receive to confirm your application.")]
    [InlineData("details-before-offer", "Nitumie namba ya siri ya M-Pesa.")]
    [InlineData("urgency", "Limited slots, first come first served!")]
    [InlineData("urgency", "Mwisho wa kujiandikisha ni leo.")]
    [InlineData("debt-travel", "You will pay back the ticket from your salary.")]
    [InlineData("debt-travel", "Gharama zitakatwa kwenye mshahara.")]
    [InlineData("work-for-relatives", "You will clean several houses of the family.")]
    [InlineData("work-for-relatives", "Utafanya kazi kwa familia nyingine pia.")]
    [InlineData("no-day-off", "Work 7 days a week, no rest day.")]
    [InlineData("no-day-off", "Kazi siku saba kwa wiki.")]
    [InlineData("phone-kept", "No phones allowed for the first six months.")]
    [InlineData("phone-kept", "Simu haziruhusiwi kazini.")]
    [InlineData("fee-to-personal-account", "Pay via my M-Pesa number 0712 345 678.")]
    [InlineData("fee-to-personal-account", "Lipa kwa namba hii 0712 345 678.")]
    [InlineData("fee-before-contract", "Upfront payment required to start processing.")]
    [InlineData("fee-before-contract", "Lipa ada kabla ya kusaini mkataba.")]
    [InlineData("messaging-only", "DM only, no calls please.")]
    [InlineData("messaging-only", "Kwa WhatsApp pekee.")]
    [InlineData("scam-compound", "Company near KK Park, cross the border by boat.")]
    [InlineData("scam-compound", "Utavuka mpaka kwa mashua.")]
    public void Phrases_InEnglishAndKiswahili_RaiseTheirFlag(string code, string text)
    {
        Codes(text).ShouldContain(code);
    }

    [Theory]
    [InlineData("visit-visa", "Do not accept a visit visa: we process work visas only.")]
    [InlineData("visit-visa", "Usikubali visa ya kutembelea.")]
    [InlineData("passport-surrender", "Never hand over your passport to anyone.")]
    [InlineData("passport-surrender", "Usiache pasipoti yako kwa wakala yeyote.")]
    [InlineData("fee-to-personal-account", "Beware: never send money to a personal M-Pesa number.")]
    [InlineData("fee-to-personal-account", "Jihadhari, usitume pesa kwa namba ya mtu binafsi.")]
    [InlineData("guaranteed-outcome", "Nobody can guarantee you a visa.")]
    [InlineData("urgency", "Apply now at our office; applications close on 30 June.")]
    [InlineData("fee-requested", "The employer pays the visa fee and the medical fee.")]
    [InlineData("fee-requested", "Mwajiri analipa ada ya visa.")]
    public void Negations_AndWarnings_DoNotRaiseTheFlag(string code, string text)
    {
        Codes(text).ShouldNotContain(code);
    }

    [Fact]
    public void Fee_Alone_IsLowRisk_BecauseInKenyaAFeeIsNoVerdict()
    {
        var result = Screen("Medical fee KES 6,000 paid at the clinic. Salary SAR 1,500 per month.");

        var fee = result.Flags.ShouldHaveSingleItem();
        fee.Code.ShouldBe("fee-requested");
        fee.Severity.ShouldBe(Severity.Low);
        result.Risk.ShouldBe(RiskLevel.Low);
    }

    [Theory]
    [InlineData("Fee KES 20,000. Salary SAR 1,500 per month.", 0.1, Severity.Low)]
    [InlineData("Fee KES 30,000. Salary SAR 1,000 per month.", 0.2, Severity.Low)]
    [InlineData("Fee KES 50,000. Salary SAR 1,200 per month.", 0.4, Severity.Medium)]
    [InlineData("Fee KES 90,000. Salary SAR 1,200 per month.", 0.55, Severity.High)]
    [InlineData("Fee KES 90,000.", 0.4, Severity.Medium)]
    [InlineData("Fee KES 200,000.", 0.55, Severity.High)]
    [InlineData("Ada ya usajili Ksh 90,000. Mshahara SAR 1,200 kwa mwezi.", 0.55, Severity.High)]
    public void Fee_WeighsByItsSizeAgainstTheSalary(string text, double weight, Severity severity)
    {
        var fee = Screen(text).Flags.Single(f => f.Code == "fee-requested");

        fee.Weight.ShouldBe(weight);
        fee.Severity.ShouldBe(severity);
    }

    [Fact]
    public void Fee_Detail_ComparesTheFeeWithTheSalary_InBothLanguages()
    {
        var fee = Screen("Registration fee KES 90,000. Salary SAR 1,200 per month.").Flags.Single(f => f.Code == "fee-requested");

        fee.Detail("en").ShouldBe("The fee asked (KES 90,000) is about 2.2 months of the salary offered.");
        fee.Detail("sw").ShouldBe("Ada inayoombwa (KES 90,000) ni sawa na mishahara ya miezi 2.2 hivi.");
        fee.Evidence.Select(e => e.Text).ShouldBe(["Registration fee", "KES 90,000"]);
    }

    [Theory]
    [InlineData("Housemaids for Riyadh, salary SAR 4,000 per month.", true)]
    [InlineData("Housemaids for Riyadh, salary SAR 1,500 per month.", false)]
    [InlineData("Nurses for Riyadh, salary SAR 7,000 per month.", false)]
    [InlineData("Madereva Dubai, mshahara AED 7,000 kwa mwezi.", true)]
    [InlineData("Drivers, salary USD 3,000 per month.", false)]
    [InlineData("Drivers for Dubai, earn USD 100 per day.", true)]
    public void Salary_FarAboveTheGoingRateForTheRoleAndDestination(string text, bool flagged)
    {
        Codes(text).Contains("salary-above-going-rate").ShouldBe(flagged);
    }

    [Fact]
    public void Salary_Detail_NamesTheUsualRate()
    {
        var flag = Screen("Housemaids for Riyadh, salary SAR 4,000 per month.").Flags.Single(f => f.Code == "salary-above-going-rate");

        flag.Detail("en").ShouldBe("SAR 4,000 a month is about 2.4 times the usual USD 450 for this work.");
        flag.Detail("sw")!.ShouldContain("USD 450");
    }

    [Theory]
    [InlineData("Customer service agents needed in Bangkok.", null, true)]
    [InlineData("Data entry jobs, salary USD 1,200.", "KHM", true)]
    [InlineData("Crypto trading jobs in Laos.", null, true)]
    [InlineData("Kazi ya kuingiza data Myanmar.", null, true)]
    [InlineData("English teachers needed in Bangkok.", null, false)]
    [InlineData("Customer service agents needed in Dubai.", null, false)]
    public void ScamCompound_BaitRoleInACompoundCountry(string text, string? destination, bool flagged)
    {
        Codes(text, destination: destination).Contains("scam-compound").ShouldBe(flagged);
    }

    [Theory]
    [InlineData("Drivers for Dubai. WhatsApp 0712 345 678.", true)]
    [InlineData("Drivers for Dubai. Join t.me/kazi_dubai.", true)]
    [InlineData("Drivers for Dubai. WhatsApp 0712 345 678 or e-mail jobs@example.com.", false)]
    [InlineData("Drivers for Dubai. WhatsApp 0712 345 678 or visit our office on Moi Avenue.", false)]
    [InlineData("Drivers for Dubai. Call 0712 345 678.", false)]
    public void MessagingOnly_WhenEveryContactIsWhatsAppOrTelegram(string text, bool flagged)
    {
        Codes(text).Contains("messaging-only").ShouldBe(flagged);
    }

    [Fact]
    public void Flags_HaveTitleAndExplanationInTheRequestedLanguage()
    {
        var flag = Screen("Travel on a visit visa.").Flags.ShouldHaveSingleItem();

        flag.Title("en").ShouldBe("Travel on a visit or tourist visa");
        flag.Title("sw").ShouldBe("Safari kwa visa ya kutembelea au ya utalii");
        flag.Explanation("sw").ShouldContain("visa ya kazi");
        flag.Evidence.ShouldHaveSingleItem().ShouldBe(new TextSpan(OfferFields.Text, 12, 10, "visit visa"));
    }

    [Fact]
    public void Risk_FollowsTheScoreAndTheThresholds()
    {
        Screen("Drivers needed in Nairobi. Apply with CV.").Risk.ShouldBe(RiskLevel.Low);
        Screen("Drivers for Dubai on a visit visa.").Risk.ShouldBe(RiskLevel.Medium);
        var high = Screen("Drivers for Dubai on a visit visa. The contract will be given on arrival. Your passport will be kept by the employer.");
        high.Risk.ShouldBe(RiskLevel.High);
        high.Score.ShouldBeGreaterThanOrEqualTo(ScreeningRules.Default.HighThreshold);
        high.NextSteps("sw")[0].ShouldStartWith("Usilipe");
    }

    // The registry: the real NEA extract on the tests' fixed day (RIVERSIDE MANPOWER LIMITED expired on 3 Oct 2026).

    [Fact]
    public void Registry_NamedAgencyWithAnExpiredLicence()
    {
        var result = Screen("Drivers for Dubai. Apply through Riverside Manpower Limited.", NeaRegistry.Matcher);

        var flag = result.Flags.ShouldHaveSingleItem();
        flag.Code.ShouldBe("agency-licence-expired");
        flag.Evidence.ShouldHaveSingleItem().Text.ShouldBe("Riverside Manpower Limited");
        var agency = result.Entities.Agencies.ShouldHaveSingleItem();
        agency.Check!.Verdict.ShouldBe(Verdict.Expired);
        agency.Check.RegisteredName.ShouldBe("RIVERSIDE MANPOWER LIMITED");
        agency.Check.State.ShouldBe(LicenceState.Expired);
    }

    [Fact]
    public void Registry_GivenAgencyThatIsLicensed_RaisesNothing()
    {
        var result = Screen("Drivers for Dubai.", NeaRegistry.Matcher, agency: "Al-jami Limited");

        result.Flags.ShouldBeEmpty();
        result.Entities.Agencies.ShouldHaveSingleItem().Check!.Verdict.ShouldBe(Verdict.Licensed);
    }

    [Fact]
    public void Registry_GivenAgencyNotInTheRegistry_IsNotLicensed_WithTheFieldAsEvidence()
    {
        var flag = Screen("Drivers for Dubai.", NeaRegistry.Matcher, agency: "Zawadi Bora Recruitment Agency").Flags.ShouldHaveSingleItem();

        flag.Code.ShouldBe("agency-not-licensed");
        flag.Evidence.ShouldHaveSingleItem().ShouldBe(new TextSpan(OfferFields.Agency, 0, 30, "Zawadi Bora Recruitment Agency"));
    }

    [Fact]
    public void Registry_AnEmployerNameNotInTheRegistry_IsNotAccused()
    {
        Codes("Cleaners for Sunrise Catering Limited, Doha.", NeaRegistry.Matcher).ShouldNotContain("agency-not-licensed");
    }

    [Fact]
    public void Registry_LicenceNumberOfAnotherAgency_IsALookalike()
    {
        var flag = Screen("Drivers for Dubai.", NeaRegistry.Matcher, agency: "Al-jami Limited", licence: "RA/2025/10/24").Flags.ShouldHaveSingleItem();

        flag.Code.ShouldBe("agency-lookalike");
        flag.Evidence.Select(e => e.Field).ShouldBe([OfferFields.Agency, OfferFields.Licence]);
    }

    [Theory]
    [InlineData("Licence RA/2025/10/24", "agency-licence-expired")]
    [InlineData("Licence RA/2031/01/99", "agency-not-licensed")]
    [InlineData("E-mail info@riversidemanpower.com", "agency-licence-expired")]
    public void Registry_ALicenceNumberOrContactAlone_SaysWhichAgency(string text, string code)
    {
        Codes("Drivers for Dubai. " + text, NeaRegistry.Matcher).ShouldBe([code]);
    }

    [Fact]
    public void Registry_ContactOfADifferentLicensedAgency()
    {
        var result = Screen("Drivers for Dubai. Zawadi Bora Recruitment Agency, e-mail joytommanpower@gmail.com", NeaRegistry.Matcher);

        var flag = result.Flags.Single(f => f.Code == "contact-of-other-agency");
        flag.Evidence.Select(e => e.Text).ShouldBe(["Zawadi Bora Recruitment Agency", "joytommanpower@gmail.com"]);
        result.Flags.Select(f => f.Code).ShouldContain("agency-not-licensed");
    }

    [Fact]
    public void Registry_ContactOfTheSameAgency_RaisesNothing()
    {
        var registry = new AgencyMatcher([RegistryAgencyBuilder.Agency("ZAWADI BORA RECRUITMENT AGENCY LIMITED").Licence("RA/2026/01/1").Email("hr@zawadibora.example.com")]);

        Codes("Drivers for Dubai. Zawadi Bora Recruitment Agency Limited, hr@zawadibora.example.com", registry).ShouldBeEmpty();
    }

    [Fact]
    public void Registry_SuspendedAgency()
    {
        var registry = new AgencyMatcher([RegistryAgencyBuilder.Agency("ZAWADI BORA RECRUITMENT AGENCY LIMITED").Licence("RA/2026/01/1").InState(LicenceState.Suspended)]);

        Codes("Drivers for Dubai.", registry, agency: "Zawadi Bora Recruitment Agency").ShouldBe(["agency-suspended"]);
    }

    [Fact]
    public void Registry_EmptyOrAbsent_NoAgencyFlags()
    {
        Codes("Drivers for Dubai.", new AgencyMatcher([]), agency: "Zawadi Bora Recruitment Agency").ShouldBeEmpty();
        Codes("Drivers for Dubai.", null, agency: "Zawadi Bora Recruitment Agency").ShouldBeEmpty();
    }
}
