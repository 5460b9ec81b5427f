using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Linda.Core.Screening;

/// <summary>A fee tier: from this ratio (or amount in US dollars) up, the fee flag weighs this much.</summary>
public sealed record FeeTier(double AtLeast, double Weight, Severity Severity);

/// <summary>
/// The reviewed rule file (the embedded Screening/rules.json): red flags with their texts in English and Kiswahili,
/// their patterns and weights, and the tables the computed flags use (fee tiers, exchange and going rates,
/// scam-compound countries, places, job titles, next steps). Loaded and compiled once; immutable and thread-safe.
/// </summary>
public sealed partial class ScreeningRules
{
    /// <summary>
    /// No timeout: every expression runs without backtracking, so its time is linear in the text by construction; and
    /// a timeout counts wall-clock time, so on a loaded machine it would make the same text give different answers.
    /// </summary>
    internal static readonly TimeSpan MatchTimeout = Regex.InfiniteMatchTimeout;

    private const RegexOptions DataOptions = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly Lazy<ScreeningRules> LazyDefault = new(() =>
    {
        using var stream = typeof(ScreeningRules).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The rule file {ResourceName} is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    });

    public const string ResourceName = "Linda.Core.Screening.rules.json";

    private FrozenDictionary<string, ScreeningRule> _byCode = FrozenDictionary<string, ScreeningRule>.Empty;

    private ScreeningRules()
    {
    }

    /// <summary>The rule file shipped with Linda.</summary>
    public static ScreeningRules Default => LazyDefault.Value;

    public string Version { get; private init; } = "";

    /// <summary>Score from which an offer is medium risk.</summary>
    public int MediumThreshold { get; private init; }

    /// <summary>Score from which an offer is high risk.</summary>
    public int HighThreshold { get; private init; }

    public IReadOnlyList<ScreeningRule> Rules { get; private init; } = [];

    public IReadOnlyList<FeeTier> FeeRatioTiers { get; private init; } = [];

    public IReadOnlyList<FeeTier> FeeAmountTiers { get; private init; } = [];

    /// <summary>Units of each currency per US dollar: the one reviewed table, <see cref="Reference.ExchangeRates"/>.</summary>
    public IReadOnlyDictionary<string, decimal> ExchangeRates { get; private init; } = FrozenDictionary<string, decimal>.Empty;

    /// <summary>A salary more than this many times the going rate is flagged.</summary>
    public double GoingRateMultiplier { get; private init; }

    /// <summary>Destination groups of the going-rate table: group → countries (alpha-3).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> GoingRateGroups { get; private init; } = FrozenDictionary<string, IReadOnlyList<string>>.Empty;

    /// <summary>Going rates: role → destination group → monthly US dollars.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> GoingRates { get; private init; } = FrozenDictionary<string, IReadOnlyDictionary<string, double>>.Empty;

    public IReadOnlySet<string> ScamCompoundCountries { get; private init; } = FrozenSet<string>.Empty;

    public IReadOnlySet<string> ScamCompoundRoles { get; private init; } = FrozenSet<string>.Empty;

    /// <summary>Destination names: alpha-3 → the names, cities and spellings ads use.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Places { get; private init; } = FrozenDictionary<string, IReadOnlyList<string>>.Empty;

    /// <summary>Job-title patterns by role.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> JobTitles { get; private init; } = FrozenDictionary<string, IReadOnlyList<string>>.Empty;

    internal Regex Negation { get; private init; } = null!;
    internal Regex FeeCue { get; private init; } = null!;
    internal Regex SalaryCue { get; private init; } = null!;
    internal IReadOnlyList<(Regex Cue, double PerMonth)> Periods { get; private init; } = [];
    /// <summary>Any period cue: one pass over the text finds them all, and <see cref="Periods"/> tells them apart.</summary>
    internal Regex AnyPeriod { get; private init; } = null!;
    internal Regex WhatsAppCue { get; private init; } = null!;
    internal Regex TelegramCue { get; private init; } = null!;
    internal Regex CheckableCue { get; private init; } = null!;
    internal Regex PlaceMatcher { get; private init; } = null!;
    internal FrozenDictionary<string, string> CountryByPlace { get; private init; } = FrozenDictionary<string, string>.Empty;
    /// <summary>Any job title: one pass over the text finds them, and <see cref="JobTitleRoles"/> tells which role each is.</summary>
    internal Regex JobTitleMatcher { get; private init; } = null!;
    /// <summary>Each role with an expression matching exactly one of its titles.</summary>
    internal IReadOnlyList<(string Role, Regex Title)> JobTitleRoles { get; private init; } = [];
    private FrozenDictionary<RiskLevel, (IReadOnlyList<string> En, IReadOnlyList<string> Sw)> Advice { get; init; } = null!;

