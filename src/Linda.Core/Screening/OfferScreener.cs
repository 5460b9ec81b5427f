using System.Globalization;
using Linda.Core.Matching;

namespace Linda.Core.Screening;

/// <summary>
/// The job-offer checker: extracts the facts of an offer, finds the red flags of the rule file with their evidence and
/// scores them. Built once per rule file and shared; <see cref="Screen"/> is thread-safe and never throws on any text.
/// </summary>
/// <remarks>
/// The score is 100 × (1 − Π(1 − weight)) over the flags found, rounded: each flag can only add to it, so the score
/// is monotonic in the evidence, and it depends on nothing but the text, the given fields and the registry, so the
/// same offer always gets the same answer. Computed flags are built to keep this when text is added: a fee is
/// weighed by the largest fee against the lowest salary, a salary by the highest salary against the lowest going
/// rate of the roles and destinations named.
/// </remarks>
public sealed class OfferScreener
{
    /// <summary>Most agency names and contacts looked up in the registry for one offer.</summary>
    private const int MaxRegistryLookups = 10;

    /// <summary>Most pieces of evidence kept per flag.</summary>
    private const int MaxEvidence = 10;

    private static readonly IReadOnlyDictionary<string, string> NoValues = new Dictionary<string, string>();

    private readonly ScreeningRules _rules;
    private readonly EntityExtractor _extractor;
    private readonly Dictionary<string, int> _order;

