using Linda.Core.Intake;
using Shouldly;

namespace Linda.Core.Tests.Intake;

public class ReferenceCodesTests
{
    [Fact]
    public void New_codes_have_the_prefix_and_two_groups_of_unambiguous_characters()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => ReferenceCodes.New("LR")).ToList();

        codes.ShouldAllBe(c => System.Text.RegularExpressions.Regex.IsMatch(c, "^LR-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{4}$"));
        codes.Distinct().Count().ShouldBe(codes.Count);
        string.Concat(codes).ShouldNotContain("0");
        string.Concat(codes).ShouldNotContain("O");
        string.Concat(codes).ShouldNotContain("I");
        string.Concat(codes).ShouldNotContain("1");
    }

    [Theory]
    [InlineData("LR-7K3M-Q9P2", "LR-7K3M-Q9P2")]
    [InlineData("lr-7k3m-q9p2", "LR-7K3M-Q9P2")]
    [InlineData(" lr 7k3m q9p2 ", "LR-7K3M-Q9P2")]
    [InlineData("7K3MQ9P2", "LR-7K3M-Q9P2")]
    [InlineData("LR7K3MQ9P2", "LR-7K3M-Q9P2")]
    public void Typed_codes_are_read_in_any_case_and_spacing(string typed, string expected) =>
        ReferenceCodes.Normalise(typed, "LR").ShouldBe(expected);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("LR-7K3M-Q9P")]
    [InlineData("LR-7K3M-Q9P0")]
    [InlineData("FB-7K3M-Q9P2X")]
    [InlineData("<script>alert(1)</script>")]
    public void Anything_else_is_not_a_code(string? typed) => ReferenceCodes.Normalise(typed, "LR").ShouldBeNull();

    [Fact]
    public void Secrets_are_two_groups_and_read_back()
    {
        var secret = ReferenceCodes.NewSecret();

        secret.Length.ShouldBe(9);
        ReferenceCodes.NormaliseSecret(secret.ToLowerInvariant().Replace("-", " ")).ShouldBe(secret);
    }
}
