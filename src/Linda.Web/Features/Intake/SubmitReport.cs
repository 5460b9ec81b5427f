using Linda.Core.Intake;

namespace Linda.Web.Features.Intake;

/// <summary>A submitted report: field errors, or what was recorded (new, replayed or refused as a conflict).</summary>
public sealed record SubmittedReport(IReadOnlyList<FieldError> Errors, RecordedReport? Recorded);

/// <summary>
/// The one way a public report comes in, from the report page and <c>POST /api/v1/reports</c> alike: the one
/// validator, then <see cref="RecordSignalHandler"/>. Logs identifiers only, never what was reported.
/// </summary>
public sealed class SubmitReportHandler(RecordSignalHandler recorder, TimeProvider time, ILogger<SubmitReportHandler> logger)
{
    public async Task<SubmittedReport> SubmitAsync(ReportRequest request, SignalChannel channel, CancellationToken ct)
    {
        var (report, errors) = ReportValidator.Validate(request, Today(time));
        if (report is null)
        {
            logger.LogInformation("Report via {Channel} refused: {Fields}", channel, string.Join(", ", errors.Select(e => $"{e.Field} {e.Code}")));
            return new SubmittedReport(errors, null);
        }
        var recorded = await recorder.RecordReportAsync(report, channel, ct);
        if (recorded.Conflict)
        {
            logger.LogWarning("Report via {Channel} refused: its idempotency key was used for a different report", channel);
        }
        else if (recorded.Replayed)
        {
            logger.LogInformation("Report {Reference} replayed via {Channel}", recorded.Reference, channel);
        }
        else
        {
            logger.LogInformation("Report {Reference} received via {Channel}, suggested {Urgency}", recorded.Reference, channel, recorded.Urgency);
        }
        return new SubmittedReport([], recorded);
    }

    /// <summary>
    /// "Today" for judging a date in the future: the latest calendar day anywhere on Earth (UTC+14), because the
    /// reporter may already be in tomorrow (Riyadh or Dubai after midnight while it is still evening in UTC).
    /// </summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime.AddHours(14));
}
