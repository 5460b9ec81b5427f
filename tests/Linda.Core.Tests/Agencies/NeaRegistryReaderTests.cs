using Linda.Core.Agencies;

namespace Linda.Core.Tests.Agencies;

public sealed class NeaRegistryReaderTests
{
    private const string Header = "licenseNumber,agencyName,email,website,serviceType,issueDate,expiryDate,statusOverride";

    public static string RealRegistryPath()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Linda.slnx")))
        {
            directory = directory.Parent;
        }
        return Path.Combine(directory!.FullName, "data", "nea-registry-2026-07.csv");
    }

    [Fact]
    public void Read_TheRealRegistry_KeepsEveryAgencyAndWarnsAboutBadAddresses()
    {
        using var file = File.OpenText(RealRegistryPath());

        var result = NeaRegistryReader.Read(file);

        result.Rows.Count.ShouldBe(1294);
        result.Rejections.ShouldBeEmpty();
        result.Warnings.Select(w => w.Line).ShouldBe([202, 302, 866, 1198]);
        result.Rows.Single(r => r.Line == 169).Email.ShouldBe("abdumwalimuinvestment@yahoo.com");
        var riverside = result.Rows.Single(r => r.LicenceNumber == "RA/2025/10/24");
        riverside.Name.ShouldBe("RIVERSIDE MANPOWER LIMITED");
        riverside.ExpiresOn.ShouldBe(new DateOnly(2026, 10, 3));
        riverside.IssuedOn.ShouldBe(new DateOnly(2018, 9, 25));
        result.Rows.Count(r => r.ExpiresOn < new DateOnly(2026, 11, 28)).ShouldBeGreaterThan(result.Rows.Count(r => r.RegistryStatus == "expired"));
    }

    [Fact]
    public void Read_BadRows_AreRejectedWithLineAndReason_AndTheRestKept()
    {
        var csv = string.Join('\n', Header,
            "RA/2025/1/1,GOOD ONE LIMITED,a@b.example,,Foreign & Local Recruitment,2025-01-01,2026-12-31,",
            ",NO LICENCE LIMITED,,,,2025-01-01,2026-12-31,",
            "RA/2025/1/2,,,,,2025-01-01,2026-12-31,",
            "RA/2025/1/3,BAD DATE LIMITED,,,,not-a-date,2026-12-31,",
            "RA/2025/1/4,BACKWARDS LIMITED,,,,2026-01-01,2025-12-31,",
            "ra-2025-1-1,DUPLICATE LIMITED,,,,2025-01-01,2026-12-31,",
            "\"RA/2025/1/5\",\"QUOTED, WITH COMMA LIMITED\",,,,2025-01-01T00:00:00.000Z,2026-12-31T00:00:00.000Z,expired");

        var result = NeaRegistryReader.Read(new StringReader(csv));

        result.Rows.Select(r => r.Name).ShouldBe(["GOOD ONE LIMITED", "QUOTED, WITH COMMA LIMITED"]);
        result.Rejections.Select(r => r.Line).ShouldBe([3, 4, 5, 6, 7]);
        result.Rejections[0].Reason.ShouldContain("No licence number");
        result.Rejections[1].Reason.ShouldContain("No agency name");
        result.Rejections[2].Reason.ShouldContain("issue date");
        result.Rejections[3].Reason.ShouldContain("before the issue date");
        result.Rejections[4].Reason.ShouldContain("already appears on line 2");
    }

    [Theory]
    [InlineData("")]
    [InlineData("name,number\nX,1")]
    public void Read_WrongFile_SaysWhatIsMissing(string csv)
    {
        var result = NeaRegistryReader.Read(new StringReader(csv));

        result.Rows.ShouldBeEmpty();
        result.Rejections.ShouldHaveSingleItem().Line.ShouldBe(1);
    }

    [Fact]
    public void HeaderProblem_TheRealRegistry_IsNone()
    {
        using var file = File.OpenText(RealRegistryPath());

        NeaRegistryReader.HeaderProblem(file).ShouldBeNull();
    }

    [Theory]
    [InlineData("", "The file is empty.")]
    [InlineData("name,phone\nSomething,0712345678\n", "Missing column(s): licenseNumber, agencyName, email, website, serviceType, issueDate, expiryDate, statusOverride.")]
    [InlineData("LICENSENUMBER,agencyName,email,website,serviceType,issueDate,expiryDate\n", "Missing column(s): statusOverride.")]
    public void HeaderProblem_WrongLayout_SaysWhatIsMissing(string text, string expected)
    {
        NeaRegistryReader.HeaderProblem(new StringReader(text))!.ShouldStartWith(expected);
    }
}
