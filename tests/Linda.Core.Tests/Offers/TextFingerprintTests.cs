using Linda.Core.Offers;

namespace Linda.Core.Tests.Offers;

public sealed class TextFingerprintTests
{
    private const string Ad =
        "🇸🇦 URGENT! Housemaids needed in Riyadh, Saudi Arabia. Salary SAR 1,500 per month plus food and accommodation. "
        + "Age 21 to 40, no experience needed. Registration fee Ksh 35,000 paid before the interview to secure your slot. "
        + "Travel on a visit visa, work permit on arrival. Only 5 slots left, interviews on 12/11 at our Nairobi office. "
        + "Call or WhatsApp 0712 345 678. Kazi Bora Recruitment Agency.";

    private const string OtherAd =
        "Hotel group in Doha, Qatar is hiring waiters, cleaners and kitchen helpers on two-year contracts. Salary QAR 2,000 "
        + "with overtime paid, accommodation and medical cover provided by the employer. No fees are charged to candidates. "
        + "Apply with your CV and good conduct certificate through our licensed agency's office on Moi Avenue, Mombasa.";

    private const string SwahiliAd =
        "Nafasi za kazi za ndani Saudi Arabia! Mshahara SAR 1,200 kwa mwezi, chakula na malazi bure. Hakuna uzoefu "
        + "unaohitajika. Lipa ada ya usajili Ksh 30,000 kabla ya usaili ili upate nafasi yako. Safari wiki ijayo kwa viza "
        + "ya kutembelea. Nafasi 3 tu zimebaki, piga simu au tuma ujumbe WhatsApp 0722 345 678 leo.";

    private const string OtherSwahiliAd =
        "Kampuni ya ulinzi jijini Nairobi inatafuta walinzi wenye cheti cha polisi na uzoefu wa miaka miwili. Mshahara "
        + "unalipwa kila mwisho wa mwezi kupitia benki, na mkataba wa maandishi hutolewa kabla ya kuanza kazi. Tuma maombi "
        + "yako ofisini kwetu Barabara ya Moi, hakuna malipo yoyote yanayodaiwa kwa waombaji.";

    /// <summary>Reposts of <see cref="Ad"/>: emojis added or dropped, the date moved, the spacing and case changed.</summary>
    public static TheoryData<string, string> Reposts => new()
    {
        { "emojis", "🔥🔥 " + Ad.Replace("🇸🇦 ", "", StringComparison.Ordinal) + " 🙏" },
        { "date", Ad.Replace("12/11", "19/11", StringComparison.Ordinal) },
        { "slots", Ad.Replace("Only 5 slots", "Only 2 slots", StringComparison.Ordinal) },
        { "spacing and case", Ad.Replace(". ", ".\n\n", StringComparison.Ordinal).ToUpperInvariant().Replace("URGENT!", "urgent!!!   ⚠️", StringComparison.Ordinal) },
        { "a word added at the end", Ad + " Hurry!" },
        { "date, slots and emojis", "📢 " + Ad.Replace("12/11", "3/12", StringComparison.Ordinal).Replace("Only 5", "Only 4", StringComparison.Ordinal) },
    };

    [Theory]
    [MemberData(nameof(Reposts))]
    public void SimHash_RepostOfAnAd_IsNearIdentical(string change, string repost)
    {
        repost.ShouldNotBe(Ad, change);

        var distance = TextFingerprint.Distance(TextFingerprint.SimHash(Ad), TextFingerprint.SimHash(repost));

        distance.ShouldBeLessThanOrEqualTo(TextFingerprint.NearIdenticalBits, change);
        TextFingerprint.NearIdentical(TextFingerprint.SimHash(Ad), TextFingerprint.SimHash(repost)).ShouldBeTrue(change);
    }

    [Fact]
    public void SimHash_CaseSpacingPunctuationAndEmojis_AreIgnoredEntirely()
    {
        var shouted = "🇸🇦🇸🇦 " + Ad.ToUpperInvariant().Replace(" ", "   ", StringComparison.Ordinal).Replace(",", " , ", StringComparison.Ordinal) + " ✅";

        TextFingerprint.SimHash(shouted).ShouldBe(TextFingerprint.SimHash(Ad));
    }

    [Fact]
    public void SimHash_Kiswahili_RepostIsNearIdentical_DifferentAdIsFar()
    {
        var repost = "📢 " + SwahiliAd.Replace("wiki ijayo", "wiki   IJAYO", StringComparison.Ordinal).Replace("Nafasi 3", "Nafasi 2", StringComparison.Ordinal);

        TextFingerprint.Distance(TextFingerprint.SimHash(SwahiliAd), TextFingerprint.SimHash(repost)).ShouldBeLessThanOrEqualTo(TextFingerprint.NearIdenticalBits);
        TextFingerprint.Distance(TextFingerprint.SimHash(SwahiliAd), TextFingerprint.SimHash(OtherSwahiliAd)).ShouldBeGreaterThan(16);
    }

