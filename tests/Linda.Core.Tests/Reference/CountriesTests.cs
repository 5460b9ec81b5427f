using Linda.Core.Reference;
using Shouldly;

namespace Linda.Core.Tests.Reference;

public class CountriesTests
{
    [Fact]
    public void Every_country_has_unique_iso_codes()
    {
        Countries.All.Count.ShouldBeGreaterThan(240);
        Countries.All.Select(c => c.Alpha3).ShouldBeUnique();
        Countries.All.Select(c => c.Alpha2).ShouldBeUnique();
        Countries.All.ShouldAllBe(c => c.Alpha3.Length == 3 && c.Alpha2.Length == 2 && c.Name.Length > 0 && c.NameSw.Length > 0);
    }

    [Theory]
    [InlineData("SAU", "Saudi Arabia", "Saudia")]
    [InlineData("sau", "Saudi Arabia", "Saudia")]
    [InlineData("ARE", "United Arab Emirates", "Falme za Kiarabu")]
    public void Finds_by_alpha3_in_any_case(string code, string english, string kiswahili)
    {
        var country = Countries.Find(code).ShouldNotBeNull();
        country.NameIn("en").ShouldBe(english);
        country.NameIn("sw").ShouldBe(kiswahili);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("XXX")]
    [InlineData("SA")]
    public void Unknown_codes_are_not_found(string? code) => Countries.Find(code).ShouldBeNull();

    [Fact]
    public void Picker_puts_the_destinations_of_concern_first_then_Kenya()
    {
        var picker = Countries.ForPicker("en").Select(c => c.Alpha3).ToList();
        picker.Take(9).ShouldBe(["SAU", "QAT", "ARE", "OMN", "KWT", "BHR", "LBN", "JOR", "KEN"]);
        picker.Count.ShouldBe(Countries.All.Count);
        picker.ShouldBeUnique();
    }
}
