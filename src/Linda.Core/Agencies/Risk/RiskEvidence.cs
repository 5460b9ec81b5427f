namespace Linda.Core.Agencies.Risk;

/// <summary>One record behind a factor's contribution, for officers to open: its kind, its id and a line saying why it counts.</summary>
/// <param name="Kind">What the id is: <see cref="JobAd"/>.</param>
/// <param name="Id">The record's id.</param>
/// <param name="Label">One line in English, e.g. "Confirmed scam, last seen 3 Nov 2026".</param>
public sealed record RiskEvidence(string Kind, Guid Id, string Label)
{
    /// <summary>A monitored job ad (<c>Linda.Core.Offers.JobAd</c>).</summary>
    public const string JobAd = "job_ad";
}
