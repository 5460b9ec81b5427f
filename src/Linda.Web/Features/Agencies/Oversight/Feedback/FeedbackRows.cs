using Linda.Core.Agencies;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Agencies.Oversight.Feedback;

/// <summary>A feedback report as the officers' lists show it: never its text or contact, so nothing is decrypted.</summary>
public sealed record FeedbackRow(
    Guid Id,
    string Reference,
    DateTime ReceivedAt,
    Guid? AgencyId,
    string AgencyNameGiven,
    string? LicenceNumberGiven,
    FeedbackStatus Status,
    FeedbackSpamSignals Signals,
    bool IsDuplicate,
    IReadOnlyList<string> Issues);

public static class FeedbackRows
{
    public static async Task<List<FeedbackRow>> ToRowsAsync(this IQueryable<AgencyFeedback> query, CancellationToken ct)
    {
        var rows = await query.Select(f => new
        {
            f.Id,
            f.Reference,
            f.ReceivedAt,
            f.AgencyId,
            f.AgencyNameGiven,
            f.LicenceNumberGiven,
            f.Status,
            f.SpamSignals,
            f.DuplicateOfId,
            f.FeesAsked,
            f.PassportKept,
            f.ContractChanged,
            f.JobDifferent,
            f.NoLicenceDisplayed,
            f.TravelAgencyActingAsRecruiter,
            f.Abuse,
        }).ToListAsync(ct);
        return rows.Select(r => new FeedbackRow(
            r.Id, r.Reference, r.ReceivedAt, r.AgencyId, r.AgencyNameGiven, r.LicenceNumberGiven, r.Status, r.SpamSignals,
            r.DuplicateOfId is not null,
            IssueLabels(r.FeesAsked, r.PassportKept, r.ContractChanged, r.JobDifferent, r.NoLicenceDisplayed, r.TravelAgencyActingAsRecruiter, r.Abuse)))
            .ToList();
    }

    public static IReadOnlyList<string> IssueLabels(AgencyFeedback f) =>
        IssueLabels(f.FeesAsked, f.PassportKept, f.ContractChanged, f.JobDifferent, f.NoLicenceDisplayed, f.TravelAgencyActingAsRecruiter, f.Abuse);

    private static IReadOnlyList<string> IssueLabels(bool fees, bool passport, bool contract, bool job, bool noLicence, bool travelAgency, bool abuse)
    {
        var labels = new List<string>();
        if (fees)
        {
            labels.Add("fees asked");
        }
        if (passport)
        {
            labels.Add("passport kept");
        }
        if (contract)
        {
            labels.Add("contract changed");
        }
        if (job)
        {
            labels.Add("job different");
        }
        if (noLicence)
        {
            labels.Add("no licence displayed");
        }
        if (travelAgency)
        {
            labels.Add("travel agency recruiting");
        }
        if (abuse)
        {
            labels.Add("abuse");
        }
        return labels;
    }

    /// <summary>"same contact, burst", or "" when none.</summary>
    public static string SignalLabels(FeedbackSpamSignals signals)
    {
        var labels = new List<string>();
        if (signals.HasFlag(FeedbackSpamSignals.SameContact))
        {
            labels.Add("same contact");
        }
        if (signals.HasFlag(FeedbackSpamSignals.SameText))
        {
            labels.Add("same text");
        }
        if (signals.HasFlag(FeedbackSpamSignals.Burst))
        {
            labels.Add("burst");
        }
        return string.Join(", ", labels);
    }

    public static string StatusLabel(FeedbackStatus status) => status switch
    {
        FeedbackStatus.UnderReview => "Under review",
        _ => status.ToString(),
    };
}
