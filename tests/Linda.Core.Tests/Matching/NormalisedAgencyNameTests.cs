using Linda.Core.Matching;

namespace Linda.Core.Tests.Matching;

public sealed class NormalisedAgencyNameTests
{
    [Theory]
    [InlineData("RIVERSIDE MANPOWER LIMITED")]
    [InlineData("riverside manpower ltd.")]
    [InlineData("Riverside Manpower Co. Ltd")]
    [InlineData("  Riverside,   Manpower (K) Ltd ")]
    [InlineData("Ríversíde Mañpöwer Limited")]
    [InlineData("ＲＩＶＥＲＳＩＤＥ ＭＡＮＰＯＷＥＲ")]
    [InlineData("Riverside Manpower Company Limited")]
    [InlineData("Riverside Manpower LLC")]
    [InlineData("Riverside Manpower EPZ Limited")]
    public void Of_CaseDiacriticsPunctuationAndLegalForm_MakeNoDifference(string text)
    {
        var name = NormalisedAgencyName.Of(text);

        name.CoreTokens.ShouldBe(["riverside"]);
        name.SectorSet.ShouldBe(["manpower"]);
    }

    [Fact]
    public void Of_AmpersandAndAnd_AreTheSame()
    {
        NormalisedAgencyName.Of("Cox & Kings").CoreCompact.ShouldBe(NormalisedAgencyName.Of("Cox and Kings").CoreCompact);
        NormalisedAgencyName.Of("Cox&Kings Solutions").CoreTokens.ShouldBe(["cox", "kings"]);
    }

    [Fact]
    public void Of_SectorWords_AreSeparatedFromTheDistinctiveCore()
    {
        var name = NormalisedAgencyName.Of("MUFTI RECRUITMENT AGENCIES LIMITED");

        name.CoreTokens.ShouldBe(["mufti"]);
        name.SectorSet.ShouldBe(["agency", "recruitment"]);
        name.SectorWords.Select(w => w.Written).ShouldBe(["recruitment", "agencies"]);
    }

    [Theory]
    [InlineData("Al-Amal")]
    [InlineData("Al Amal")]
    [InlineData("Alamal")]
    [InlineData("AL- AMAL")]
    [InlineData("El Amal")]
    public void Of_AlSpellings_GiveOneWord(string text)
    {
        NormalisedAgencyName.Of(text).CoreCompact.ShouldBe("alamal");
    }

    [Fact]
    public void Of_AlBeforeAWord_IsShownWithAHyphen()
    {
        NormalisedAgencyName.Of("AL AMAL GENERAL AGENCIES").CoreShown.ShouldBe("Al-Amal");
    }

    [Theory]
    [InlineData("ROSHAMARK INTERNATINAL LIMITEED", "roshamark", "international")]
    [InlineData("KINAN RECRUTIMENT KENYA LIMITED", "kinan", "recruitment")]
    [InlineData("Riverside Manpowr", "riverside", "manpower")]
    [InlineData("Sterling Abraod", "sterling", "overseas")]
    [InlineData("Hasanat Ercruitment", "hasanat", "recruitment")]
    public void Of_MisspeltSectorWord_IsStillASectorWord(string text, string core, string sector)
    {
        var name = NormalisedAgencyName.Of(text);

        name.CoreTokens.ShouldBe([core]);
        name.SectorSet.ShouldContain(sector);
        name.SectorWords.ShouldContain(w => w.Canonical == sector && w.Edits > 0);
    }

    [Theory]
    [InlineData("SERVILE VENTURES", "servile")]
    [InlineData("Gilchery Talent Export", "export")]
    [InlineData("iHuman Resource Consulting", "ihuman")]
    [InlineData("TREVAL INTERNATIONAL", "treval")]
    public void Of_WordOneChangedLetterFromASectorWord_StaysDistinctive(string text, string core)
    {
        NormalisedAgencyName.Of(text).CoreTokens.ShouldContain(core);
    }

    [Fact]
    public void Of_SectorWordsOnly_UseThemAsTheCore()
    {
        var name = NormalisedAgencyName.Of("EXPRESS EMPLOYMENT AGENCIES");

        name.CoreIsSectorWords.ShouldBeTrue();
        name.CoreTokens.ShouldBe(["express", "employment", "agencies"]);
        name.SectorWords.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("AL-MIMYRECRUITMENT AGENCY LIMITED", "almimy")]
    [InlineData("S & L INTERNATIONAL VENTURESLIMITED", "sl")]
    [InlineData("M.A.B CAREER LINK LIMITED", "mab")]
    [InlineData("R & H VENTURES LIMITED", "rh")]
    public void Of_GluedAndInitialledWords_AreReadAsWritten(string text, string core)
    {
        NormalisedAgencyName.Of(text).CoreTokens.ShouldBe([core]);
    }

    [Fact]
    public void Of_NameCutAtFiftyCharacters_DropsTheCutLegalForm()
    {
        NormalisedAgencyName.Of("Al-Mu'ajjir International Jobs Recruiting Agency L").CoreTokens.ShouldBe(["almuajjir"]);
        NormalisedAgencyName.Of("S & L").CoreTokens.ShouldBe(["sl"]);
    }

    [Fact]
    public void Of_WordOrder_IsKeptButTheSortedKeyIgnoresIt()
    {
        var one = NormalisedAgencyName.Of("Munawar Towfiq");
        var other = NormalisedAgencyName.Of("Towfiq Munawar");

        one.CoreCompact.ShouldNotBe(other.CoreCompact);
        one.CoreSortedCompact.ShouldBe(other.CoreSortedCompact);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Ltd")]
    [InlineData("& and of the")]
    [InlineData("😀 ✔")]
    [InlineData("\uD800")]
    public void Of_NothingDistinctive_IsEmpty(string? text)
    {
        NormalisedAgencyName.Of(text).IsEmpty.ShouldBeTrue();
    }
}
