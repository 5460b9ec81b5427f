using Linda.Core.Reference;

namespace Linda.Core.Tests.Reference;

public sealed class KenyaCountiesTests
{
    [Fact]
    public void All_Has47CountiesCoded001To047InOrder()
    {
        KenyaCounties.All.Count.ShouldBe(47);
        KenyaCounties.All.Select(c => c.Code).ShouldBe(Enumerable.Range(1, 47).Select(i => i.ToString("000", System.Globalization.CultureInfo.InvariantCulture)));
        KenyaCounties.Find("001")!.Name.ShouldBe("Mombasa");
        KenyaCounties.Find("047")!.Name.ShouldBe("Nairobi City");
        KenyaCounties.Find("048").ShouldBeNull();
    }
}
