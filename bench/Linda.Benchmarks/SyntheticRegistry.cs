using Linda.Core.Agencies;
using Linda.Core.Matching;

namespace Linda.Benchmarks;

/// <summary>
/// A registry of the given size made of the real agencies plus generated ones whose names mix like the real ones:
/// one or two distinctive words (Kiswahili- and Arabic-sounding made-up words, "Al-" names, common English words),
/// zero to three sector words and a legal form. Deterministic for a seed.
/// </summary>
public static class SyntheticRegistry
{
    private static readonly string[] Syllables =
    [
        "ka", "ma", "na", "ra", "sa", "ta", "wa", "ji", "ki", "li", "mi", "ni", "bu", "du", "ku", "mu", "nu", "ru", "zi", "ya",
        "ha", "fa", "ba", "da", "ga", "la", "pe", "she", "cha", "mbo", "nde", "ngu", "jo", "ke", "ri", "so", "to", "we", "yu",
        "qa", "di", "ho", "lu", "sha", "tha", "dha", "kha", "zu", "ne", "me",
    ];

    private static readonly string[] EnglishWords =
    [
        "Star", "Golden", "Royal", "Bright", "Green", "Blue", "Prime", "Elite", "First", "Future", "Pearl", "Crown", "Summit",
        "Horizon", "Eagle", "Sky", "Ocean", "Silver", "Diamond", "Unity", "Hope", "Victory", "Zenith", "Apex", "Nile", "Savanna",
    ];

    private static readonly string[] SectorWords =
    [
        "Agency", "Agencies", "Recruitment", "Recruiting", "Manpower", "International", "Services", "Consultants", "Consultancy",
        "Travel", "Tours", "Placement", "Solutions", "Global", "Overseas", "Employment", "General", "Human Resource", "Staffing",
    ];

    private static readonly string[] LegalForms = ["Limited", "Limited", "Ltd", "Company Limited", "Co. Ltd", "LTD", ""];

    public static IReadOnlyList<RegistryAgency> Generate(IReadOnlyList<RegistryAgency> real, int size, int seed)
    {
        var random = new Random(seed);
        var agencies = new List<RegistryAgency>(size);
        agencies.AddRange(real.Take(size));
        for (var i = agencies.Count; i < size; i++)
        {
            var words = new List<string>();
            var distinctive = random.Next(10) < 7 ? 1 : 2;
            for (var d = 0; d < distinctive; d++)
            {
                words.Add(random.Next(10) switch
                {
                    < 2 => EnglishWords[random.Next(EnglishWords.Length)],
                    < 4 => "Al-" + MadeUpWord(random),
                    _ => MadeUpWord(random),
                });
            }
            var sectors = random.Next(4);
            for (var s = 0; s < sectors; s++)
            {
                words.Add(SectorWords[random.Next(SectorWords.Length)]);
            }
            words.Add(LegalForms[random.Next(LegalForms.Length)]);
            var name = string.Join(' ', words.Where(w => w.Length > 0));
            if (random.Next(2) == 0)
            {
                name = name.ToUpperInvariant();
            }
            var expired = random.Next(10) < 6;
            var validUntil = new DateOnly(2025, 1, 1).AddDays(random.Next(900));
            agencies.Add(new RegistryAgency(
                $"synthetic-{i}",
                name,
                $"SY/{2020 + (i % 7)}/{1 + (i % 12)}/{i}",
                expired ? LicenceState.Expired : LicenceState.Licensed,
                validUntil,
                [],
                [$"+2547{i:D8}"],
                [$"agency{i}@gmail.com"],
                random.Next(3) == 0 ? [$"www.agency{i}.co.ke"] : []));
        }
        return agencies;
    }

    private static string MadeUpWord(Random random)
    {
        var syllables = random.Next(2, 5);
        var word = string.Concat(Enumerable.Range(0, syllables).Select(_ => Syllables[random.Next(Syllables.Length)]));
        return char.ToUpperInvariant(word[0]) + word[1..];
    }
}
