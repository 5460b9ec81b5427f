using System.Diagnostics;
using Linda.Core.Screening;

namespace Linda.Core.Tests.Screening;

/// <summary>What the checker reads out of an offer: identifiers for linking, amounts, destinations, roles.</summary>
public sealed class EntityExtractorTests
{
    private static OfferEntities Extract(string text, string? agency = null, string? licence = null, string? destination = null) =>
        OfferScreener.Default.Extractor.Extract(new OfferInput(text, agency, licence, destination));

    [Theory]
    [InlineData("Call 0712 345 678 now", "+254712345678", "0712 345 678")]
    [InlineData("Call +254-712-345-678", "+254712345678", "+254-712-345-678")]
    [InlineData("Call 0712.345.678.", "+254712345678", "0712.345.678")]
    [InlineData("Call (0712) 345678", "+254712345678", "0712) 345678")]
    [InlineData("Tel:254712345678", "+254712345678", "254712345678")]
    [InlineData("Office 020 000 0105", "+254200000105", "020 000 0105")]
    [InlineData("Riyadh office +966 50 123 4567", "+966501234567", "+966 50 123 4567")]
    [InlineData("Call zero seven one two three four five six seven eight today", "+254712345678", "zero seven one two three four five six seven eight")]
    [InlineData("Piga sifuri saba moja mbili tatu nne tano sita saba nane leo", "+254712345678", "sifuri saba moja mbili tatu nne tano sita saba nane")]
    [InlineData("call 0 seven 12 345 six 78", "+254712345678", "0 seven 12 345 six 78")]
    [InlineData("zero seven double one, two three four - five six seven", "+254711234567", "zero seven double one, two three four - five six seven")]
    [InlineData("Call plus two five four seven one two three four five six seven eight", "+254712345678", "plus two five four seven one two three four five six seven eight")]
    public void Phones_InAnyWriting_AreE164WithTheirSpan(string text, string e164, string written)
    {
        var phone = Extract(text).Phones.ShouldHaveSingleItem();

        phone.E164.ShouldBe(e164);
        var span = phone.Spans.ShouldHaveSingleItem();
        span.Text.ShouldBe(written);
        text.Substring(span.Start, span.Length).ShouldBe(written);
        span.Field.ShouldBe(OfferFields.Text);
    }

    [Fact]
    public void Phones_TwoNumbersInOneRun_AreTwoNumbers_AndRepeatsAreOneEntityWithTwoSpans()
    {
        var phones = Extract("Call 0712345678 0722345678 or 0712 345 678.").Phones;

        phones.Select(p => p.E164).ShouldBe(["+254712345678", "+254722345678"]);
        phones[0].Spans.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("Salary KES 45,000 per month")]
    [InlineData("Licence RA/2025/10/24 issued 2025-10-24")]
    [InlineData("We have 120 000 applicants and 3 offices")]
    [InlineData("Reference 12345678")]
    [InlineData("Apply to jobs123456789@example.com")]
    public void Phones_AmountsDatesLicencesAndAddresses_AreNotPhones(string text)
    {
        Extract(text).Phones.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("WhatsApp 0712 345 678", true, false)]
    [InlineData("Call/WhatsApp: +254 712 345 678", true, false)]
    [InlineData("0712 345 678 (whatsapp only)", true, false)]
    [InlineData("Telegram 0712 345 678", false, true)]
    [InlineData("Call the office on 0712 345 678", false, false)]
    public void Phones_KnowWhenTheyAreWhatsAppOrTelegram(string text, bool whatsApp, bool telegram)
    {
        var phone = Extract(text).Phones.ShouldHaveSingleItem();

        phone.WhatsApp.ShouldBe(whatsApp);
        phone.Telegram.ShouldBe(telegram);
    }

    [Fact]
    public void MessagingLinks_AreHandles_AndAWaMeNumberIsAlsoAPhone()
    {
        var entities = Extract("Join https://wa.me/254700000102?text=hi, t.me/Jobs_Abroad, chat.whatsapp.com/AbCdEf123 and Telegram: @Kazi_HR.");

        entities.Handles.Select(h => (h.Platform, h.Value)).ShouldBe(
        [
            (MessagingPlatform.WhatsApp, "+254700000102"),
            (MessagingPlatform.Telegram, "jobs_abroad"),
            (MessagingPlatform.WhatsApp, "chat.whatsapp.com/AbCdEf123"),
            (MessagingPlatform.Telegram, "kazi_hr"),
        ]);
        var phone = entities.Phones.ShouldHaveSingleItem();
        phone.E164.ShouldBe("+254700000102");
        phone.WhatsApp.ShouldBeTrue();
        entities.Websites.ShouldBeEmpty();
    }

