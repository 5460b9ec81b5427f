using Linda.Core.Agencies;

namespace Linda.Core.Tests.Agencies;

public sealed class AgencyContactValueTests
{
    [Theory]
    [InlineData("0700 000 101")]
    [InlineData("+254 700 000 101")]
    [InlineData("254700000101")]
    [InlineData("(0700) 000-101")]
    public void Normalise_KenyanPhoneInAnyFormat_IsE164(string text)
    {
        AgencyContactValue.Normalise(AgencyContactKind.Phone, text).ShouldBe("+254700000101");
    }

    [Fact]
    public void Normalise_GulfPhone_KeepsItsCountry()
    {
        AgencyContactValue.Normalise(AgencyContactKind.Phone, "+971 50 123 4567").ShouldBe("+971501234567");
    }

    [Theory]
    [InlineData(" Jobs@Agency.Example ", "jobs@agency.example")]
    [InlineData("mailto:JOBS@agency.example", "jobs@agency.example")]
    public void Normalise_Email_IsLowerCase(string text, string expected)
    {
        AgencyContactValue.Normalise(AgencyContactKind.Email, text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("https://www.Bahari-Jobs.example/apply?x=1")]
    [InlineData("WWW.bahari-jobs.example")]
    [InlineData("bahari-jobs.example:443/")]
    public void Normalise_Website_IsTheBareLowerCaseHost(string text)
    {
        AgencyContactValue.Normalise(AgencyContactKind.Website, text).ShouldBe("bahari-jobs.example");
    }

    [Theory]
    [InlineData(AgencyContactKind.Phone, "call me")]
    [InlineData(AgencyContactKind.Phone, "12")]
    [InlineData(AgencyContactKind.Email, "jobs at agency")]
    [InlineData(AgencyContactKind.Email, "a@b@c.example")]
    [InlineData(AgencyContactKind.Website, "not a site")]
    [InlineData(AgencyContactKind.Website, "")]
    public void Normalise_NotThatKindOfContact_IsNullWithAProblemToShow(AgencyContactKind kind, string text)
    {
        AgencyContactValue.Normalise(kind, text).ShouldBeNull();
        AgencyContactValue.Problem(kind).ShouldStartWith("Enter a");
    }
}
