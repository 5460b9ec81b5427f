using Linda.Core.Intake;
using Shouldly;

namespace Linda.Core.Tests.Intake;

public class ReportValidatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    private static (ValidReport? Report, IReadOnlyList<FieldError> Errors) Validate(ReportRequest request) =>
        ReportValidator.Validate(request, Today);

    [Fact]
    public void A_full_report_is_trimmed_and_normalised()
    {
        var (report, errors) = Validate(new ReportRequest
        {
            Language = "sw",
            ReporterRelation = "family",
            Categories = ["locked_in", "unpaid", "locked_in"],
            Description = "  Amefungiwa ndani  ",
            Country = "sau",
            City = "Riyadh",
            Since = "2026-10-01",
            PersonPhone = "0712 345 678",
            Contact = new ReportContact { Channel = "whatsapp", SafeTimes = "18:00-20:00", TimeZone = "Asia/Riyadh", DoNotCall = true, CodeWord = "mango" },
            ConsentToFollowUp = true,
        });

        errors.ShouldBeEmpty();
        report.ShouldNotBeNull();
        report.Categories.ShouldBe(["locked_in", "unpaid"]);
        report.Description.ShouldBe("Amefungiwa ndani");
        report.Country.ShouldBe("SAU");
        report.PersonPhone.ShouldBe("+254712345678");
        report.Since.ShouldBe(new DateOnly(2026, 10, 1));
        report.DoNotCall.ShouldBeTrue();
        report.TimeZone.ShouldBe("Asia/Riyadh");
    }

    [Fact]
    public void Categories_or_a_description_is_enough()
    {
        Validate(new ReportRequest { Categories = ["missing"] }).Errors.ShouldBeEmpty();
        Validate(new ReportRequest { Description = "She stopped answering" }).Errors.ShouldBeEmpty();
        var empty = Validate(new ReportRequest { Description = "   " });
        empty.Report.ShouldBeNull();
        empty.Errors.Single().ShouldBe(new FieldError("categories", FieldErrorCodes.Required, "Tick at least one thing that is happening, or describe it."));
    }

    [Theory]
    [InlineData("language", "fr")]
    [InlineData("reporterRelation", "neighbour")]
    [InlineData("categories", "kidnapped")]
    [InlineData("country", "XYZ")]
    [InlineData("county", "048")]
    [InlineData("since", "01/10/2026")]
    [InlineData("since", "2027-01-01")]
    [InlineData("personPhone", "call me maybe")]
    [InlineData("contact.channel", "pigeon")]
    [InlineData("contact.timeZone", "Mars/Olympus")]
    public void Unknown_codes_and_bad_values_name_the_field(string field, string value)
    {
        var request = new ReportRequest { Categories = ["other"] };
        switch (field)
        {
            case "language": request.Language = value; break;
            case "reporterRelation": request.ReporterRelation = value; break;
            case "categories": request.Categories = [value]; break;
            case "country": request.Country = value; break;
            case "county": request.County = value; break;
            case "since": request.Since = value; break;
            case "personPhone": request.PersonPhone = value; break;
            case "contact.channel": request.Contact = new ReportContact { Channel = value }; break;
            case "contact.timeZone": request.Contact = new ReportContact { TimeZone = value }; break;
        }

        var (report, errors) = Validate(request);

        report.ShouldBeNull();
        errors.ShouldContain(e => e.Field == field);
    }

    [Fact]
    public void Over_long_text_and_control_characters_are_refused()
    {
        var (_, errors) = Validate(new ReportRequest
        {
            Description = new string('a', ReportValidator.DescriptionMaxLength + 1),
            City = "Riyadh\u0000",
            PersonName = new string('b', 201),
            Contact = new ReportContact { CodeWord = new string('c', 51) },
            IdempotencyKey = new string('d', 101),
        });

        errors.Select(e => (e.Field, e.Code)).ShouldBe(
        [
            ("description", FieldErrorCodes.TooLong),
            ("city", FieldErrorCodes.NotText),
            ("personName", FieldErrorCodes.TooLong),
            ("contact.codeWord", FieldErrorCodes.TooLong),
            ("idempotencyKey", FieldErrorCodes.TooLong),
        ], ignoreOrder: true);
    }

    [Fact]
    public void A_county_is_only_for_Kenya()
    {
        Validate(new ReportRequest { Categories = ["other"], Country = "KEN", County = "047" }).Errors.ShouldBeEmpty();
        Validate(new ReportRequest { Categories = ["other"], County = "001" }).Errors.ShouldBeEmpty();
        Validate(new ReportRequest { Categories = ["other"], Country = "SAU", County = "001" }).Errors.Single().Code.ShouldBe(FieldErrorCodes.NotInKenya);
    }

    [Fact]
    public void Markup_is_kept_as_inert_text()
    {
        var (report, errors) = Validate(new ReportRequest { Description = "<script>alert('x')</script>; DROP TABLE Signals;--" });

        errors.ShouldBeEmpty();
        report!.Description.ShouldBe("<script>alert('x')</script>; DROP TABLE Signals;--");
    }
}
