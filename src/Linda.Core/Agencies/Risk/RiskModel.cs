namespace Linda.Core.Agencies.Risk;

/// <summary>
/// The agency risk model as data: every factor, its weights, cap and half-life, in the order factors are shown.
/// This table is the one place the numbers live; the "How the risk score works" page and docs/risk.md read from it.
/// </summary>
/// <remarks>
/// Severities follow the ILO indicators of trafficking for labour exploitation: retention of identity documents
/// and violence are strong indicators, deception about the job or contract and debt through recruitment fees are
/// medium ones. Fees are judged by IRIS's Employer Pays Principle: a worker should pay no recruitment fee, and the
/// more months of wages a fee takes, the deeper the debt.
/// </remarks>
public static class RiskModel
{
    public const string Complaints = "complaints";
    public const string PassportRetention = "passport_retention";
    public const string Fees = "fees";
    public const string RecruitingAfterExpiry = "recruiting_after_expiry";
    public const string LookalikeOfSanctioned = "lookalike_of_sanctioned";
    public const string Sanctions = "sanctions";
    public const string FlaggedJobAds = "flagged_job_ads";
    public const string IrisProgress = "iris_progress";
    public const string CleanHistory = "clean_history";

    /// <summary>Scores from this value are in the medium band.</summary>
    public const int MediumFrom = 30;

    /// <summary>Scores from this value are in the high band.</summary>
    public const int HighFrom = 60;

    /// <summary>Reports within this many months are "recent" in explanations.</summary>
    public const int RecentMonths = 12;

    public static readonly IReadOnlyList<RiskFactorDefinition> Factors =
    [
        new(Complaints, "Verified complaints", RiskDirection.Raises, Cap: 30, HalfLifeMonths: 12,
        [
            new("severe", "each report of abuse or of a kept passport", 12),
            new("serious", "each other report of a changed contract, a different job or a fee asked", 8),
            new("other", "each other report of no licence on display or a travel agency recruiting", 4),
        ],
            "Every verified or published report that says something went wrong, by its most severe finding. Reports that only give ratings do not count."),
        new(PassportRetention, "Passport retention", RiskDirection.Raises, Cap: 25, HalfLifeMonths: 12,
        [
            new("report", "each report of a passport kept by the agency or the employer", 10),
        ],
            "Keeping a worker's passport is a strong indicator of forced labour, so it counts here as well as among the complaints."),
        new(Fees, "Recruitment fees", RiskDirection.Raises, Cap: 20, HalfLifeMonths: 12,
        [
            new("base", "each report of a fee, plus the points per month of salary below", 2),
            new("per_month", "per month of the promised salary the fee amounts to", 4),
            new("months_counted", "most months of salary counted for one fee (months)", 4),
            new("not_comparable", "each report of a fee whose amount or promised salary is unknown, or in currencies that cannot be compared", 6),
        ],
            "Fees asked of the worker, measured against one month of the salary promised (converted at approximate rates to Kenya shillings when the currencies differ)."),
        new(RecruitingAfterExpiry, "Recruiting after the licence expired", RiskDirection.Raises, Cap: 20, HalfLifeMonths: 12,
        [
            new("report", "each report of recruitment in a month after the licence expired", 12),
        ],
            "Verified reports of recruitment that happened after the licence's expiry date: the agency went on recruiting without a licence."),
        new(LookalikeOfSanctioned, "Look-alike of a sanctioned agency", RiskDirection.Raises, Cap: 10, HalfLifeMonths: null,
        [
            new("match", "the name closely resembles a deregistered or suspended agency", 10),
        ],
            "The name matcher reads the agency's name as the distinctive name of an agency that is deregistered or suspended today (the same, reordered, with or without 'Al-', or a typing slip), with no sector word that contradicts it. Agencies that share a word, or tell themselves apart by their sector words (Kazi Solutions, Kazi Global Manpower), do not count."),
        new(Sanctions, "Sanctions", RiskDirection.Raises, Cap: 45, HalfLifeMonths: 24,
        [
            new("deregistration", "a deregistration (does not fade)", 40),
            new("suspension", "a suspension (does not fade while in force)", 25),
            new("warning", "a warning", 10),
        ],
            "Sanctions recorded by the regulator. Warnings and lifted suspensions fade with time; deregistrations and suspensions in force do not."),
        new(FlaggedJobAds, "Job ads confirmed as scams or escalated", RiskDirection.Raises, Cap: 20, HalfLifeMonths: 12,
        [
            new("confirmed", "each monitored ad linked to the agency that an officer confirmed as a scam", 10),
            new("escalated", "each other linked ad an officer escalated to the agency's risk", 6),
        ],
            "Monitored job ads linked to the agency that an officer reviewed: confirmed as a scam, or escalated to the agency's risk. An ad counts once, by its heavier finding, and fades from the last day it was seen online. A screening score alone never counts."),
        new(IrisProgress, "IRIS ethical-recruitment progress", RiskDirection.Lowers, Cap: 15, HalfLifeMonths: null,
        [
            new("trained", "trained", 3),
            new("enrolled", "enrolled in capacity building", 6),
            new("assessed", "maturity assessment", 10),
            new("certified", "certified", 15),
        ],
            "The furthest IOM IRIS stage the agency has reached takes points off; each stage further takes off more."),
        new(CleanHistory, "Long clean history", RiskDirection.Lowers, Cap: 10, HalfLifeMonths: null,
        [
            new("clean", "licensed today, for at least the years below, with no verified complaint, no sanction and no flagged job ad", 10),
            new("years", "years licensed (years)", 3),
        ],
            "An agency licensed today and first licensed at least three years ago, with no verified complaint, no sanction and no job ad confirmed as a scam or escalated, ever."),
    ];

    public static RiskFactorDefinition Factor(string code) =>
        Find(code) ?? throw new KeyNotFoundException($"No risk factor {code}.");

    public static RiskFactorDefinition? Find(string? code) => Factors.FirstOrDefault(f => f.Code == code);

    public static RiskBand BandOf(int score) => score >= HighFrom ? RiskBand.High : score >= MediumFrom ? RiskBand.Medium : RiskBand.Low;
}
