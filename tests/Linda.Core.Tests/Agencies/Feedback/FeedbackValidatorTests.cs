using Linda.Core.Agencies;
using Linda.Core.Agencies.Feedback;

namespace Linda.Core.Tests.Agencies.Feedback;

public sealed class FeedbackValidatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    private static readonly FeedbackSubmission Minimal = new() { AgencyName = "Synthetic Horizon Agency", Issues = [FeedbackCodes.PassportKept] };

    private static FeedbackValidation Validate(FeedbackSubmission submission) => FeedbackValidator.Validate(submission, Today);

    private static string ErrorFor(FeedbackSubmission submission, string field)
    {
        var result = Validate(submission);
        result.IsValid.ShouldBeFalse();
        result.Errors.ShouldContainKey(field);
        return result.Errors[field].ShouldHaveSingleItem();
    }

    [Fact]
    public void FullSubmission_IsCleanedAndResolved()
    {
        var result = Validate(new FeedbackSubmission
        {
            Language = "sw",
            AgencyName = "  Synthetic Horizon Agency ",
            LicenceNumber = "ra-2025-10-24",
            Issues = [FeedbackCodes.FeesAsked, FeedbackCodes.PassportKept, FeedbackCodes.Abuse, ""],
            FeeAmount = 150000.555m,
            FeeCurrency = "kes",
            FeePaidTo = "mobile_money",
            FeePaidToDetail = " a personal number ",
            FeeReceiptGiven = false,
            DestinationCountry = "sau",
            DestinationCity = "Riyadh",
            When = "2026-09",
            RatingFees = 1,
            RatingSupportAbroad = 5,
            Text = "Line one\nline two\0",
            ContactName = "Synthetic Name",
            ContactPhone = "0712 345 678",
            ContactNote = "after 6 pm",
            SalaryAmount = 1500,
            SalaryCurrency = "SAR",
        });

        result.Errors.ShouldBeEmpty();
        var f = result.Feedback.ShouldNotBeNull();
        f.Language.ShouldBe("sw");
        f.AgencyName.ShouldBe("Synthetic Horizon Agency");
        f.LicenceKey.ShouldBe("RA/2025/10/24");
        f.FeesAsked.ShouldBeTrue();
        f.PassportKept.ShouldBeTrue();
        f.Abuse.ShouldBeTrue();
        f.ContractChanged.ShouldBeFalse();
        f.FeeAmount.ShouldBe(150000.56m);
        f.FeeCurrency.ShouldBe("KES");
        f.FeePaidTo.ShouldBe(FeePayee.MobileMoney);
        f.FeePaidToDetail.ShouldBe("a personal number");
        f.FeeReceiptGiven.ShouldBe(false);
        f.DestinationCountry.ShouldBe("SAU");
        f.HappenedOn.ShouldBe(new DateOnly(2026, 9, 1));
        f.Text.ShouldBe("Line one\nline two");
        f.ContactPhone.ShouldBe("+254712345678");
        f.ContactPhoneIsE164.ShouldBeTrue();
        f.SalaryPromised.ShouldBe(1500m);
        f.SalaryCurrency.ShouldBe("SAR");
    }

    [Fact]
    public void AgencyName_IsRequiredUnlessALicenceNumberIsGiven()
    {
        ErrorFor(Minimal with { AgencyName = "   " }, FeedbackFields.AgencyName).ShouldBe(FeedbackMessages.AgencyNameRequired);
        var byLicence = Validate(Minimal with { AgencyName = null, LicenceNumber = "RA/2025/10/24" });
        byLicence.IsValid.ShouldBeTrue();
        byLicence.Feedback!.AgencyName.ShouldBe("");
    }

    [Fact]
    public void AgencyName_Over200_IsRefused()
    {
        Validate(Minimal with { AgencyName = new string('a', 200) }).IsValid.ShouldBeTrue();
        ErrorFor(Minimal with { AgencyName = new string('a', 201) }, FeedbackFields.AgencyName).ShouldBe(FeedbackMessages.AtMost200);
    }

    [Theory]
    [InlineData("not a licence")]
    [InlineData("12345")]
    public void LicenceNumber_Unreadable_IsRefused(string licence) =>
        ErrorFor(Minimal with { LicenceNumber = licence }, FeedbackFields.LicenceNumber).ShouldBe(FeedbackMessages.LicenceUnreadable);

    [Fact]
    public void LicenceNumber_OverLong_IsRefused() =>
        ErrorFor(Minimal with { LicenceNumber = "RA/" + new string('1', 70) }, FeedbackFields.LicenceNumber).ShouldBe(FeedbackMessages.AtMost64);

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public void Rating_OutsideOneToFive_IsRefused(int rating)
    {
        ErrorFor(Minimal with { RatingFees = rating }, FeedbackFields.RatingFees).ShouldBe(FeedbackMessages.RatingOutOfRange);
        ErrorFor(Minimal with { RatingContractHonesty = rating }, FeedbackFields.RatingContractHonesty);
        ErrorFor(Minimal with { RatingPreDeparture = rating }, FeedbackFields.RatingPreDeparture);
        ErrorFor(Minimal with { RatingSupportAbroad = rating }, FeedbackFields.RatingSupportAbroad);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(100_000_000.01)]
    public void Amount_NegativeOrAbsurd_IsRefused(double amount)
    {
        ErrorFor(Minimal with { FeeAmount = (decimal)amount, FeeCurrency = "KES" }, FeedbackFields.FeeAmount).ShouldBe(FeedbackMessages.AmountOutOfRange);
        ErrorFor(Minimal with { SalaryAmount = (decimal)amount, SalaryCurrency = "USD" }, FeedbackFields.SalaryAmount).ShouldBe(FeedbackMessages.AmountOutOfRange);
    }

    [Fact]
    public void Amount_Zero_IsAccepted_AndAnAmountNeedsACurrency()
    {
        Validate(Minimal with { FeeAmount = 0, FeeCurrency = "KES" }).IsValid.ShouldBeTrue();
        ErrorFor(Minimal with { FeeAmount = 100 }, FeedbackFields.FeeCurrency).ShouldBe(FeedbackMessages.AmountNeedsCurrency);
        var currencyAlone = Validate(Minimal with { FeeCurrency = "KES" });
        currencyAlone.Feedback!.FeeCurrency.ShouldBeNull();
    }

    [Theory]
    [InlineData("XYZ")]
    [InlineData("INR")]
    [InlineData("shillings")]
    public void Currency_NotInTheList_IsRefused(string currency)
    {
        ErrorFor(Minimal with { FeeAmount = 1, FeeCurrency = currency }, FeedbackFields.FeeCurrency).ShouldBe(FeedbackMessages.CurrencyUnknown);
        ErrorFor(Minimal with { SalaryAmount = 1, SalaryCurrency = currency }, FeedbackFields.SalaryCurrency);
    }

    [Fact]
    public void Currency_EveryListedOne_IsAccepted()
    {
        FeedbackCodes.Currencies.ShouldBe(["KES", "USD", "SAR", "AED", "QAR", "OMR", "KWD", "BHD", "LBP", "JOD", "EUR", "GBP", "UGX", "TZS"]);
        foreach (var currency in FeedbackCodes.Currencies)
        {
            Validate(Minimal with { FeeAmount = 1, FeeCurrency = currency.ToLowerInvariant() }).Feedback!.FeeCurrency.ShouldBe(currency);
        }
    }

    [Theory]
    [InlineData("XXX")]
    [InlineData("SA")]
    [InlineData("Saudi Arabia")]
    public void Country_NotAnAlpha3Code_IsRefused(string country) =>
        ErrorFor(Minimal with { DestinationCountry = country }, FeedbackFields.DestinationCountry).ShouldBe(FeedbackMessages.CountryUnknown);

    [Fact]
    public void TextAndOtherLimits_AreEnforced()
    {
        Validate(Minimal with { Text = new string('x', 4000) }).IsValid.ShouldBeTrue();
        ErrorFor(Minimal with { Text = new string('x', 4001) }, FeedbackFields.Text).ShouldBe(FeedbackMessages.AtMost4000);
        ErrorFor(Minimal with { DestinationCity = new string('x', 101) }, FeedbackFields.DestinationCity).ShouldBe(FeedbackMessages.AtMost100);
        ErrorFor(Minimal with { ContactName = new string('x', 201) }, FeedbackFields.ContactName).ShouldBe(FeedbackMessages.AtMost200);
        ErrorFor(Minimal with { ContactNote = new string('x', 201) }, FeedbackFields.ContactNote).ShouldBe(FeedbackMessages.AtMost200);
        ErrorFor(Minimal with { FeePaidToDetail = new string('x', 201) }, FeedbackFields.FeePaidToDetail).ShouldBe(FeedbackMessages.AtMost200);
        ErrorFor(Minimal with { ContactPhone = new string('1', 41) }, FeedbackFields.ContactPhone).ShouldBe(FeedbackMessages.AtMost40);
    }

    [Theory]
    [InlineData("2026-12", FeedbackMessages.WhenInFuture)]
    [InlineData("2027-01", FeedbackMessages.WhenInFuture)]
    [InlineData("1969-12", FeedbackMessages.WhenTooLongAgo)]
    [InlineData("2026-13", FeedbackMessages.WhenUnreadable)]
    [InlineData("2026-9", FeedbackMessages.WhenUnreadable)]
    [InlineData("September 2026", FeedbackMessages.WhenUnreadable)]
    [InlineData("2026-09-01", FeedbackMessages.WhenUnreadable)]
    public void When_MustBeAPastOrCurrentYearMonth(string when, string message) =>
        ErrorFor(Minimal with { When = when }, FeedbackFields.When).ShouldBe(message);

    [Fact]
    public void When_TheCurrentMonth_IsAccepted() =>
        Validate(Minimal with { When = "2026-11" }).Feedback!.HappenedOn.ShouldBe(new DateOnly(2026, 11, 1));

    [Fact]
    public void NothingTickedRatedOrWritten_IsRefused()
    {
        ErrorFor(Minimal with { Issues = [] }, FeedbackFields.Issues).ShouldBe(FeedbackMessages.NothingToReport);
        Validate(Minimal with { Issues = [], RatingPreDeparture = 4 }).IsValid.ShouldBeTrue();
        Validate(Minimal with { Issues = [], Text = "They were honest with us." }).IsValid.ShouldBeTrue();
        ErrorFor(Minimal with { Issues = [], Text = " \n " }, FeedbackFields.Issues);
    }

    [Fact]
    public void FeeDetails_WithoutTheBoxTicked_CountAsFeesAsked()
    {
        var result = Validate(new FeedbackSubmission { AgencyName = "Synthetic", FeeAmount = 20000, FeeCurrency = "KES" });

        result.Feedback!.FeesAsked.ShouldBeTrue();
    }

    [Fact]
    public void UnknownCodes_AreRefused()
    {
        ErrorFor(Minimal with { Issues = ["passport_kept", "stolen_goats"] }, FeedbackFields.Issues).ShouldBe(FeedbackMessages.IssueUnknown);
        ErrorFor(Minimal with { FeePaidTo = "cousin" }, FeedbackFields.FeePaidTo).ShouldBe(FeedbackMessages.PayeeUnknown);
        ErrorFor(Minimal with { Language = "fr" }, FeedbackFields.Language).ShouldBe(FeedbackMessages.LanguageUnknown);
    }

    [Fact]
    public void Phone_IsNormalised_OrKeptAsWritten_ButMustBeANumber()
    {
        Validate(Minimal with { ContactPhone = "+966 50 123 4567" }).Feedback!.ContactPhone.ShouldBe("+966501234567");
        var unusual = Validate(Minimal with { ContactPhone = "ext 12345678 ask desk" }).Feedback!;
        unusual.ContactPhone.ShouldBe("ext 12345678 ask desk");
        unusual.ContactPhoneIsE164.ShouldBeFalse();
        ErrorFor(Minimal with { ContactPhone = "call me" }, FeedbackFields.ContactPhone).ShouldBe(FeedbackMessages.PhoneUnreadable);
    }

    [Fact]
    public void Errors_NeverRepeatTheInput()
    {
        var result = Validate(new FeedbackSubmission { AgencyName = new string('<', 300), Text = "<script>" + new string('x', 5000), Language = "<b>" });

        result.Errors.Values.SelectMany(m => m).ShouldAllBe(m => FeedbackMessages.All.Contains(m));
    }

    [Fact]
    public void ControlCharactersAndBrokenSurrogates_AreRemoved()
    {
        var result = Validate(Minimal with { AgencyName = "Synthetic\0 Agency\t\uD800", DestinationCity = "Ri\u0007yadh" });

        result.Feedback!.AgencyName.ShouldBe("Synthetic Agency \uFFFD");
        result.Feedback.DestinationCity.ShouldBe("Riyadh");
    }

    [Theory]
    [InlineData("150000", 150000)]
    [InlineData("150,000", 150000)]
    [InlineData(" 150 000 ", 150000)]
    [InlineData("1500.50", 1500.5)]
    public void TryParseAmount_ReadsWhatPeopleType(string text, double expected)
    {
        FeedbackValidator.TryParseAmount(text, out var amount).ShouldBeTrue();
        amount.ShouldBe((decimal)expected);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1.2.3")]
    [InlineData("-5")]
    [InlineData("1e5")]
    public void TryParseAmount_RefusesWhatIsNotAnAmount(string text) =>
        FeedbackValidator.TryParseAmount(text, out _).ShouldBeFalse();

    [Fact]
    public void TryParseRating_ReadsWholeNumbersOnly()
    {
        FeedbackValidator.TryParseRating("", out var none).ShouldBeTrue();
        none.ShouldBeNull();
        FeedbackValidator.TryParseRating("4", out var four).ShouldBeTrue();
        four.ShouldBe(4);
        FeedbackValidator.TryParseRating("4.5", out _).ShouldBeFalse();
        FeedbackValidator.TryParseRating("x", out _).ShouldBeFalse();
    }

    [Fact]
    public void ToFeedback_CopiesEverythingAndStartsUnderReview()
    {
        var valid = Validate(Minimal with { Text = "Synthetic text", ContactPhone = "0712345678", FeeAmount = 5, FeeCurrency = "USD" }).Feedback!;

        var row = valid.ToFeedback("FB-2345-6789", new DateTime(2026, 11, 28, 9, 0, 0, DateTimeKind.Utc), FeedbackChannel.Api);

        row.Reference.ShouldBe("FB-2345-6789");
        row.Channel.ShouldBe(FeedbackChannel.Api);
        row.Status.ShouldBe(FeedbackStatus.UnderReview);
        row.AgencyNameGiven.ShouldBe("Synthetic Horizon Agency");
        row.Text.ShouldBe("Synthetic text");
        row.ContactPhone.ShouldBe("+254712345678");
        row.FeesAsked.ShouldBeTrue();
        row.PassportKept.ShouldBeTrue();
        row.AgencyId.ShouldBeNull();
    }
}