    [Fact]
    public void AnAtHandle_WithoutTelegram_IsNotAHandle()
    {
        Extract("Follow @kazi_news on every platform").Handles.ShouldBeEmpty();
    }

    [Fact]
    public void EmailsAndWebsites_AreNormalised_AndAnEmailsDomainIsNotAWebsite()
    {
        var entities = Extract("Write to Jobs@Example.COM, see https://www.Kazi-Bora.example.com/apply. or kazibora.co.ke; mailto:hr@example.org");

        entities.Emails.Select(e => e.Address).ShouldBe(["jobs@example.com", "hr@example.org"]);
        entities.Websites.Select(w => w.Domain).ShouldBe(["kazi-bora.example.com", "kazibora.co.ke"]);
        entities.Websites[0].Spans[0].Text.ShouldBe("https://www.Kazi-Bora.example.com/apply");
    }

    [Theory]
    [InlineData("Salary KES 45,000", 45000, "KES", MoneyPurpose.Salary)]
    [InlineData("Salary Ksh. 45,000/-", 45000, "KES", MoneyPurpose.Salary)]
    [InlineData("mshahara 45,000/= kwa mwezi", 45000, "KES", MoneyPurpose.Salary)]
    [InlineData("Registration fee KSh45k", 45000, "KES", MoneyPurpose.Fee)]
    [InlineData("Ada ya usajili Sh 20 000", 20000, "KES", MoneyPurpose.Fee)]
    [InlineData("Lipa shilingi elfu 30 leo", 30000, "KES", MoneyPurpose.Fee)]
    [InlineData("Pay is SAR 1,500 per month", 1500, "SAR", MoneyPurpose.Salary)]
    [InlineData("earn 1.500 riyals monthly", 1500, "SAR", MoneyPurpose.Salary)]
    [InlineData("USD 1,200.50 salary", 1200.50, "USD", MoneyPurpose.Salary)]
    [InlineData("$1,200 a month", 1200, "USD", MoneyPurpose.Salary)]
    [InlineData("salary 2,500 AED", 2500, "AED", MoneyPurpose.Salary)]
    [InlineData("Qatar QAR 1,300 basic", 1300, "QAR", MoneyPurpose.Salary)]
    [InlineData("OMR 180 salary", 180, "OMR", MoneyPurpose.Salary)]
    [InlineData("Deposit 30,000 bob to book", 30000, "KES", MoneyPurpose.Fee)]
    [InlineData("We do not charge KES 50,000 like others", 50000, "KES", MoneyPurpose.Unknown)]
    [InlineData("KES 5,000", 5000, "KES", MoneyPurpose.Unknown)]
    public void Money_AmountCurrencyAndPurpose(string text, double amount, string currency, MoneyPurpose purpose)
    {
        var money = Extract(text).Money.ShouldHaveSingleItem();

        money.Amount.ShouldBe((decimal)amount);
        money.Currency.ShouldBe(currency);
        money.Purpose.ShouldBe(purpose);
    }

    [Fact]
    public void Money_FeeAndSalaryInOneSentence_EachGetsItsOwnPurpose()
    {
        var money = Extract("Salary SAR 1,500, processing fee KES 30,000 payable on registration.").Money;

        money.Select(m => (m.Currency, m.Purpose)).ShouldBe([("SAR", MoneyPurpose.Salary), ("KES", MoneyPurpose.Fee)]);
    }

    [Theory]
    [InlineData("Earn KES 2,500 daily", 26)]
    [InlineData("malipo Ksh 500 kwa siku", 26)]
    [InlineData("USD 10 per hour", 208)]
    [InlineData("Salary USD 24,000 per year", 0.0833333)]
    [InlineData("Salary USD 2,000 per month", 1)]
    public void Money_APeriodAfterASalary_SaysHowManyMakeAMonth(string text, double perMonth)
    {
        Extract(text).Money.ShouldHaveSingleItem().PerMonth.ShouldBe(perMonth, 0.0001);
    }

