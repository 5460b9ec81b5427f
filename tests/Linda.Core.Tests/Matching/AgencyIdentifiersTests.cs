using Linda.Core.Matching;

namespace Linda.Core.Tests.Matching;

public sealed class AgencyIdentifiersTests
{
    [Theory]
    [InlineData("RA/2025/06/3", "RA-2025-6-3")]
    [InlineData("ra-2025-6-03", "RA-2025-6-3")]
    [InlineData("RA 2025 06 3", "RA-2025-6-3")]
    [InlineData("RA2025/06/3", "RA-2025-6-3")]
    [InlineData("PVT-ZQURVD8", "PVT-ZQURVD-8")]
    [InlineData("NA/2020/00/0", "NA-2020-0-0")]
    public void LicenceKey_AnyLayout_GivesOneKey(string licence, string key)
    {
        AgencyIdentifiers.LicenceKey(licence).ShouldBe(key);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("RA")]
    [InlineData("---")]
    [InlineData("RA/2025/06/3 RA/2025/06/3 RA/2025/06/3 RA/2025")]
    public void LicenceKey_NotALicence_IsNull(string? licence)
    {
        AgencyIdentifiers.LicenceKey(licence).ShouldBeNull();
    }

    [Fact]
    public void LicenceTailKey_DropsTheLetterPrefix()
    {
        AgencyIdentifiers.LicenceTailKey("RA/2025/10/24").ShouldBe("2025-10-24");
        AgencyIdentifiers.LicenceTailKey("PVT-ZQURVD8").ShouldBeNull();
    }

    [Theory]
    [InlineData("https://www.Example.co.ke/jobs?x=1", "example.co.ke")]
    [InlineData("www.al-jami.co.ke", "al-jami.co.ke")]
    [InlineData("WWW.COTRABIL.CO.KE", "cotrabil.co.ke")]
    [InlineData("http://alimanagencies-go-ke7.webnode.com/", "alimanagencies-go-ke7.webnode.com")]
    [InlineData("example.com:8080", "example.com")]
    [InlineData("info@grajowa.com", "grajowa.com")]
    public void Domain_Website_IsItsHost(string website, string domain)
    {
        AgencyIdentifiers.Domain(website).ShouldBe(domain);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("non")]
    [InlineData("tba")]
    [InlineData("non applicable")]
    [InlineData("www,neaims.go,ke")]
    [InlineData("0729501605")]
    [InlineData("www.brecolliveconsultancy")]
    public void Domain_RegistryJunk_IsNull(string website)
    {
        AgencyIdentifiers.Domain(website).ShouldBeNull();
    }

    [Fact]
    public void Email_IsLowerCase_AndOwnDomainExcludesFreeMail()
    {
        AgencyIdentifiers.Email(" INFO@RiversideManpower.com ").ShouldBe("info@riversidemanpower.com");
        AgencyIdentifiers.OwnEmailDomain("info@riversidemanpower.com").ShouldBe("riversidemanpower.com");
        AgencyIdentifiers.OwnEmailDomain("jueflentagencies@gmail.com").ShouldBeNull();
        AgencyIdentifiers.Email("a@b@c.com").ShouldBeNull();
        AgencyIdentifiers.Email("no at sign").ShouldBeNull();
    }
}
