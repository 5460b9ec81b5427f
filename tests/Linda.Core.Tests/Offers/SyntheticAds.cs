using Linda.Core.Offers.Linking;

namespace Linda.Core.Tests.Offers;

/// <summary>
/// Identifiers of synthetic ads for linking, deterministic for a seed: about 70% of ads belong to operations of 2 to
/// 80 ads, each operation with its own phones, sometimes an e-mail and a Telegram handle and an agency name from a
/// shared pool (so generic names recur across unrelated operations); each ad of an operation quotes a random part of
/// them, sometimes one twice. The rest are noise ads with one unique identifier or none. A few identifiers are very
/// common: the NEA hotline in 2% of ads, a job board's domain in 5%, a warning e-mail in 1%. Every value is made up
/// (numbers in the +254 7 range from a counter, example.com domains). Also linked into the benchmarks.
/// </summary>
public static class SyntheticAds
{
    public static readonly AdIdentifierKey Hotline = new("phone", "+254800222223");
    public static readonly AdIdentifierKey JobBoard = new("website", "jobsboard.example.com");
    public static readonly AdIdentifierKey WarningEmail = new("email", "warnings@example.org");

    public static AdIdentifierKey[][] Generate(int adCount, int seed = 4)
    {
        var random = new Random(seed);
        var names = Enumerable.Range(0, Math.Max(50, adCount / 200))
            .Select(i => $"{Words[i % Words.Length]} {Words[i / Words.Length % Words.Length]} Manpower {i}")
            .ToArray();
        var ads = new List<List<AdIdentifierKey>>(adCount);
        var counter = 0;
        var operationAds = adCount * 7 / 10;
        while (ads.Count < operationAds)
        {
            var size = random.NextDouble() switch
            {
                < 0.6 => random.Next(2, 6),
                < 0.9 => random.Next(6, 31),
                _ => random.Next(31, 81),
            };
            var identifiers = new List<AdIdentifierKey>();
            for (var p = random.Next(1, 4); p > 0; p--)
            {
                identifiers.Add(new("phone", Phone(counter++)));
            }
            if (random.NextDouble() < 0.5)
            {
                identifiers.Add(new("email", $"op{counter++}.jobs@example.com"));
            }
            if (random.NextDouble() < 0.4)
            {
                identifiers.Add(new("telegram", $"op{counter++}_recruit"));
            }
            if (random.NextDouble() < 0.5)
            {
                identifiers.Add(new("agency", names[random.Next(names.Length)]));
            }
            for (var a = 0; a < size && ads.Count < operationAds; a++)
            {
                // Every ad quotes at least one of the operation's phones, and each other identifier with chance 0.6.
                var ad = new List<AdIdentifierKey> { identifiers[random.Next(identifiers.Count)] };
                ad.AddRange(identifiers.Where(i => i != ad[0] && random.NextDouble() < 0.6));
                if (random.NextDouble() < 0.1)
                {
                    ad.Add(ad[random.Next(ad.Count)]);
                }
                ads.Add(ad);
            }
        }
        while (ads.Count < adCount)
        {
            ads.Add(random.NextDouble() switch
            {
                < 0.5 => [],
                < 0.8 => [new("phone", Phone(counter++))],
                _ => [new("email", $"noise{counter++}@example.net")],
            });
        }
        foreach (var ad in ads)
        {
            if (random.NextDouble() < 0.02)
            {
                ad.Add(Hotline);
            }
            if (random.NextDouble() < 0.05)
            {
                ad.Add(JobBoard);
            }
            if (random.NextDouble() < 0.01)
            {
                ad.Add(WarningEmail);
            }
        }
        var result = ads.Select(ad => ad.ToArray()).ToArray();
        random.Shuffle(result);
        return result;
    }

    private static string Phone(int n) => "+2547" + (10_000_000 + n).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static readonly string[] Words =
        ["Bora", "Safari", "Nuru", "Amani", "Tumaini", "Upendo", "Baraka", "Jua", "Kesho", "Neema", "Faraja", "Zawadi", "Imani", "Pwani"];
}
