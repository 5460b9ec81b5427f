using System.Globalization;

namespace Linda.Core.Agencies.Risk;

/// <summary>
/// The explainable agency risk score: a pure function of <see cref="AgencyRiskInput"/> and the table in
/// <see cref="RiskModel"/>.
/// </summary>
/// <remarks>
/// Each factor adds up its evidence (points per report or sanction, faded by age with the factor's half-life),
/// keeps the sum within its cap and rounds it to one decimal; the score is the sum of the contributions, rounded
/// and kept between 0 and 100. Every step only ever adds non-negative amounts, so a further complaint or sanction
/// can never lower the score, and further IRIS progress can never raise it. Sums are decimal, so the order in
/// which reports arrive does not change the result.
/// </remarks>
public static class AgencyRisk
{
    private const double DaysPerMonth = 365.2425 / 12;

    private static readonly RiskFactorDefinition ComplaintsFactor = RiskModel.Factor(RiskModel.Complaints);
    private static readonly RiskFactorDefinition PassportFactor = RiskModel.Factor(RiskModel.PassportRetention);
    private static readonly RiskFactorDefinition FeesFactor = RiskModel.Factor(RiskModel.Fees);
    private static readonly RiskFactorDefinition ExpiryFactor = RiskModel.Factor(RiskModel.RecruitingAfterExpiry);
    private static readonly RiskFactorDefinition LookalikeFactor = RiskModel.Factor(RiskModel.LookalikeOfSanctioned);
    private static readonly RiskFactorDefinition SanctionsFactor = RiskModel.Factor(RiskModel.Sanctions);
    private static readonly RiskFactorDefinition JobAdsFactor = RiskModel.Factor(RiskModel.FlaggedJobAds);
    private static readonly RiskFactorDefinition IrisFactor = RiskModel.Factor(RiskModel.IrisProgress);
    private static readonly RiskFactorDefinition CleanFactor = RiskModel.Factor(RiskModel.CleanHistory);

    public static AgencyRiskScore Compute(AgencyRiskInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var reports = input.Feedback.Where(f => f.Counts).ToList();
        var complaints = reports.Where(f => f.IsComplaint).ToList();
        var context = new Context(input, reports, complaints);

        RiskFactorResult[] factors =
        [
            Scored(ComplaintsFactor, ComplaintsOf(context)),
            Scored(PassportFactor, PassportRetentionOf(context)),
            Scored(FeesFactor, FeesOf(context)),
            Scored(ExpiryFactor, RecruitingAfterExpiryOf(context)),
            Scored(LookalikeFactor, LookalikeOf(input)),
            Scored(SanctionsFactor, SanctionsOf(input)),
            Scored(JobAdsFactor, JobAdsOf(context)),
            Scored(IrisFactor, IrisOf(input)),
            Scored(CleanFactor, CleanHistoryOf(context)),
        ];
        var points = factors.Sum(f => f.Contribution);
        var score = (int)Math.Clamp(Math.Round(points, 0, MidpointRounding.AwayFromZero), 0, 100);
        return new AgencyRiskScore(score, RiskModel.BandOf(score), points, factors);
    }

    private sealed record Context(AgencyRiskInput Input, List<RiskFeedback> Reports, List<RiskFeedback> Complaints)
    {
        public DateOnly Today => Input.Today;

        public bool IsRecent(RiskFeedback report) => report.EventDate > Today.AddMonths(-RiskModel.RecentMonths);
    }

    private static RiskFactorResult Scored(RiskFactorDefinition factor, (decimal Evidence, string Explanation) result) =>
        Scored(factor, (result.Evidence, result.Explanation, []));

    private static RiskFactorResult Scored(RiskFactorDefinition factor, (decimal Evidence, string Explanation, IReadOnlyList<RiskEvidence> Records) result)
    {
        var kept = Math.Round(Math.Min(factor.Cap, result.Evidence), 1, MidpointRounding.AwayFromZero);
        var contribution = factor.Direction == RiskDirection.Lowers ? -kept : kept;
        return new RiskFactorResult(factor.Code, factor.Name, factor.Direction, factor.Cap, contribution, result.Explanation) { Evidence = result.Records };
    }

