namespace Linda.Core.Tests.Phones;

using Linda.Core.Phones;

public sealed class PhoneNormaliserTests
{
    [Theory]
    [InlineData("0712 345 678", "+254712345678")]
    [InlineData("+254-712-345-678", "+254712345678")]
    [InlineData("254712345678", "+254712345678")]
    [InlineData("(0712) 345678", "+254712345678")]
    [InlineData("0110 123 456", "+254110123456")]
    [InlineData("+966 50 123 4567", "+966501234567")]
    [InlineData("+974 3312 3456", "+97433123456")]
    public void ToE164_CommonWritings_Normalise(string input, string expected)
    {
        PhoneNormaliser.ToE164(input).ShouldBe(expected);
    }

    [Fact]
    public void ToE164_SaudiLocalNumber_WithSaudiDefault()
    {
        PhoneNormaliser.ToE164("050 123 4567", "SA").ShouldBe("+966501234567");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("call me")]
    [InlineData("12")]
    [InlineData("0712 345 678 0712 345 678 0712 345 678 0712 345 678")]
    public void ToE164_NotAPhoneNumber_IsNull(string? input)
    {
        PhoneNormaliser.ToE164(input).ShouldBeNull();
    }
}
