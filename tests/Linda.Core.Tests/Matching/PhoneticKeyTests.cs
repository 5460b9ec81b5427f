using Linda.Core.Matching;

namespace Linda.Core.Tests.Matching;

public sealed class PhoneticKeyTests
{
    [Theory]
    [InlineData("towfiq", "tawfiq")]
    [InlineData("towfiq", "taufiq")]
    [InlineData("towfiq", "tawfeeq")]
    [InlineData("mohammed", "muhamad")]
    [InlineData("salsabil", "salsabeel")]
    [InlineData("yusuf", "yousef")]
    [InlineData("khalid", "kaled")]
    [InlineData("abdallah", "abdalla")]
    public void OfToken_TransliterationsOfOneName_ShareTheKey(string one, string other)
    {
        PhoneticKey.OfToken(one).ShouldBe(PhoneticKey.OfToken(other));
    }

    [Theory]
    [InlineData("towfiq", "tawheed")]
    [InlineData("riverside", "riverview")]
    [InlineData("shamian", "samian")]
    [InlineData("kazi", "kafi")]
    public void OfToken_DifferentNames_HaveDifferentKeys(string one, string other)
    {
        PhoneticKey.OfToken(one).ShouldNotBe(PhoneticKey.OfToken(other));
    }

    [Fact]
    public void OfTokens_IgnoresWordOrder()
    {
        PhoneticKey.OfTokens(["munawar", "towfiq"]).ShouldBe(PhoneticKey.OfTokens(["tawfiq", "munawwar"]));
    }

    [Fact]
    public void OfToken_Empty_IsEmpty()
    {
        PhoneticKey.OfToken("").ShouldBe("");
    }
}
