using Linda.Core.Offers;

namespace Linda.Core.Tests.Offers;

public sealed class AdFileReaderTests
{
    [Fact]
    public void Csv_HeaderNamesInAnyCase_DateColumnAsPublished_QuotedLinesKeepTheirNumbers()
    {
        var csv = "Text,URL,Date,Id\n\"line one,\nstill one\",https://jobs-example.test/1,2026-11-20,a\nsecond,,2026-11-21T10:00:00+03:00,b\n";

        var result = AdFileReader.ReadCsv(new StringReader(csv));

        result.Problem.ShouldBeNull();
        result.Ads.Select(a => (a.Line, a.Text, a.Url, a.PublishedAt, a.ExternalId)).ShouldBe(
        [
            (2, "line one,\nstill one", "https://jobs-example.test/1", new DateTime(2026, 11, 20, 0, 0, 0, DateTimeKind.Utc), "a"),
            (4, "second", null, new DateTime(2026, 11, 21, 7, 0, 0, DateTimeKind.Utc), "b"),
        ]);
    }

    [Fact]
    public void Csv_PublishedColumnWinsOverDate()
    {
        var result = AdFileReader.ReadCsv(new StringReader("text,date,published\nan ad,not a date,2026-01-02\n"));

        result.Ads.Single().PublishedAt.ShouldBe(new DateTime(2026, 1, 2, 0, 0, 0, DateTimeKind.Utc));
    }

    [Theory]
    [InlineData("", "The file is empty.")]
    [InlineData("title,url\nx,y\n", "The header row has no \"text\" column. Expected columns: text, title, url, published, date, id (only text is required).")]
    public void Csv_Unreadable_SaysWhy(string csv, string problem) =>
        AdFileReader.ReadCsv(new StringReader(csv)).Problem.ShouldBe(problem);

    [Fact]
    public void JsonLines_NumericIdsAreKept_BlankLinesSkipped_BadLinesReported()
    {
        var jsonl = "{\"id\": 7, \"text\": \"an ad\", \"published\": \"2026-11-28\"}\n\n{\"text\": \"b\", \"title\": 5}\n{\"text\": \"c\", \"published\": \"tomorrow\"}\n";

        var result = AdFileReader.ReadJsonLines(new StringReader(jsonl));

        result.Ads.Select(a => (a.Line, a.Text, a.ExternalId)).ShouldBe([(1, "an ad", "7")]);
        result.Rejections.ShouldBe(
        [
            new AdRejection(3, "\"title\" must be a string."),
            new AdRejection(4, "The published date is not a date (expected e.g. 2026-11-28 or 2026-11-28T09:30:00Z)."),
        ]);
    }

    [Theory]
    [InlineData("ads.CSV", AdFileReader.Format.Csv)]
    [InlineData("ads.jsonl", AdFileReader.Format.JsonLines)]
    [InlineData("ads.ndjson", AdFileReader.Format.JsonLines)]
    [InlineData("ads.json", null)]
    public void FormatOf_ReadsTheExtension(string name, AdFileReader.Format? format) =>
        AdFileReader.FormatOf(name).ShouldBe(format);
}

public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("<p>Cooks &amp; cleaners</p><p>Doha</p>", "Cooks & cleaners\nDoha")]
    [InlineData("a <b>visit</b> visa, <a href=\"x\">apply</a>", "a visit visa, apply")]
    [InlineData("one<br/>two<script>alert('x')</script><style>p{}</style><!-- hidden -->", "one\ntwo")]
    [InlineData("<ul><li>first</li><li>second</li></ul>", "first\nsecond")]
    [InlineData("  plain   text\t here  ", "plain text here")]
    [InlineData(null, "")]
    public void ToPlain_KeepsTheReadableText(string? html, string text) => HtmlText.ToPlain(html).ShouldBe(text);
}

public sealed class AdIdentifierValuesTests
{
    [Fact]
    public void Normalise_LowerCasesContacts_KeepsPhonesAndLicenceKeys_AndJoinsAgencySpellings()
    {
        var values = AdIdentifierValues.Normalise(
        [
            ("phone", "+254712345678"), ("email", " Jobs@Example.TEST "), ("website", "Example.TEST"), ("telegram", "BlueJobs"),
            ("licence", "RA-2026-5-17"), ("agency", "Al-Amal Recruitment Agency Ltd."), ("agency", "AL AMAL  recruitment agency limited"),
            ("email", "jobs@example.test"), ("agency", "!!!"), ("website", new string('w', 400) + ".test"),
        ]);

        values.ShouldBe(
        [
            ("phone", "+254712345678"), ("email", "jobs@example.test"), ("website", "example.test"), ("telegram", "bluejobs"),
            ("licence", "RA-2026-5-17"), ("agency", "alamal recruitment agency"),
        ]);
    }
}
