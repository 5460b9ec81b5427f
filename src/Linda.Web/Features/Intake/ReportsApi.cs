using System.Text.Json;
using Linda.Core.Intake;
using Linda.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Linda.Web.Features.Intake;

/// <summary>The answer to an accepted report (DESIGN.md, <c>POST /api/v1/reports</c>).</summary>
public sealed record ReportReceipt(string Reference, string FollowUpCode);

/// <summary>Public reporting: <c>POST /api/v1/reports</c> and <c>GET /api/v1/reports/{reference}/status</c>.</summary>
public static class ReportsApi
{
    /// <summary>A report is at most ~8 KB of text; 64 KB leaves room for JSON escaping and unknown fields.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    public const string FollowUpCodeHeader = "X-Follow-Up-Code";

    /// <summary>The one answer for a wrong reference and a wrong code alike, byte for byte (no oracle).</summary>
    private static readonly ProblemDetails NoSuchReport = new()
    {
        Status = StatusCodes.Status404NotFound,
        Title = "No report matches this reference and follow-up code.",
        Detail = "Check both and try again. The hotline 0800 222 223 (free) can also help.",
    };

    public static RouteGroupBuilder MapReportsApi(this RouteGroupBuilder api)
    {
        api.MapPost("/reports", SubmitAsync)
            .AllowAnonymous()
            .WithTags("Reports")
            .WithName("SubmitReport")
            .WithSummary("Report a person in trouble. Only categories or a description is required; the answer is a reference and a follow-up code, shown once.")
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            // Described here rather than with Accepts(): that would make routing answer other content types itself
            // (415, before this handler), and the contract promises a 400 naming the problem.
            .AddOpenApiOperationTransformer(async (operation, context, ct) => operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/json"] = new() { Schema = await context.GetOrCreateSchemaAsync(typeof(ReportRequest), null, ct) },
                },
            })
            .Produces<ReportReceipt>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        api.MapGet("/reports/{reference}/status", CheckStatusAsync)
            .AllowAnonymous()
            .WithTags("Reports")
            .WithName("GetReportStatus")
            .WithSummary($"The status of a report in plain words. Send the follow-up code in the {FollowUpCodeHeader} header; a wrong reference or code is 404.")
            .Produces<ReportStatusAnswer>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return api;
    }

    private static async Task<IResult> SubmitAsync(HttpContext http, SubmitReportHandler handler, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken ct)
    {
        if (!http.Request.HasJsonContentType())
        {
            return BadInput("body", "Send the report as JSON with Content-Type: application/json.");
        }
        var body = await ReadBodyAsync(http, ct);
        if (body is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "The request is too large.",
                detail: $"At most {MaxBodyBytes} bytes are accepted here.");
        }

        ReportRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<ReportRequest>(body, json.Value.SerializerOptions);
        }
        catch (JsonException e)
        {
            // The path names the field; the message would quote what was sent, so it is never passed on.
            return BadInput(FieldOf(e.Path), e.Path is null or "$" ? "This is not valid JSON." : "This field has the wrong type or is not valid JSON.");
        }
        if (request is null)
        {
            return BadInput("body", "Send a JSON object.");
        }

        var submitted = await handler.SubmitAsync(request, SignalChannel.Api, ct);
        if (submitted.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(
                submitted.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
                extensions: new Dictionary<string, object?>
                {
                    ["codes"] = submitted.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Code).ToArray()),
                });
        }
        var recorded = submitted.Recorded!;
        if (recorded.Conflict)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "This idempotency key was already used for a different report.",
                detail: "Use a new idempotencyKey for a new report; send the same report again to get its reference back.");
        }
        // Only now, after the commit: a 201 promises the report is stored. A replay answers exactly as the first time.
        return TypedResults.Created(StatusUrl(recorded.Reference), new ReportReceipt(recorded.Reference, recorded.FollowUpCode!));
    }

    private static async Task<IResult> CheckStatusAsync(
        string reference,
        [FromHeader(Name = FollowUpCodeHeader)] string? followUpCode,
        HttpContext http,
        CheckReportStatusHandler handler,
        FailedGuessLimiter guesses,
        CancellationToken ct)
    {
        if (guesses.IsExhausted(http, out var wait))
        {
            http.Response.Headers.RetryAfter = FailedGuessLimiter.RetryAfterSeconds(wait);
            return TypedResults.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many wrong reference numbers or follow-up codes",
                detail: $"Please wait {FailedGuessLimiter.RetryAfterSeconds(wait)} seconds and try again. In an emergency call 0800 222 223 (free).");
        }
        var answer = await handler.CheckAsync(reference, followUpCode, ct);
        if (answer is null)
        {
            guesses.RecordFailure(http);
            // Written as is: the usual problem writer would add a per-request traceId and make two misses differ.
            return TypedResults.Json(NoSuchReport, statusCode: StatusCodes.Status404NotFound, contentType: "application/problem+json");
        }
        return TypedResults.Ok(answer);
    }

    public static string StatusUrl(string reference) => $"/api/v1/reports/{reference}/status";

    private static ValidationProblem BadInput(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>"$.contact.timeZone" → "contact.timeZone"; "$.categories[2]" → "categories"; the root → "body".</summary>
    private static string FieldOf(string? path)
    {
        if (path is null || path.Length <= 2 || !path.StartsWith("$.", StringComparison.Ordinal))
        {
            return "body";
        }
        var field = path[2..];
        var bracket = field.IndexOf('[', StringComparison.Ordinal);
        return bracket switch
        {
            0 => "body",
            > 0 => field[..bracket],
            _ => field,
        };
    }

    /// <summary>The body, or null when it is larger than <see cref="MaxBodyBytes"/> (also when sent without a length).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpContext http, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        try
        {
            int read;
            while ((read = await http.Request.Body.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + read > MaxBodyBytes)
                {
                    return null;
                }
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        return buffer.ToArray();
    }
}
