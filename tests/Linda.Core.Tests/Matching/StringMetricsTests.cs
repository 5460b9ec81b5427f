using Linda.Core.Matching;

namespace Linda.Core.Tests.Matching;

public sealed class StringMetricsTests
{
    [Theory]
    // Reference values from Winkler (1990) and the usual textbook pairs.
    [InlineData("martha", "marhta", 0.961)]
    [InlineData("dwayne", "duane", 0.840)]
    [InlineData("dixon", "dicksonx", 0.813)]
    [InlineData("riverside", "riverside", 1.0)]
    [InlineData("abc", "xyz", 0.0)]
    [InlineData("", "", 1.0)]
    [InlineData("abc", "", 0.0)]
    public void JaroWinkler_KnownPairs(string a, string b, double expected)
    {
        StringMetrics.JaroWinkler(a, b).ShouldBe(expected, 0.001);
    }

    [Fact]
    public void JaroWinkler_IsSymmetric()
    {
        StringMetrics.JaroWinkler("kazisolutions", "kaziglobal").ShouldBe(StringMetrics.JaroWinkler("kaziglobal", "kazisolutions"));
    }

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("riverside", "riversyde", 1)]
    [InlineData("manpower", "manpowr", 1)]
    [InlineData("tigris", "tigirs", 1)]
    [InlineData("ca", "abc", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    public void EditDistance_CountsSlipsWithAdjacentSwapsAsOne(string a, string b, int expected)
    {
        StringMetrics.EditDistance(a, b).ShouldBe(expected);
    }

    [Fact]
    public void EditDistance_VeryLongInputs_AreComparedOnTheirStart()
    {
        var a = new string('a', 10_000);
        var b = new string('a', 5_000) + new string('b', 5_000);

        StringMetrics.EditDistance(a, b).ShouldBe(0);
        StringMetrics.EditSimilarity(a, a + "x").ShouldBe(1.0);
    }
}
