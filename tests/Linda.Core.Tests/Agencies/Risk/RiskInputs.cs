using Linda.Core.Agencies;
using Linda.Core.Agencies.Risk;

namespace Linda.Core.Tests.Agencies.Risk;

/// <summary>Arranges risk inputs around a fixed "today".</summary>
public static class RiskInputs
{
    public static readonly DateOnly Today = new(2026, 11, 28);

    /// <summary>An agency licensed for a year with nothing known against or for it.</summary>
    public static AgencyRiskInput Agency() => new()
    {
        Today = Today,
        State = LicenceState.Licensed,
        IssuedOn = Today.AddYears(-1),
        ExpiresOn = Today.AddMonths(6),
    };

    /// <summary>A verified report received <paramref name="monthsAgo"/> months before today, with no finding yet.</summary>
    public static RiskFeedback Report(int monthsAgo = 0, FeedbackStatus status = FeedbackStatus.Verified) =>
        new() { Status = status, ReceivedOn = Today.AddMonths(-monthsAgo) };

    public static AgencyRiskInput WithReports(this AgencyRiskInput input, params RiskFeedback[] reports) =>
        input with { Feedback = [.. input.Feedback, .. reports] };

    public static AgencyRiskInput WithSanctions(this AgencyRiskInput input, params RiskSanction[] sanctions) =>
        input with { Sanctions = [.. input.Sanctions, .. sanctions] };

    /// <summary>A monitored job ad last seen <paramref name="monthsAgo"/> months before today, confirmed as a scam unless told otherwise.</summary>
    public static RiskJobAd Ad(int monthsAgo = 0, bool confirmed = true, bool escalated = false) =>
        new(Guid.NewGuid(), Today.AddMonths(-monthsAgo), confirmed, escalated);

    public static AgencyRiskInput WithAds(this AgencyRiskInput input, params RiskJobAd[] ads) =>
        input with { JobAds = [.. input.JobAds, .. ads] };

    public static RiskFactorResult Factor(this AgencyRiskScore score, string code) => score.Factors.Single(f => f.Code == code);
}
