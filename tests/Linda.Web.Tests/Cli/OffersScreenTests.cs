using System.Text.Json;
using Linda.Web.Tests.Infrastructure;

namespace Linda.Web.Tests.Cli;

/// <summary>`linda offers screen`: offline batch screening with no database and no master key.</summary>
public sealed class OffersScreenTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("linda-offers-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string File(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    private string Output => Path.Combine(_folder, "out.jsonl");

    [Fact]
    public async Task Screen_AFileWithBadLines_ScreensTheGoodOnes_ReportsTheBadByLineNumber_AndSummarises()
    {
        var input = File("offers.jsonl", string.Join('\n',
            """{"id": "a1", "text": "Housemaids for Riyadh. Travel on a visit visa, the contract will be given on arrival. Your passport will be kept by the employer."}""",
            """{"id": 2, "text": "Receptionist wanted, Nairobi dental clinic. KES 28,000 per month. Send your CV to hr@example.org."}""",
            "",
            """{"id": "bad-json", "text": "unterminated""",
            """["not", "an", "object"]""",
            """{"text": "no id here, SECRET-OFFER-TEXT"}""",
            """{"id": "x", "text": 42}""",
            """{"id": "y", "text": "   "}""",
            """{"id": "z", "text": "ok", "agency": ["A"]}""",
            """{"id": "a9", "text": "Customer service agents in Bangkok, Thailand. Salary USD 1,500.", "destination": "THA", "unknown": true}"""));

        var result = await CliRunner.RunWithoutDatabaseAsync("offers", "screen", "--input", input, "--output", Output);

        result.ExitCode.ShouldBe(0, result.Error);
        var lines = (await System.IO.File.ReadAllLinesAsync(Output)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        lines.Count.ShouldBe(3);
        lines[0].GetProperty("id").GetString().ShouldBe("a1");
        lines[0].GetProperty("risk").GetString().ShouldBe("high");
        lines[0].GetProperty("score").GetInt32().ShouldBeGreaterThanOrEqualTo(60);
        lines[0].GetProperty("flags").EnumerateArray().Select(f => f.GetString()).ShouldBe(["passport-surrender", "visit-visa", "no-contract"], ignoreOrder: true);
        lines[1].GetProperty("id").GetInt32().ShouldBe(2, "a numeric id stays a number");
        lines[1].GetProperty("risk").GetString().ShouldBe("low");
        lines[1].GetProperty("flags").GetArrayLength().ShouldBe(0);
        lines[2].GetProperty("id").GetString().ShouldBe("a9");
        lines[2].GetProperty("flags").EnumerateArray().Select(f => f.GetString()).ShouldContain("scam-compound");
        lines[0].EnumerateObject().Select(p => p.Name).ShouldBe(["id", "score", "risk", "flags"]);

        result.Error.ShouldContain("line 4: not valid JSON; skipped");
        result.Error.ShouldContain("line 5: not a JSON object; skipped");
        result.Error.ShouldContain("line 6: \"id\" must be a string or a number; skipped");
        result.Error.ShouldContain("line 7: \"text\" must be a string; skipped");
        result.Error.ShouldContain("line 8: \"text\": Paste the text of the job offer.; skipped");
        result.Error.ShouldContain("line 9: \"agency\" must be a string; skipped");
        result.Error.ShouldNotContain("line 3");
        result.Error.ShouldNotContain("SECRET-OFFER-TEXT");
        result.Output.ShouldContain("Screened 3 offers");
        result.Output.ShouldContain("2 high, 0 medium, 1 low risk; 6 lines skipped; no registry given");
    }

    [Fact]
    public async Task Screen_WithARegistry_ChecksAgenciesAsOfTheGivenDay()
    {
        var registry = File("registry.csv",
            "licenseNumber,agencyName,email,website,serviceType,issueDate,expiryDate,statusOverride\n"
            + "RA/2025/10/24,RIVERSIDE MANPOWER LIMITED,info@riversidemanpower.com,www.riversidemanpower.com,,2018-09-25,2026-10-03,\n"
            + "RA/2025/12/20,Al-jami Limited,aljamiltd@yahoo.com,www.al-jami.co.ke,,2019-09-04,2026-12-12,\n");
        var input = File("offers.jsonl",
            """{"id": 1, "text": "Drivers for Dubai.", "agency": "riverside manpowr"}""" + "\n"
            + """{"id": 2, "text": "Drivers for Dubai.", "agency": "Al-jami Limited"}""" + "\n"
            + """{"id": 3, "text": "Drivers for Dubai.", "agency": "Zawadi Bora Recruitment Agency"}""" + "\n");

        var result = await CliRunner.RunWithoutDatabaseAsync("offers", "screen", "--input", input, "--output", Output, "--registry", registry, "--as-of", "2026-11-28");

        result.ExitCode.ShouldBe(0, result.Error);
        var flags = (await System.IO.File.ReadAllLinesAsync(Output))
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("flags").EnumerateArray().Select(f => f.GetString()).ToList()).ToList();
        flags[0].ShouldBe(["agency-licence-expired"]);
        flags[1].ShouldBeEmpty();
        flags[2].ShouldBe(["agency-not-licensed"]);
        result.Output.ShouldContain("agencies checked against 2 registry entries as of 2026-11-28");
    }

    [Fact]
    public async Task Screen_TheRealRegistry_IsReadWithTheNeaReader()
    {
        var input = File("offers.jsonl", """{"id": 1, "text": "Licence RA/2025/10/24. Drivers for Dubai."}""" + "\n");

        var result = await CliRunner.RunWithoutDatabaseAsync("offers", "screen", "--input", input, "--output", Output, "--registry", Repository.RealRegistry, "--as-of", "2026-11-28");

        result.ExitCode.ShouldBe(0, result.Error);
        (await System.IO.File.ReadAllTextAsync(Output)).ShouldContain("agency-licence-expired");
    }

    [Theory]
    [InlineData("missing-input")]
    [InlineData("missing-registry")]
    [InlineData("bad-registry")]
    [InlineData("output-folder-missing")]
    [InlineData("output-is-input")]
    [InlineData("bad-date")]
    public async Task Screen_UnusableArgumentsOrFiles_ExitNonZeroWithAClearError(string problem)
    {
        var input = File("offers.jsonl", """{"id": 1, "text": "Drivers for Dubai."}""");
        var badRegistry = File("bad.csv", "name,phone\nA,1\n");
        string[] args = problem switch
        {
            "missing-input" => ["--input", Path.Combine(_folder, "none.jsonl"), "--output", Output],
            "missing-registry" => ["--input", input, "--output", Output, "--registry", Path.Combine(_folder, "none.csv")],
            "bad-registry" => ["--input", input, "--output", Output, "--registry", badRegistry],
            "output-folder-missing" => ["--input", input, "--output", Path.Combine(_folder, "no", "such", "out.jsonl")],
            "output-is-input" => ["--input", input, "--output", input],
            _ => ["--input", input, "--output", Output, "--as-of", "28/11/2026"],
        };

        var result = await CliRunner.RunWithoutDatabaseAsync(["offers", "screen", .. args]);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldStartWith("error: ");
        (await System.IO.File.ReadAllTextAsync(input)).ShouldContain("Drivers for Dubai", Case.Sensitive, "the input is never overwritten");
    }

    [Fact]
    public async Task Screen_MissingOptions_FailWithUsage()
    {
        var result = await CliRunner.RunWithoutDatabaseAsync("offers", "screen", "--input", "x.jsonl");

        result.ExitCode.ShouldNotBe(0);
        result.Error.ShouldContain("--output");
    }

    [Theory]
    [InlineData("offers", "--help")]
    [InlineData("offers", "screen", "--help")]
    public async Task Offers_HasHelp(params string[] args)
    {
        var result = await CliRunner.RunWithoutDatabaseAsync(args);

        result.ExitCode.ShouldBe(0);
        result.Output.ShouldContain("Usage:");
        result.Output.ShouldContain("Description:");
    }
}