    /// <summary>The rule with this code, or null.</summary>
    public ScreeningRule? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>The rule with this code; throws for a code the file does not have (a programming error).</summary>
    internal ScreeningRule Rule(string code) =>
        _byCode.TryGetValue(code, out var rule) ? rule : throw new InvalidOperationException($"The rule file has no rule '{code}'.");

    /// <summary>What to do next for an offer of this risk, in the language ("sw" or English).</summary>
    public IReadOnlyList<string> NextSteps(RiskLevel risk, string? language) =>
        ScreeningLanguage.IsSwahili(language) ? Advice[risk].Sw : Advice[risk].En;

    public RiskLevel RiskOf(int score) => score >= HighThreshold ? RiskLevel.High : score >= MediumThreshold ? RiskLevel.Medium : RiskLevel.Low;

    /// <summary>The amount in US dollars, or null for a currency without a rate.</summary>
    public double? ToUsd(decimal amount, string currency) =>
        ExchangeRates.TryGetValue(currency, out var rate) && rate > 0 ? (double)(amount / rate) : null;

    /// <summary>
    /// The going monthly rate in US dollars for <paramref name="role"/> in <paramref name="country"/>: the rate of the
    /// country's group, or the highest group's rate when the country is unknown or in no group. Null for a role
    /// without rates.
    /// </summary>
    public double? GoingRate(string role, string? country)
    {
        if (!GoingRates.TryGetValue(role, out var byGroup) || byGroup.Count == 0)
        {
            return null;
        }
        var group = country is null ? null : GoingRateGroups.FirstOrDefault(g => g.Value.Contains(country, StringComparer.Ordinal)).Key;
        return group is not null && byGroup.TryGetValue(group, out var rate) ? rate : byGroup.Values.Max();
    }

    /// <summary>
    /// Turns a rule-file pattern into a regular expression: " ?" is optional white space, a space is any run of white
    /// space, and a pattern that starts or ends with a word is matched as whole words.
    /// </summary>
    public static string ToRegex(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var body = pattern.Replace(" ?", @"\s*", StringComparison.Ordinal).Replace(" ", @"\s+", StringComparison.Ordinal);
        var first = pattern[0];
        var last = pattern[^1];
        var start = char.IsLetterOrDigit(first) || first == '(' ? @"\b" : "";
        var end = char.IsLetterOrDigit(last) || last == ')' || (last == '?' && pattern.Length > 1 && (char.IsLetterOrDigit(pattern[^2]) || pattern[^2] == ')')) ? @"\b" : "";
        return $"{start}(?:{body}){end}";
    }

    /// <summary>Reads and compiles a rule file; throws <see cref="InvalidDataException"/> saying what is wrong with it.</summary>
    public static ScreeningRules Parse(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var root = document.RootElement;
        var rules = Required(root, "rules").EnumerateArray().Select(ReadRule).ToList();
        var duplicate = rules.GroupBy(r => r.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"Rule code '{duplicate.Key}' appears more than once.");
        }

        if (root.TryGetProperty("exchangeRates", out _))
        {
            // One table only: a second copy here would drift from the one the risk score and the feedback form use.
            throw new InvalidDataException("Exchange rates are not part of the rule file: they live in Reference/exchange-rates.json.");
        }
        var thresholds = Required(root, "thresholds");
        var fee = Required(root, "fee");
        var purpose = Required(root, "moneyPurpose");
        var going = Required(root, "goingRates");
        var compound = Required(root, "scamCompound");
        var messaging = Required(root, "messaging");
        var places = Entries(Required(root, "places")).ToDictionary(p => p.Key, p => Strings(p.Value), StringComparer.Ordinal);
        var jobTitles = Entries(Required(root, "jobTitles")).ToDictionary(p => p.Key, p => Strings(p.Value), StringComparer.Ordinal);
        var groups = Entries(Required(going, "groups")).ToDictionary(p => p.Key, p => Strings(p.Value), StringComparer.Ordinal);
        var rates = Entries(Required(going, "rates")).ToDictionary(
            p => p.Key,
            p => (IReadOnlyDictionary<string, double>)Entries(p.Value).ToDictionary(r => r.Key, r => r.Value.GetDouble(), StringComparer.Ordinal).ToFrozenDictionary(StringComparer.Ordinal),
            StringComparer.Ordinal);
        var unknownGroup = rates.SelectMany(r => r.Value.Keys).FirstOrDefault(g => !groups.ContainsKey(g));
        if (unknownGroup is not null)
        {
            throw new InvalidDataException($"Going rates use the destination group '{unknownGroup}', which goingRates.groups does not define.");
        }