    [Theory]
    [InlineData("Housemaids for Riyadh", "SAU", "Riyadh")]
    [InlineData("kazi Saudia", "SAU", "Saudia")]
    [InlineData("jobs in the U.A.E", "ARE", "U.A.E")]
    [InlineData("Drivers for Dubai", "ARE", "Dubai")]
    [InlineData("Kazi Falme za Kiarabu", "ARE", "Falme za Kiarabu")]
    [InlineData("hotel in Doha", "QAT", "Doha")]
    [InlineData("kazi Lebanoni", "LBN", "Lebanoni")]
    [InlineData("factory in Amman", "JOR", "Amman")]
    [InlineData("customer service in Bangkok", "THA", "Bangkok")]
    [InlineData("company in Myawaddy", "MMR", "Myawaddy")]
    [InlineData("zone in the Golden Triangle", "LAO", "Golden Triangle")]
    [InlineData("Kazi Kambodia", "KHM", "Kambodia")]
    public void Destinations_CitiesAndKiswahiliNames_AreIsoCountries(string text, string country, string place)
    {
        var destination = Extract(text).Destinations.ShouldHaveSingleItem();

        destination.Country.ShouldBe(country);
        destination.Places.ShouldBe([place]);
    }

    [Fact]
    public void Destinations_AWomanIsNotOman()
    {
        Extract("A woman from Nairobi").Destinations.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("SAU", "SAU")]
    [InlineData("qat", "QAT")]
    [InlineData("Saudi Arabia", "SAU")]
    [InlineData("Jeddah", "SAU")]
    [InlineData("Falme za Kiarabu", "ARE")]
    [InlineData("Poland", "POL")]
    [InlineData("somewhere in Dubai", "ARE")]
    [InlineData("Atlantis", null)]
    public void Destinations_TheGivenDestination_IsACodeOrAName(string given, string? country)
    {
        var destinations = Extract("Cleaners wanted.", destination: given).Destinations;

        if (country is null)
        {
            destinations.ShouldBeEmpty();
            return;
        }
        var destination = destinations.ShouldHaveSingleItem();
        destination.Country.ShouldBe(country);
        destination.Spans.ShouldHaveSingleItem().ShouldBe(new TextSpan(OfferFields.Destination, 0, given.Length, given));
    }

    [Theory]
    [InlineData("HOUSEMAIDS needed", "housemaids", "domestic")]
    [InlineData("house help wanted", "house help", "domestic")]
    [InlineData("Wafanyakazi wa nyumbani wanahitajika", "wafanyakazi wa nyumbani", "domestic")]
    [InlineData("madereva wanahitajika", "madereva", "driver")]
    [InlineData("Customer service agents", "customer service agents", "customer-service")]
    [InlineData("kazi ya kuingiza data", "kuingiza data", "data-entry")]
    [InlineData("crypto traders", "crypto traders", "online")]
    [InlineData("Registered nurses", "nurses", "nurse")]
    public void JobTitles_HaveTheirRole(string text, string title, string role)
    {
        var job = Extract(text).JobTitles.ShouldHaveSingleItem();

        job.Title.ShouldBe(title);
        job.Role.ShouldBe(role);
    }

    [Theory]
    [InlineData("NEA licence RA/2025/10/24.", "RA/2025/10/24", "RA-2025-10-24")]
    [InlineData("lic no: ra-2025-6-3", "ra-2025-6-3", "RA-2025-6-3")]
    [InlineData("License No. 2025/10/24", "2025/10/24", "2025-10-24")]
    [InlineData("leseni namba NA 2026 03 4", "NA 2026 03 4", "NA-2026-3-4")]
    public void Licences_AreFoundInTheTextWithTheirKey(string text, string number, string key)
    {
        var licence = Extract(text).Licences.ShouldHaveSingleItem();

        licence.Number.ShouldBe(number);
        licence.Key.ShouldBe(key);
    }

    [Fact]
    public void Licences_TheGivenLicenceComesFirst_AndTheSameNumberInTheTextJoinsIt()
    {
        var licence = Extract("Licence RA/2025/10/24", licence: "ra 2025 10 24").Licences.ShouldHaveSingleItem();

        licence.Spans.Select(s => s.Field).ShouldBe([OfferFields.Licence, OfferFields.Text]);
    }