    [Fact]
    public void SimHash_AccentsAreIgnored()
    {
        TextFingerprint.SimHash("Café staff needed in Doha, résumé by e-mail").ShouldBe(TextFingerprint.SimHash("Cafe staff needed in Doha, resume by e-mail"));
    }

    [Theory]
    [InlineData(Ad, OtherAd)]
    [InlineData(Ad, SwahiliAd)]
    [InlineData(OtherAd, OtherSwahiliAd)]
    public void SimHash_DifferentAds_AreFarApart(string a, string b)
    {
        // Unrelated texts differ in about half of the 64 bits.
        TextFingerprint.Distance(TextFingerprint.SimHash(a), TextFingerprint.SimHash(b)).ShouldBeGreaterThan(16);
        TextFingerprint.NearIdentical(TextFingerprint.SimHash(a), TextFingerprint.SimHash(b)).ShouldBeFalse();
    }

    [Fact]
    public void SimHash_SameWordsInAnotherOrder_IsNotTheSameAd()
    {
        // Word triples carry order: "no fee, pay after arrival" must not equal "pay fee, no arrival after".
        var reordered = string.Join(' ', Ad.Split(' ').Reverse());

        TextFingerprint.NearIdentical(TextFingerprint.SimHash(Ad), TextFingerprint.SimHash(reordered)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("🔥🔥🙏 !!! ...")]
    public void SimHash_TextWithoutWords_IsZero(string text)
    {
        TextFingerprint.SimHash(text).ShouldBe(0);
    }

    [Fact]
    public void SimHash_ShortTexts_UseSingleWords()
    {
        TextFingerprint.SimHash("Housemaids Riyadh").ShouldNotBe(0);
        TextFingerprint.SimHash("Housemaids Riyadh").ShouldBe(TextFingerprint.SimHash("HOUSEMAIDS, riyadh!"));
        TextFingerprint.SimHash("Housemaids Riyadh").ShouldNotBe(TextFingerprint.SimHash("Drivers Doha"));
    }

    [Fact]
    public void SimHash_IsStableAcrossProcesses()
    {
        // A fixed value, computed by a separate implementation of the documented algorithm (NFD without marks, digit
        // runs as "0", word triples, FNV-1a over UTF-16 code units): a hash seeded per process (string.GetHashCode)
        // would change it on every run, and stored fingerprints would stop matching new ones.
        TextFingerprint.SimHash(Ad).ShouldBe(StableAdHash);
    }

    [Fact]
    public void Bands_SplitTheFingerprintIntoFourSixteenBitParts()
    {
        var (band0, band1, band2, band3) = TextFingerprint.Bands(unchecked((long)0x1234_5678_9ABC_DEF0UL));

        (band0, band1, band2, band3).ShouldBe((0xDEF0, 0x9ABC, 0x5678, 0x1234));
    }

    [Fact]
    public void Bands_FingerprintsWithinThreeBits_ShareABand()
    {
        var random = new Random(11);
        for (var sample = 0; sample < 20_000; sample++)
        {
            var a = random.NextInt64(long.MinValue, long.MaxValue);
            var b = a;
            var flips = random.Next(0, TextFingerprint.NearIdenticalBits + 1);
            for (var f = 0; f < flips; f++)
            {
                b ^= 1L << random.Next(64);
            }

            SharedBands(a, b).ShouldBeGreaterThan(0, $"{a:X16} and {b:X16}");
        }
    }

    [Fact]
    public void Bands_FourBitsApartCanShareNoBand_SoTheBoundIsTight()
    {
        const long a = 0;
        const long b = 1L | (1L << 16) | (1L << 32) | (1L << 48);

        TextFingerprint.Distance(a, b).ShouldBe(4);
        SharedBands(a, b).ShouldBe(0);
    }

    private static int SharedBands(long a, long b)
    {
        var x = TextFingerprint.Bands(a);
        var y = TextFingerprint.Bands(b);
        return (x.Band0 == y.Band0 ? 1 : 0) + (x.Band1 == y.Band1 ? 1 : 0) + (x.Band2 == y.Band2 ? 1 : 0) + (x.Band3 == y.Band3 ? 1 : 0);
    }

    private const long StableAdHash = -7040191660996847534;
}