        var countryByPlace = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (country, names) in places)
        {
            if (Reference.Countries.Find(country) is null)
            {
                throw new InvalidDataException($"Places: '{country}' is not an ISO 3166-1 alpha-3 code.");
            }
            foreach (var name in names)
            {
                countryByPlace.TryAdd(PlaceKey(name), country);
            }
        }
        var roles = jobTitles.Keys.ToList();

        var result = new ScreeningRules
        {
            Version = Required(root, "version").GetString() ?? "",
            MediumThreshold = Required(thresholds, "medium").GetInt32(),
            HighThreshold = Required(thresholds, "high").GetInt32(),
            Rules = rules,
            FeeRatioTiers = Tiers(Required(fee, "ratioTiers")),
            FeeAmountTiers = Tiers(Required(fee, "amountTiers")),
            ExchangeRates = Reference.ExchangeRates.PerUsd,
            GoingRateMultiplier = Required(going, "multiplier").GetDouble(),
            GoingRateGroups = groups.ToFrozenDictionary(StringComparer.Ordinal),
            GoingRates = rates.ToFrozenDictionary(StringComparer.Ordinal),
            ScamCompoundCountries = Strings(Required(compound, "countries")).ToFrozenSet(StringComparer.Ordinal),
            ScamCompoundRoles = Strings(Required(compound, "roles")).ToFrozenSet(StringComparer.Ordinal),
            Places = places.ToFrozenDictionary(StringComparer.Ordinal),
            JobTitles = jobTitles.ToFrozenDictionary(StringComparer.Ordinal),
            Negation = Compile("negations", Languages(Required(root, "negations"))),
            FeeCue = Compile("moneyPurpose.fee", Languages(Required(purpose, "fee"))),
            SalaryCue = Compile("moneyPurpose.salary", Languages(Required(purpose, "salary"))),
            Periods = Required(purpose, "periods").EnumerateArray()
                .Select(p => (Compile("moneyPurpose.periods", [Required(p, "cue").GetString() ?? ""]), Required(p, "perMonth").GetDouble()))
                .ToList(),
            AnyPeriod = Compile("moneyPurpose.periods", Required(purpose, "periods").EnumerateArray().Select(p => Required(p, "cue").GetString() ?? "")),
            WhatsAppCue = Compile("messaging.whatsapp", Strings(Required(messaging, "whatsapp"))),
            TelegramCue = Compile("messaging.telegram", Strings(Required(messaging, "telegram"))),
            CheckableCue = Compile("messaging.checkable", Languages(Required(messaging, "checkable"))),
            // Longest names first, so that "saudi arabia" wins over "saudi".
            PlaceMatcher = Compile("places", countryByPlace.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal)
                .Select(k => Regex.Escape(k).Replace(@"\ ", " ", StringComparison.Ordinal))),
            CountryByPlace = countryByPlace.ToFrozenDictionary(StringComparer.Ordinal),
            JobTitleMatcher = Compile("jobTitles", roles.SelectMany(r => jobTitles[r])),
            JobTitleRoles = roles.Select(r => (r, Build($"jobTitles.{r}", $"^(?:{string.Join('|', jobTitles[r].Select(ToRegex))})$"))).ToList(),
            Advice = Entries(Required(root, "advice")).ToDictionary(
                    p => Enum.Parse<RiskLevel>(p.Key, ignoreCase: true),
                    p => (Strings(Required(p.Value, "en")), Strings(Required(p.Value, "sw"))))
                .ToFrozenDictionary(),
            _byCode = rules.ToFrozenDictionary(r => r.Code, StringComparer.Ordinal),
        };
        foreach (var risk in Enum.GetValues<RiskLevel>())
        {
            if (!result.Advice.TryGetValue(risk, out var steps) || steps.En.Count == 0 || steps.Sw.Count == 0)
            {
                throw new InvalidDataException($"Advice for {risk} risk needs steps in English and Kiswahili.");
            }
        }
        if (result.MediumThreshold <= 0 || result.HighThreshold <= result.MediumThreshold || result.HighThreshold > 100)
        {
            throw new InvalidDataException("Thresholds must satisfy 0 < medium < high <= 100.");
        }
        return result;
    }

    /// <summary>How a place name is looked up: lower case, single spaces.</summary>
    internal static string PlaceKey(string name) =>
        string.Join(' ', name.Trim().ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static ScreeningRule ReadRule(JsonElement element)
    {
        var code = Required(element, "code").GetString() ?? "";
        if (!RuleCodePattern().IsMatch(code))
        {
            throw new InvalidDataException($"Rule code '{code}' must be lower-case words joined by '-'.");
        }
        var weight = Required(element, "weight").GetDouble();
        if (weight is <= 0 or >= 1)
        {
            throw new InvalidDataException($"Rule '{code}': the weight must be between 0 and 1.");
        }
        var patterns = Required(element, "patterns");
        var en = Strings(Required(patterns, "en"));
        var sw = Strings(Required(patterns, "sw"));
        var detector = Enum.Parse<RuleDetector>(Required(element, "detector").GetString()!.Replace("-", "", StringComparison.Ordinal), ignoreCase: true);
        if (detector == RuleDetector.Phrases && (en.Count == 0 || sw.Count == 0))
        {
            throw new InvalidDataException($"Rule '{code}' finds phrases, so it needs patterns in English and Kiswahili.");
        }
        return new ScreeningRule
        {
            Code = code,
            Severity = Enum.Parse<Severity>(Required(element, "severity").GetString()!, ignoreCase: true),
            Weight = weight,
            Detector = detector,
            Negatable = Required(element, "negatable").GetBoolean(),
            Title = Text(element, "title", code),
            Explanation = Text(element, "explanation", code),
            Detail = element.TryGetProperty("detail", out _) ? Text(element, "detail", code) : null,
            PatternsEn = en,
            PatternsSw = sw,
            ExamplesEn = Optional(element, "examples", "en"),
            ExamplesSw = Optional(element, "examples", "sw"),
            CounterExamplesEn = Optional(element, "counterExamples", "en"),
            CounterExamplesSw = Optional(element, "counterExamples", "sw"),
            Matcher = en.Count + sw.Count == 0 ? null : Compile($"rule '{code}'", en.Concat(sw)),
        };
    }

    private static LocalisedText Text(JsonElement element, string property, string code)
    {
        var text = Required(element, property);
        var en = Required(text, "en").GetString();
        var sw = Required(text, "sw").GetString();
        if (string.IsNullOrWhiteSpace(en) || string.IsNullOrWhiteSpace(sw))
        {
            throw new InvalidDataException($"Rule '{code}': the {property} needs English and Kiswahili.");
        }
        return new LocalisedText(en, sw);
    }

    private static IReadOnlyList<string> Optional(JsonElement element, string property, string language) =>
        element.TryGetProperty(property, out var value) && value.TryGetProperty(language, out var list) ? Strings(list) : [];

    private static IReadOnlyList<FeeTier> Tiers(JsonElement tiers) =>
        tiers.EnumerateArray()
            .Select(t => new FeeTier(Required(t, "atLeast").GetDouble(), Required(t, "weight").GetDouble(), Enum.Parse<Severity>(Required(t, "severity").GetString()!, ignoreCase: true)))
            .OrderBy(t => t.AtLeast)
            .ToList();

    private static IEnumerable<string> Languages(JsonElement element) => Strings(Required(element, "en")).Concat(Strings(Required(element, "sw")));

    private static IReadOnlyList<string> Strings(JsonElement element) =>
        element.EnumerateArray().Select(e => e.GetString()).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!).ToList();

    /// <summary>The object's properties, without the "about" notes written for reviewers.</summary>
    private static IEnumerable<KeyValuePair<string, JsonElement>> Entries(JsonElement element) =>
        element.EnumerateObject().Where(p => p.Name != "about").Select(p => new KeyValuePair<string, JsonElement>(p.Name, p.Value));

    private static JsonElement Required(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value)
            ? value
            : throw new InvalidDataException($"The rule file lacks '{property}'.");

    private static Regex Compile(string where, IEnumerable<string> patterns)
    {
        var list = patterns.ToList();
        if (list.Count == 0)
        {
            throw new InvalidDataException($"{where}: no patterns.");
        }
        return Build(where, string.Join('|', list.Select(ToRegex)));
    }

    private static Regex Build(string where, string expression)
    {
        try
        {
            return new Regex(expression, DataOptions, MatchTimeout);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            throw new InvalidDataException($"{where}: {e.Message}", e);
        }
    }

    [GeneratedRegex("^[a-z]+(?:-[a-z]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex RuleCodePattern();
}
