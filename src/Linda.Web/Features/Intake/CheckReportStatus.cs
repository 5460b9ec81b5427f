using System.Security.Cryptography;
using System.Text;
using Linda.Core.Intake;
using Linda.Data;
using Linda.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Linda.Web.Features.Intake;

/// <summary>What a reporter may see of their report: a status in plain words, never a personal detail.</summary>
/// <param name="Status"><c>received</c>, <c>in_progress</c>, <c>following_up</c> or <c>closed</c>.</param>
/// <param name="StatusText">The status in the request's language.</param>
/// <param name="UpdatedAt">When the hotline team last moved it on (UTC).</param>
public sealed record ReportStatusAnswer(string Reference, string Status, string StatusText, DateTime UpdatedAt);

/// <summary>
/// Looks up a report by its reference and follow-up code, for the status page and
/// <c>GET /api/v1/reports/{reference}/status</c>. A wrong reference and a wrong code look exactly alike (null),
/// and cost the same: the code's hash is computed and compared in constant time either way.
/// </summary>
public sealed class CheckReportStatusHandler(LindaDbContext db, RecordSignalHandler recorder, IStringLocalizer<SharedResource> T)
{
    /// <summary>Plain words for each public status (English keys; Kiswahili in SharedResource.sw.resx).</summary>
    public static readonly IReadOnlyDictionary<string, string> StatusTexts = new Dictionary<string, string>
    {
        ["received"] = "We have received the report. It is waiting for the hotline team.",
        ["in_progress"] = "Someone on the hotline team is working on it.",
        ["following_up"] = "A caseworker is following up.",
        ["closed"] = "The report is closed. If you still need help, call the free hotline 0800 222 223.",
    };

    // A merge chain longer than this is a data error; the reporter then sees the last status reached.
    private const int MaxMergeHops = 10;

    // Compared against when no report has the reference, so that case takes as long as a wrong code.
    private static readonly byte[] NoReport = new byte[44];

    public async Task<ReportStatusAnswer?> CheckAsync(string? reference, string? followUpCode, CancellationToken ct)
    {
        var canonicalReference = ReferenceCodes.Normalise(reference, RecordSignalHandler.ReferencePrefix);
        var canonicalCode = ReferenceCodes.NormaliseSecret(followUpCode);
        var signal = canonicalReference is null
            ? null
            : await db.Signals.AsNoTracking()
                .Where(s => s.Reference == canonicalReference)
                .Select(s => new { s.Id, s.Reference, s.FollowUpCodeHash })
                .FirstOrDefaultAsync(ct);

        var presented = Encoding.ASCII.GetBytes(recorder.FollowUpCodeHash(canonicalReference ?? "", canonicalCode ?? ""));
        var stored = signal?.FollowUpCodeHash is { } hash ? Encoding.ASCII.GetBytes(hash) : NoReport;
        var codeMatches = CryptographicOperations.FixedTimeEquals(presented, stored);
        if (signal is null || canonicalCode is null || !codeMatches)
        {
            return null;
        }

        var current = await StateOfAsync(signal.Id, ct);
        if (current is null)
        {
            return null;
        }
        for (var hop = 0; current.Status == SignalStatus.Merged && current.MergedIntoId is { } target && hop < MaxMergeHops; hop++)
        {
            if (await StateOfAsync(target, ct) is not { } next)
            {
                break;
            }
            current = next;
        }
        var status = PublicStatus(current.Status);
        return new ReportStatusAnswer(signal.Reference, status, T[StatusTexts[status]], current.UpdatedAt);
    }

    /// <summary>The public status of a signal status; a merged signal shows the status of the one it joined.</summary>
    public static string PublicStatus(SignalStatus status) => status switch
    {
        SignalStatus.Open or SignalStatus.Merged => "received",
        SignalStatus.InProgress => "in_progress",
        SignalStatus.LinkedToCase => "following_up",
        _ => "closed",
    };

    private async Task<SignalState?> StateOfAsync(Guid id, CancellationToken ct)
    {
        var row = await db.Signals.AsNoTracking()
            .Where(s => s.Id == id)
            .Select(s => new { s.Id, s.Status, s.MergedIntoId, s.ReceivedAt, s.TriagedAt, s.ClaimedAt, s.RespondedAt, s.ClosedAt })
            .FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }
        DateTime?[] moments = [row.TriagedAt, row.ClaimedAt, row.RespondedAt, row.ClosedAt];
        var updated = moments.Where(m => m is not null).Select(m => m!.Value).Append(row.ReceivedAt).Max();
        return new SignalState(row.Id, row.Status, row.MergedIntoId, updated);
    }

    private sealed record SignalState(Guid Id, SignalStatus Status, Guid? MergedIntoId, DateTime UpdatedAt);
}