    /// <summary>
    /// What <paramref name="points"/> of evidence dated <paramref name="date"/> is worth today: halved every
    /// half-life; evidence dated in the future counts in full.
    /// </summary>
    private static decimal Faded(decimal points, DateOnly date, DateOnly today, double? halfLifeMonths)
    {
        if (halfLifeMonths is not { } halfLife)
        {
            return points;
        }
        var months = Math.Max(0, today.DayNumber - date.DayNumber) / DaysPerMonth;
        // Rounded to a millionth so that decimal sums stay exact whatever the order.
        return Math.Round(points * (decimal)Math.Pow(0.5, months / halfLife), 6, MidpointRounding.AwayFromZero);
    }

    private static (decimal, string) ComplaintsOf(Context c)
    {
        if (c.Complaints.Count == 0)
        {
            return (0, "No verified complaints.");
        }
        decimal evidence = 0;
        var severe = 0;
        foreach (var report in c.Complaints)
        {
            var severity = report.Abuse || report.PassportKept ? "severe"
                : report.ContractChanged || report.JobDifferent || report.FeesAsked ? "serious"
                : "other";
            severe += severity == "severe" ? 1 : 0;
            evidence += Faded(ComplaintsFactor.Weight(severity), report.EventDate, c.Today, ComplaintsFactor.HalfLifeMonths);
        }
        var total = c.Complaints.Count;
        var recent = c.Complaints.Count(c.IsRecent);
        var within = $"in the last {RiskModel.RecentMonths} months";
        var parts = new List<string> { Count(total, "verified complaint", "verified complaints") };
        if (severe > 0)
        {
            parts.Add((total == 1 ? "" : severe == total ? "all " : $"{severe} ") + "severe (abuse or a kept passport)");
        }
        parts.Add(recent == total ? (total == 1 ? within : $"all {within}")
            : recent == 0 ? (total == 1 ? $"from {Month(c.Complaints[0].EventDate)}" : $"none {within}")
            : $"{recent} {within}");
        var text = string.Join(", ", parts) + ".";
        return (evidence, text);
    }

    private static (decimal, string) PassportRetentionOf(Context c)
    {
        var reports = c.Reports.Where(r => r.PassportKept).ToList();
        var evidence = reports.Sum(r => Faded(PassportFactor.Weight("report"), r.EventDate, c.Today, PassportFactor.HalfLifeMonths));
        return (evidence, ReportsText(c, reports, "of passport retention"));
    }

    private static (decimal, string) FeesOf(Context c)
    {
        var reports = c.Reports.Where(r => r.FeesAsked).ToList();
        decimal evidence = 0;
        double? highest = null;
        foreach (var report in reports)
        {
            var months = ApproximateKesRates.MonthsOfSalary(report.FeeAmount, report.FeeCurrency, report.SalaryPromised, report.SalaryCurrency);
            decimal points;
            if (months is { } m)
            {
                highest = Math.Max(highest ?? 0, m);
                var counted = Math.Min((decimal)m, FeesFactor.Weight("months_counted"));
                points = FeesFactor.Weight("base") + (FeesFactor.Weight("per_month") * counted);
            }
            else
            {
                points = FeesFactor.Weight("not_comparable");
            }
            evidence += Faded(points, report.EventDate, c.Today, FeesFactor.HalfLifeMonths);
        }
        var text = ReportsText(c, reports, "of recruitment fees");
        if (reports.Count > 0)
        {
            text = text.TrimEnd('.') + (highest is { } h
                ? $"; the highest was {h.ToString("0.#", CultureInfo.InvariantCulture)} {(Math.Round(h, 1) == 1 ? "month" : "months")} of the promised salary."
                : "; the fee could not be compared with a salary.");
        }
        return (evidence, text);
    }

