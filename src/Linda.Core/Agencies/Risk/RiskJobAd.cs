namespace Linda.Core.Agencies.Risk;

/// <summary>
/// A monitored job ad linked to the agency, as the risk model needs it: whether an officer confirmed it as a scam or
/// escalated it to the agency's risk, and when it was last seen online. No text, no contact details.
/// </summary>
/// <param name="Id">The ad's id, so that the factor can point at it as evidence.</param>
/// <param name="LastSeenOn">The last day the ad was seen (UTC): its evidence fades from then.</param>
/// <param name="ConfirmedScam">An officer labelled it a confirmed scam.</param>
/// <param name="Escalated">An officer escalated it to the agency's risk.</param>
public sealed record RiskJobAd(Guid Id, DateOnly LastSeenOn, bool ConfirmedScam, bool Escalated)
{
    /// <summary>Whether it counts at all: only ads an officer confirmed or escalated do, never a screening score alone.</summary>
    public bool Counts => ConfirmedScam || Escalated;
}