    public OfferScreener(ScreeningRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules;
        _extractor = new EntityExtractor(rules);
        _order = rules.Rules.Select((r, i) => (r.Code, i)).ToDictionary(p => p.Code, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>A checker with the rule file shipped with Linda.</summary>
    public static OfferScreener Default { get; } = new(ScreeningRules.Default);

    public ScreeningRules Rules => _rules;

    public EntityExtractor Extractor => _extractor;

    /// <summary>
    /// Checks an offer. With a <paramref name="registry"/> (one with agencies in it), the agency, licence numbers and
    /// contacts are checked against it too. A text longer than <see cref="OfferInput.MaxTextLength"/> is read up to
    /// that length (callers refuse it first).
    /// </summary>
    public ScreeningResult Screen(OfferInput input, AgencyMatcher? registry = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var raw = input.Text ?? "";
        var text = new OfferText(raw.Length > OfferInput.MaxTextLength ? raw[..OfferInput.MaxTextLength] : raw);
        var entities = _extractor.Extract(text, input);
        var flags = new List<RedFlag>();
        foreach (var rule in _rules.Rules)
        {
            var flag = rule.Detector switch
            {
                RuleDetector.Phrases => Phrases(rule, text) is { Count: > 0 } spans ? Flag(rule, spans) : null,
                RuleDetector.Fee => Fee(rule, text, entities),
                RuleDetector.Salary => Salary(rule, entities),
                RuleDetector.Messaging => Messaging(rule, text, entities),
                RuleDetector.ScamCompound => ScamCompound(rule, text, entities),
                _ => null,
            };
            if (flag is not null)
            {
                flags.Add(flag);
            }
        }
        if (registry is { Count: > 0 })
        {
            var (registryFlags, checkedAgencies) = RegistryChecks.Run(_rules, registry, entities, MaxRegistryLookups);
            flags.AddRange(registryFlags.Select(f => f with { Evidence = f.Evidence.Take(MaxEvidence).ToList() }));
            entities = entities with { Agencies = checkedAgencies };
        }
        var ordered = flags.OrderByDescending(f => f.Weight).ThenBy(f => _order[f.Code]).ToList();
        var score = Score(ordered.Select(f => f.Weight));
        return new ScreeningResult(_rules.RiskOf(score), score, ordered, entities, _rules);
    }

    /// <summary>100 × (1 − Π(1 − w)), rounded: 0 with no weights, never lower when a weight is added.</summary>
    public static int Score(IEnumerable<double> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        // Multiplied in one order (largest first), so that the same weights always give the same rounding.
        var sorted = weights.ToArray();
        Array.Sort(sorted);
        var clear = 1.0;
        for (var i = sorted.Length - 1; i >= 0; i--)
        {
            clear *= 1 - Math.Clamp(sorted[i], 0, 1);
        }
        return (int)Math.Round(100 * (1 - clear), MidpointRounding.AwayFromZero);
    }

    private static RedFlag Flag(ScreeningRule rule, IEnumerable<TextSpan> evidence, Severity? severity = null, double? weight = null, IReadOnlyDictionary<string, string>? values = null) =>
        new(rule, severity ?? rule.Severity, weight ?? rule.Weight, Evidence(evidence), values ?? NoValues);

    private static List<TextSpan> Evidence(IEnumerable<TextSpan> spans) =>
        spans.DistinctBy(s => (s.Field, s.Start, s.Length))
            .OrderBy(s => s.Field == OfferFields.Text ? 1 : 0).ThenBy(s => s.Start)
            .Take(MaxEvidence)
            .ToList();

    /// <summary>The rule's patterns in the text, without the matches a negation cancels.</summary>
    private List<TextSpan> Phrases(ScreeningRule rule, OfferText text)
    {
        var spans = new List<TextSpan>();
        if (rule.Matcher is null)
        {
            return spans;
        }
        foreach (var (index, length) in Matching.SafeSpans(rule.Matcher, text.Folded))
        {
            if (!rule.Negatable || !text.IsNegatedAt(index, _rules))
            {
                spans.Add(text.Span(index, length));
            }
        }
        return spans;
    }

    private RedFlag? Fee(ScreeningRule rule, OfferText text, OfferEntities entities)
    {
        var fees = entities.Money.Where(m => m.Purpose == MoneyPurpose.Fee).ToList();
        var phrases = Phrases(rule, text);
        if (fees.Count == 0 && phrases.Count == 0)
        {
            return null;
        }
        var weight = rule.Weight;
        var severity = rule.Severity;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var largest = fees.Select(f => (Fee: f, Usd: _rules.ToUsd(f.Amount, f.Currency))).Where(f => f.Usd is not null).OrderByDescending(f => f.Usd).FirstOrDefault();
        if (largest.Fee is not null)
        {
            var usd = largest.Usd!.Value;
            values["fee"] = largest.Fee.Span.Text.Trim();
            Raise(_rules.FeeAmountTiers, usd, ref weight, ref severity);
            var lowestSalary = MonthlySalariesUsd(entities).DefaultIfEmpty().Min();
            if (lowestSalary > 0)
            {
                var months = usd / lowestSalary;
                values["months"] = months.ToString(months < 10 ? "0.#" : "0", CultureInfo.InvariantCulture);
                Raise(_rules.FeeRatioTiers, months, ref weight, ref severity);
            }
        }
        // Without a salary to compare with, the detail is only filled in when the template needs nothing else.
        var detail = values.ContainsKey("months") ? values : NoValues;
        return Flag(rule, fees.Select(f => f.Span).Concat(phrases), severity, weight, detail);
    }

    private static void Raise(IReadOnlyList<FeeTier> tiers, double value, ref double weight, ref Severity severity)
    {
        foreach (var tier in tiers)
        {
            if (value >= tier.AtLeast && tier.Weight > weight)
            {
                weight = tier.Weight;
                severity = (Severity)Math.Max((int)severity, (int)tier.Severity);
            }
        }
    }

    private IEnumerable<double> MonthlySalariesUsd(OfferEntities entities) =>
        entities.Money.Where(m => m.Purpose == MoneyPurpose.Salary)
            .Select(m => _rules.ToUsd(m.Amount, m.Currency) * m.PerMonth)
            .Where(v => v is > 0)
            .Select(v => v!.Value);

    private RedFlag? Salary(ScreeningRule rule, OfferEntities entities)
    {
        var highest = entities.Money.Where(m => m.Purpose == MoneyPurpose.Salary)
            .Select(m => (Money: m, Usd: _rules.ToUsd(m.Amount, m.Currency) * m.PerMonth))
            .Where(m => m.Usd is > 0)
            .OrderByDescending(m => m.Usd)
            .FirstOrDefault();
        if (highest.Money is null)
        {
            return null;
        }
        var countries = entities.Destinations.Select(d => d.Country).ToList();
        // The lowest going rate of the roles and destinations named: adding a role or a place can only lower it.
        var lowest = entities.JobTitles
            .Select(t => (Title: t, Rate: countries.Count == 0
                ? _rules.GoingRate(t.Role, null)
                : countries.Select(c => _rules.GoingRate(t.Role, c)).Min()))
            .Where(r => r.Rate is > 0)
            .OrderBy(r => r.Rate)
            .FirstOrDefault();
        if (lowest.Title is null || highest.Usd!.Value <= _rules.GoingRateMultiplier * lowest.Rate!.Value)
        {
            return null;
        }
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["salary"] = highest.Money.Span.Text.Trim(),
            ["rate"] = "USD " + lowest.Rate.Value.ToString("#,0", CultureInfo.InvariantCulture),
            ["times"] = (highest.Usd.Value / lowest.Rate.Value).ToString("0.#", CultureInfo.InvariantCulture),
        };
        return Flag(rule, lowest.Title.Spans.Prepend(highest.Money.Span), values: values);
    }

    private RedFlag? Messaging(ScreeningRule rule, OfferText text, OfferEntities entities)
    {
        var phrases = Phrases(rule, text);
        var contacts = entities.Handles.SelectMany(h => h.Spans)
            .Concat(entities.Phones.Where(p => p.WhatsApp || p.Telegram).SelectMany(p => p.Spans))
            .Where(s => s.Field == OfferFields.Text)
            .ToList();
        if (phrases.Count > 0)
        {
            return Flag(rule, phrases.Concat(contacts));
        }
        var checkable = entities.Emails.Count > 0 || entities.Websites.Count > 0 || Matching.SafeIsMatch(_rules.CheckableCue, text.Folded);
        return contacts.Count > 0 && !checkable ? Flag(rule, contacts) : null;
    }

    private RedFlag? ScamCompound(ScreeningRule rule, OfferText text, OfferEntities entities)
    {
        var phrases = Phrases(rule, text);
        var places = entities.Destinations.Where(d => _rules.ScamCompoundCountries.Contains(d.Country)).SelectMany(d => d.Spans).ToList();
        var roles = entities.JobTitles.Where(t => _rules.ScamCompoundRoles.Contains(t.Role)).SelectMany(t => t.Spans).ToList();
        if (phrases.Count > 0)
        {
            return Flag(rule, phrases.Concat(places).Concat(roles));
        }
        return places.Count > 0 && roles.Count > 0 ? Flag(rule, places.Concat(roles)) : null;
    }
}