    private static (decimal, string) RecruitingAfterExpiryOf(Context c)
    {
        if (c.Input.ExpiresOn is not { } expires)
        {
            return (0, "The registry gives no expiry date.");
        }
        // A month is after the expiry only when all of it is: HappenedOn is the first of the month.
        var reports = c.Reports.Where(r => r.HappenedOn is not null && r.EventDate > expires).ToList();
        var evidence = reports.Sum(r => Faded(ExpiryFactor.Weight("report"), r.EventDate, c.Today, ExpiryFactor.HalfLifeMonths));
        return (evidence, reports.Count == 0
            ? $"No verified reports of recruiting after the licence expired on {Day(expires)}."
            : $"{Count(reports.Count, "verified report", "verified reports")} of recruiting after the licence expired on {Day(expires)}, the latest in {Month(reports.Max(r => r.EventDate))}.");
    }

    private static (decimal, string) LookalikeOf(AgencyRiskInput input)
    {
        if (input.LookalikeOf is not { } other)
        {
            return (0, "The name does not closely resemble any deregistered or suspended agency.");
        }
        var state = other.State switch
        {
            LicenceState.Deregistered => "deregistered",
            LicenceState.Suspended => "suspended",
            _ => other.State.ToString().ToLowerInvariant(),
        };
        var licence = other.LicenceNumber is null ? "" : $" ({other.LicenceNumber})";
        var reasons = other.Reasons.Count == 0 ? "" : ": " + string.Join("; ", other.Reasons);
        return (LookalikeFactor.Weight("match"), $"The name closely resembles {other.Name}{licence}, which is {state}{reasons}.");
    }

    private static (decimal, string) SanctionsOf(AgencyRiskInput input)
    {
        if (input.Sanctions.Count == 0)
        {
            return (0, "No sanctions recorded.");
        }
        var today = input.Today;
        decimal evidence = 0;
        foreach (var s in input.Sanctions)
        {
            var (key, fadesFrom) = s.Kind switch
            {
                SanctionKind.Deregistration => ("deregistration", (DateOnly?)null),
                SanctionKind.Suspension => ("suspension", s.EndsOn is { } end && end < today ? end : null),
                _ => ("warning", (DateOnly?)s.EffectiveOn),
            };
            var points = SanctionsFactor.Weight(key);
            evidence += fadesFrom is { } from ? Faded(points, from, today, SanctionsFactor.HalfLifeMonths) : points;
        }
        var described = input.Sanctions
            .OrderByDescending(s => s.EffectiveOn).ThenByDescending(s => s.Kind)
            .Select(s => s.Kind switch
            {
                SanctionKind.Deregistration => $"deregistered from {Day(s.EffectiveOn)}",
                SanctionKind.Suspension when s.EndsOn is { } end && end < today => $"suspended {Day(s.EffectiveOn)} to {Day(end)}",
                SanctionKind.Suspension => $"suspended from {Day(s.EffectiveOn)}{(s.EndsOn is { } until ? $" to {Day(until)}" : "")}",
                _ => $"warned on {Day(s.EffectiveOn)}",
            })
            .ToList();
        var text = string.Join("; ", described.Take(3)) + (described.Count > 3 ? $"; and {described.Count - 3} more" : "") + ".";
        return (evidence, char.ToUpperInvariant(text[0]) + text[1..]);
    }

