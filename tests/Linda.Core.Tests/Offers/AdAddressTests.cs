using Linda.Core.Offers;

namespace Linda.Core.Tests.Offers;

public sealed class AdAddressTests
{
    private const string Plain = "https://jobs.example.com/ads/housemaid-riyadh-123";

    [Theory]
    [InlineData("https://jobs.example.com/ads/housemaid-riyadh-123?utm_source=whatsapp&utm_medium=share")]
    [InlineData("https://jobs.example.com/ads/housemaid-riyadh-123?fbclid=IwAR0abcDEF")]
    [InlineData("https://jobs.example.com/ads/housemaid-riyadh-123?gclid=x1&UTM_Campaign=gulf")]
    [InlineData("http://jobs.example.com/ads/housemaid-riyadh-123")]
    [InlineData("https://www.jobs.example.com/ads/housemaid-riyadh-123")]
    [InlineData("https://jobs.example.com/ads/housemaid-riyadh-123/")]
    [InlineData("https://jobs.example.com/ads/housemaid-riyadh-123#apply")]
    [InlineData("HTTPS://JOBS.Example.COM:443/ads/housemaid-riyadh-123")]
    [InlineData("  https://jobs.example.com/ads/housemaid-riyadh-123  ")]
    public void Normalise_SharingVariants_AreTheSameAd(string variant)
    {
        AdAddress.Normalise(variant).ShouldBe("jobs.example.com/ads/housemaid-riyadh-123");
        AdAddress.Key(variant).ShouldBe(AdAddress.Key(Plain));
    }

    [Fact]
    public void Normalise_MobileMirror_IsTheSameSite()
    {
        AdAddress.Normalise("https://m.facebook.com/groups/123/posts/456/?mibextid=Nif5oz&ref=share")
            .ShouldBe(AdAddress.Normalise("https://www.facebook.com/groups/123/posts/456"));
    }

    [Theory]
    [InlineData("https://jobs.example.com/ads/housemaid-riyadh-124")]
    [InlineData("https://jobs.example.com/ads/Housemaid-Riyadh-123")]
    [InlineData("https://other.example.com/ads/housemaid-riyadh-123")]
    [InlineData("https://jobs.example.com:8443/ads/housemaid-riyadh-123")]
    [InlineData("https://jobs.example.com/ads/housemaid-riyadh-123?id=7")]
    public void Normalise_DifferentPagesOrParameters_Differ(string other)
    {
        AdAddress.Key(other).ShouldNotBe(AdAddress.Key(Plain));
    }

    [Fact]
    public void Normalise_KeepsPageParameters_InOneOrder_AndRefWhereItMayNameThePage()
    {
        AdAddress.Normalise("https://board.example.com/view?b=2&a=1&utm_source=x")
            .ShouldBe(AdAddress.Normalise("https://board.example.com/view?a=1&b=2"));
        AdAddress.Normalise("https://board.example.com/apply?ref=JOB123").ShouldBe("board.example.com/apply?ref=JOB123");
        AdAddress.Key("https://board.example.com/apply?ref=JOB123").ShouldNotBe(AdAddress.Key("https://board.example.com/apply?ref=JOB124"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("ftp://jobs.example.com/ad.txt")]
    [InlineData("mailto:jobs@example.com")]
    [InlineData("javascript:alert(1)")]
    [InlineData("jobs.example.com/ads/1")]
    [InlineData("/ads/1")]
    [InlineData("not a url")]
    public void Normalise_NotAnHttpAddress_IsNull(string? url)
    {
        AdAddress.Normalise(url).ShouldBeNull();
        AdAddress.Key(url).ShouldBeNull();
    }

    [Fact]
    public void Key_IsLowerCaseHexSha256OfTheNormalisedAddress()
    {
        // SHA-256 of "jobs.example.com/ads/housemaid-riyadh-123", computed independently (sha256sum).
        AdAddress.Key(Plain).ShouldBe(ExpectedKey);
    }

    private const string ExpectedKey = "0760516f3dc931970db0ceaeba45c17528eef7c486629fa2ff2b6f1097393f14";
}
