using System.Security.Cryptography;
using Linda.Core.Privacy;

namespace Linda.Core.Tests.Privacy;

public sealed class BlindIndexTests
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    [Fact]
    public void Compute_SameValue_GivesTheSameIndex()
    {
        var index = new BlindIndex(Key);

        index.Compute("phone", "+254712345678").ShouldBe(index.Compute("phone", "+254712345678"));
    }

    [Fact]
    public void Compute_OtherKey_GivesAnotherIndex()
    {
        new BlindIndex(Key).Compute("phone", "+254712345678")
            .ShouldNotBe(new BlindIndex(RandomNumberGenerator.GetBytes(32)).Compute("phone", "+254712345678"));
    }

    [Fact]
    public void Compute_OtherPurpose_GivesAnotherIndex()
    {
        var index = new BlindIndex(Key);

        index.Compute("phone", "12345").ShouldNotBe(index.Compute("id-number", "12345"));
    }

    [Fact]
    public void Compute_DoesNotContainTheValue()
    {
        new BlindIndex(Key).Compute("phone", "+254712345678").ShouldNotContain("712345678");
    }

    [Fact]
    public void Constructor_ShortKey_IsRefused()
    {
        Should.Throw<ArgumentException>(() => new BlindIndex(new byte[16]));
    }
}
