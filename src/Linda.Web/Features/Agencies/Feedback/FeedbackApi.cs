using System.Text.Json;
using System.Text.Json.Serialization;
using Linda.Core.Agencies;
using Linda.Core.Agencies.Feedback;
using Linda.Web.Infrastructure;
using Microsoft.OpenApi;

namespace Linda.Web.Features.Agencies.Feedback;

/// <summary>The body of <c>POST /api/v1/agencies/feedback</c> (docs/api.md). Unknown fields are ignored.</summary>
public sealed record FeedbackRequest(
    string? Language = null,
    string? AgencyName = null,
    string? LicenceNumber = null,
    IReadOnlyList<string>? Issues = null,
    FeedbackFeesRequest? Fees = null,
    FeedbackDestinationRequest? Destination = null,
    string? When = null,
    FeedbackRatingsRequest? Ratings = null,
    string? Text = null,
    FeedbackContactRequest? Contact = null,
    FeedbackMoneyRequest? SalaryPromised = null)
{
    public FeedbackSubmission ToSubmission() => new()
    {
        Language = Language,
        AgencyName = AgencyName,
        LicenceNumber = LicenceNumber,
        Issues = Issues,
        FeeAmount = Fees?.Amount,
        FeeCurrency = Fees?.Currency,
        FeePaidTo = Fees?.PaidTo,
        FeePaidToDetail = Fees?.PaidToDetail,
        FeeReceiptGiven = Fees?.ReceiptGiven,
        DestinationCountry = Destination?.Country,
        DestinationCity = Destination?.City,
        When = When,
        RatingFees = Ratings?.Fees,
        RatingContractHonesty = Ratings?.ContractHonesty,
        RatingPreDeparture = Ratings?.PreDeparture,
        RatingSupportAbroad = Ratings?.SupportAbroad,
        Text = Text,
        ContactName = Contact?.Name,
        ContactPhone = Contact?.Phone,
        ContactNote = Contact?.Note,
        SalaryAmount = SalaryPromised?.Amount,
        SalaryCurrency = SalaryPromised?.Currency,
    };
}

/// <param name="PaidTo">agency | individual | mobile_money | other</param>
public sealed record FeedbackFeesRequest(decimal? Amount = null, string? Currency = null, string? PaidTo = null, string? PaidToDetail = null, bool? ReceiptGiven = null);

/// <param name="Country">ISO 3166-1 alpha-3, e.g. "SAU".</param>
public sealed record FeedbackDestinationRequest(string? Country = null, string? City = null);

/// <summary>Each 1 (very bad) to 5 (very good), or absent.</summary>
public sealed record FeedbackRatingsRequest(int? Fees = null, int? ContractHonesty = null, int? PreDeparture = null, int? SupportAbroad = null);

/// <summary>An optional safe way to reach the person who gave the feedback; encrypted, never published.</summary>
public sealed record FeedbackContactRequest(string? Name = null, string? Phone = null, string? Note = null);

/// <param name="Currency">ISO 4217: KES, USD, SAR, AED, QAR, OMR, KWD, BHD, LBP, JOD, EUR, GBP, UGX or TZS (the exchange-rate table's currencies).</param>
public sealed record FeedbackMoneyRequest(decimal? Amount = null, string? Currency = null);

/// <summary>The receipt: keep the reference to ask about the feedback; it carries no personal data.</summary>
public sealed record FeedbackReceipt(string Reference);

public static class FeedbackApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        // Numbers must be numbers and booleans booleans: "150000" as a string is a wrong type, not a guess.
        NumberHandling = JsonNumberHandling.Strict,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
        MaxDepth = 16,
    };

    private static readonly HashSet<string> KnownFields = typeof(FeedbackFields)
        .GetFields().Select(f => (string)f.GetRawConstantValue()!)
        .SelectMany(f => new[] { f, f.Split('.')[0] })
        .ToHashSet(StringComparer.Ordinal);

    public static RouteGroupBuilder MapAgencyFeedbackApi(this RouteGroupBuilder api)
    {
        api.MapPost("/agencies/feedback", async Task<IResult> (HttpRequest request, SubmitFeedbackHandler handler, CancellationToken ct) =>
            {
                if (!request.HasJsonContentType())
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
                        title: "Send the feedback as JSON (Content-Type: application/json).");
                }
                FeedbackRequest? body;
                try
                {
                    body = await JsonSerializer.DeserializeAsync<FeedbackRequest>(request.Body, Json, ct);
                }
                catch (JsonException e)
                {
                    // The problem names the field (from the JSON path) but never echoes what was sent.
                    return Invalid(FieldOf(e.Path), FeedbackMessages.Unreadable);
                }
                if (body is null)
                {
                    return Invalid(FeedbackFields.Body, FeedbackMessages.Unreadable);
                }
                var validation = FeedbackValidator.Validate(body.ToSubmission(), handler.Today);
                if (!validation.IsValid)
                {
                    return TypedResults.ValidationProblem(validation.Errors);
                }
                var reference = await handler.HandleAsync(validation.Feedback!, FeedbackChannel.Api, request.HttpContext.Connection.RemoteIpAddress, ct);
                return TypedResults.Created((string?)null, new FeedbackReceipt(reference));
            })
            .AllowAnonymous()
            .WithMetadata(new ProtectReporterAddressAttribute())
            .WithTags("Agencies")
            .WithName("GiveAgencyFeedback")
            .WithSummary("Feedback on a recruitment agency: what happened, ratings and free text. Moderated; the text is never published.")
            // Not .Accepts<T>(): its content-type constraint turns a wrong content type into a routing endpoint that
            // the deny-by-default policy answers with a sign-in redirect. The handler answers 415 itself; this only
            // describes the body in the OpenAPI document.
            .AddOpenApiOperationTransformer(async (operation, context, ct) =>
            {
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["application/json"] = new() { Schema = await context.GetOrCreateSchemaAsync(typeof(FeedbackRequest), null, ct) },
                    },
                };
            })
            .Produces<FeedbackReceipt>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return api;
    }

    private static IResult Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>
    /// "$.fees.amount" → "fees.amount"; "$.issues[2]" → "issues"; anything that is not one of the request's own
    /// fields (a syntax error, an unknown property) → "body", so that no name the caller made up is echoed.
    /// </summary>
    public static string FieldOf(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || !jsonPath.StartsWith("$.", StringComparison.Ordinal))
        {
            return FeedbackFields.Body;
        }
        var path = jsonPath[2..];
        var bracket = path.IndexOf('[', StringComparison.Ordinal);
        path = bracket < 0 ? path : path[..bracket];
        // Property names are matched case-insensitively on the way in; errors use the documented spelling.
        var field = string.Join('.', path.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
        return KnownFields.Contains(field) ? field : FeedbackFields.Body;
    }
}