    [Theory]
    [InlineData("Apply through Kazi Bora Recruitment Agency Ltd. We are licensed.", "Kazi Bora Recruitment Agency Ltd.")]
    [InlineData("URGENT HIRING GLOBAL KAZI MANPOWER LIMITED invites", "GLOBAL KAZI MANPOWER LIMITED")]
    [InlineData("Contact Al-Noor Placement Agency, Nairobi", "Al-Noor Placement Agency")]
    [InlineData("Jobs in Dubai. Bright Horizon Recruitment is hiring", "Bright Horizon Recruitment")]
    public void AgencyNames_CapitalisedWordsBeforeAnAgencyWord(string text, string name)
    {
        Extract(text).Agencies.ShouldHaveSingleItem().Name.ShouldBe(name);
    }

    [Theory]
    [InlineData("We are an NEA Licensed Agency.")]
    [InlineData("Recruitment of housemaids for Qatar")]
    [InlineData("a reputable recruitment agency in Nairobi")]
    public void AgencyNames_WordsWithoutADistinctiveName_AreNotAnAgency(string text)
    {
        Extract(text).Agencies.ShouldBeEmpty();
    }

    [Fact]
    public void AgencyNames_TheGivenNameComesFirstWithItsField()
    {
        var agency = Extract("Drivers wanted.", agency: "Zawadi Bora Recruitment").Agencies.ShouldHaveSingleItem();

        agency.Name.ShouldBe("Zawadi Bora Recruitment");
        agency.Spans.ShouldHaveSingleItem().Field.ShouldBe(OfferFields.Agency);
        agency.Check.ShouldBeNull("no registry was given");
    }

    [Fact]
    public void Spans_PointIntoTheOriginalText_EvenAfterEmojiAndCurlyQuotes()
    {
        const string text = "🇸🇦🔥 “Housemaids” wanted — WhatsApp 0712 345 678 💬 fee KES 45,000";

        var entities = Extract(text);

        var spans = entities.Phones.SelectMany(p => p.Spans).Concat(entities.Money.Select(m => m.Span)).Concat(entities.JobTitles.SelectMany(j => j.Spans));
        spans.Count().ShouldBe(3);
        spans.ShouldAllBe(s => text.Substring(s.Start, s.Length) == s.Text);
        entities.Phones.ShouldHaveSingleItem().WhatsApp.ShouldBeTrue();
    }

    [Fact]
    public void Identifiers_ListWhatLinksAds()
    {
        var entities = Extract("Bright Horizon Recruitment, RA/2025/10/24, WhatsApp 0712 345 678, t.me/kazi_hr, jobs@example.com, www.kazi.example.com");

        entities.Identifiers().ShouldBe(
        [
            ("phone", "+254712345678"), ("telegram", "kazi_hr"), ("email", "jobs@example.com"), ("website", "kazi.example.com"),
            ("licence", "RA-2025-10-24"), ("agency", "Bright Horizon Recruitment"),
        ]);
    }

    [Theory]
    [InlineData('a')]
    [InlineData('1')]
    [InlineData('@')]
    [InlineData(' ')]
    [InlineData('.')]
    public void HostileText_OfTheMaximumLength_IsReadQuicklyWithoutError(char filler)
    {
        var text = new string(filler, OfferInput.MaxTextLength);
        var watch = Stopwatch.StartNew();

        var result = OfferScreener.Default.Screen(new OfferInput(text));

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
        result.Score.ShouldBeInRange(0, 100);
    }

    [Fact]
    public void HostileText_MixedPatternsRepeated_IsReadWithoutError()
    {
        var unit = "Ksh 1,000,000,000 0712 345 678 @a_b_c_d t.me/ www. a@b.c RA/2025/10/ zero seven one \u0000\u200B “”—";
        var text = string.Concat(Enumerable.Repeat(unit, OfferInput.MaxTextLength / unit.Length + 1))[..OfferInput.MaxTextLength];

        var result = OfferScreener.Default.Screen(new OfferInput(text));

        result.Entities.Phones.ShouldNotBeEmpty();
        result.Score.ShouldBeInRange(0, 100);
    }
}
