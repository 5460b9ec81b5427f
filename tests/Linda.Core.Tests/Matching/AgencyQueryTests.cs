using Linda.Core.Matching;

namespace Linda.Core.Tests.Matching;

public sealed class AgencyQueryTests
{
    [Theory]
    [InlineData("RA/2025/10/24")]
    [InlineData("ra-2025-10-24")]
    [InlineData("RA 2025 10 24")]
    [InlineData("ra2025/10/24")]
    [InlineData("NA/2021/08/13")]
    [InlineData("2025/10/24")]
    [InlineData("RA\\2025\\10\\24")]
    public void Parse_LicenceNumber_IsALicenceNumber(string text)
    {
        AgencyQuery.Parse(text).ShouldBe(new AgencyQuery(LicenceNumber: text.Trim()));
    }

    [Theory]
    [InlineData("0712 345 678")]
    [InlineData("+254 712 345 678")]
    [InlineData("254712345678")]
    [InlineData("(0712) 345-678")]
    [InlineData("0712.345.678")]
    public void Parse_KenyanPhone_IsAPhoneInE164(string text)
    {
        AgencyQuery.Parse(text).ShouldBe(new AgencyQuery(Phone: "+254712345678"));
    }

    [Fact]
    public void Parse_GulfPhone_IsAPhone()
    {
        AgencyQuery.Parse("+966 50 123 4567").Phone.ShouldBe("+966501234567");
    }

    [Theory]
    [InlineData("info@riversidemanpower.com")]
    [InlineData("INFO@RIVERSIDEMANPOWER.COM")]
    [InlineData(" jueflentagencies@gmail.com ")]
    public void Parse_Email_IsAnEmail(string text)
    {
        AgencyQuery.Parse(text).ShouldBe(new AgencyQuery(Email: text.Trim()));
    }

    [Theory]
    [InlineData("www.riversidemanpower.com")]
    [InlineData("riversidemanpower.com")]
    [InlineData("https://www.al-jami.co.ke/about-us")]
    [InlineData("http://alimanagencies-go-ke7.webnode.com/")]
    public void Parse_Website_IsAWebsite(string text)
    {
        AgencyQuery.Parse(text).ShouldBe(new AgencyQuery(Website: text));
    }

    [Theory]
    [InlineData("Riverside Manpower Ltd")]
    [InlineData("Silver RayHR Co. Ltd")]
    [InlineData("M.A.B CAREER LINK LIMITED")]
    [InlineData("Harper's Management 2011 Ltd")]
    [InlineData("Workforce Three Sixty")]
    [InlineData("Kazi")]
    [InlineData("12")]
    [InlineData("Co.")]
    public void Parse_AnythingElse_IsAName(string text)
    {
        AgencyQuery.Parse(text).ShouldBe(new AgencyQuery(Name: text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t ")]
    public void Parse_Nothing_IsEmpty(string? text)
    {
        AgencyQuery.Parse(text!).IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void Parse_TenKilobytes_IsANameWithoutThrowing()
    {
        var text = new string('9', 10_240);

        AgencyQuery.Parse(text).ShouldBe(new AgencyQuery(Name: text));
    }

    [Fact]
    public void Parse_WithDetails_FillsEachSlotBesideTheName()
    {
        AgencyQuery.Parse("Riverside Manpower", " 0712 345 678 ", "ra-2025-10-24", "Jobs@Riverside.example")
            .ShouldBe(new AgencyQuery(Name: "Riverside Manpower", LicenceNumber: "ra-2025-10-24", Phone: "+254712345678", Email: "Jobs@Riverside.example"));
    }

    [Fact]
    public void Parse_WithBlankDetails_IsTheTextAlone()
    {
        AgencyQuery.Parse("RA/2025/10/24", "", "  ", null).ShouldBe(new AgencyQuery(LicenceNumber: "RA/2025/10/24"));
    }

    [Fact]
    public void Parse_DetailOfTheSameKindAsTheText_TakesItsPlace()
    {
        AgencyQuery.Parse("0712 345 678", "+971 50 123 4567", null, null).ShouldBe(new AgencyQuery(Phone: "+971501234567"));
    }
}