    private static (decimal, string, IReadOnlyList<RiskEvidence>) JobAdsOf(Context c)
    {
        var ads = c.Input.JobAds.Where(a => a.Counts).ToList();
        if (ads.Count == 0)
        {
            return (0, "No monitored job ads linked to the agency were confirmed as scams or escalated by an officer.", []);
        }
        // An ad counts once, by its heavier finding: confirming an escalated ad, or escalating a confirmed one, never lowers it.
        decimal Points(RiskJobAd ad) => ad.ConfirmedScam ? JobAdsFactor.Weight("confirmed") : JobAdsFactor.Weight("escalated");
        var evidence = ads.Sum(a => Faded(Points(a), a.LastSeenOn, c.Today, JobAdsFactor.HalfLifeMonths));
        var confirmed = ads.Count(a => a.ConfirmedScam);
        var escalatedOnly = ads.Count - confirmed;
        var findings = new List<string>();
        if (confirmed > 0)
        {
            findings.Add($"{confirmed} confirmed as {(confirmed == 1 ? "a scam" : "scams")}");
        }
        if (escalatedOnly > 0)
        {
            findings.Add($"{escalatedOnly} escalated by an officer");
        }
        var recent = ads.Count(a => a.LastSeenOn > c.Today.AddMonths(-RiskModel.RecentMonths));
        var within = $"in the last {RiskModel.RecentMonths} months";
        var when = recent == ads.Count ? (ads.Count == 1 ? $"seen {within}" : $"all seen {within}")
            : recent == 0 ? $"last seen in {Month(ads.Max(a => a.LastSeenOn))}"
            : $"{recent} seen {within}";
        var text = $"{Count(ads.Count, "monitored job ad", "monitored job ads")}: {string.Join(", ", findings)}; {when}.";
        var records = ads
            .OrderByDescending(Points).ThenByDescending(a => a.LastSeenOn).ThenBy(a => a.Id)
            .Select(a => new RiskEvidence(RiskEvidence.JobAd, a.Id,
                $"{(a.ConfirmedScam ? "Confirmed scam" : "Escalated")}{(a.ConfirmedScam && a.Escalated ? ", escalated" : "")}, last seen {Day(a.LastSeenOn)}"))
            .ToList();
        return (evidence, text, records);
    }

    private static (decimal, string) IrisOf(AgencyRiskInput input)
    {
        var key = input.IrisStage switch
        {
            IrisStage.Trained => "trained",
            IrisStage.EnrolledInCapacityBuilding => "enrolled",
            IrisStage.MaturityAssessment => "assessed",
            IrisStage.Certified => "certified",
            _ => null,
        };
        if (key is null)
        {
            return (0, "Not engaged in IRIS.");
        }
        var since = input.IrisStageReachedOn is { } on ? $" since {Day(on)}" : "";
        return (IrisFactor.Weight(key), $"IRIS: {IrisFactor.Weights.First(w => w.Key == key).Label}{since}.");
    }

    private static (decimal, string) CleanHistoryOf(Context c)
    {
        var input = c.Input;
        var years = (int)CleanFactor.Weight("years");
        string? notApplicable =
            input.State != LicenceState.Licensed ? $"not licensed today ({input.State.ToString().ToLowerInvariant()})"
            : input.IssuedOn is not { } issued ? "the registry gives no issue date"
            : issued > input.Today.AddYears(-years) ? $"first licensed on {Day(issued)}, less than {years} years ago"
            : c.Complaints.Count > 0 ? "has verified complaints"
            : input.Sanctions.Count > 0 ? "has sanctions"
            : input.JobAds.Any(a => a.Counts) ? "has job ads confirmed as scams or escalated"
            : null;
        if (notApplicable is not null)
        {
            return (0, $"Does not apply: {notApplicable}.");
        }
        var first = input.IssuedOn!.Value;
        var licensedYears = input.Today.Year - first.Year - (input.Today < first.AddYears(input.Today.Year - first.Year) ? 1 : 0);
        return (CleanFactor.Weight("clean"), $"Licensed since {Day(first)} ({licensedYears} years) with no verified complaint, no sanction and no flagged job ad.");
    }

    private static string ReportsText(Context c, List<RiskFeedback> reports, string what)
    {
        if (reports.Count == 0)
        {
            return $"No verified reports {what}.";
        }
        var recent = reports.Count(c.IsRecent);
        var older = reports.Count - recent;
        var within = $"in the last {RiskModel.RecentMonths} months";
        return recent == reports.Count ? $"{Count(recent, "verified report", "verified reports")} {what} {within}."
            : recent == 0 ? $"{Count(older, "verified report", "verified reports")} {what}, the latest in {Month(reports.Max(r => r.EventDate))}."
            : $"{Count(recent, "verified report", "verified reports")} {what} {within} and {older} earlier.";
    }

    private static string Count(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";

    private static string Day(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private static string Month(DateOnly date) => date.ToString("MMM yyyy", CultureInfo.InvariantCulture);
}
