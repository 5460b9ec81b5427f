using System.Text.Json;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Linda.Web.Features.Offers;

public static class OfferCheckApi
{
    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 16 };

    public static RouteGroupBuilder MapJobOfferCheckApi(this RouteGroupBuilder api)
    {
        api.MapPost("/job-offers/check", async Task<IResult> (HttpRequest http, CheckOfferHandler handler, CancellationToken ct) =>
            {
                // The body is read by hand so that a wrong type is a 400 naming the field, never a binding failure.
                var (request, problems) = await ReadAsync(http, ct);
                if (problems is not null)
                {
                    return TypedResults.ValidationProblem(problems);
                }
                return TypedResults.Ok(await handler.HandleAsync(request!, ct));
            })
            .AllowAnonymous()
            .DisableAntiforgery()
            .WithTags("Job offers")
            .WithName("CheckJobOffer")
            .WithSummary("Does this job offer show red flags? Offer text (and optionally agency, licence number, destination) → risk, score, explained flags with evidence, extracted entities and next steps.")
            // Described here rather than with Accepts<T>(), whose content-type check would answer 415 where the contract promises a 400.
            .AddOpenApiOperationTransformer(async (operation, context, ct) => operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/json"] = new() { Schema = await context.GetOrCreateSchemaAsync(typeof(OfferCheckRequest), null, ct) },
                },
            })
            .Produces<OfferCheckAnswer>()
            .ProducesValidationProblem();
        return api;
    }

    private static async Task<(OfferCheckRequest? Request, Dictionary<string, string[]>? Problems)> ReadAsync(HttpRequest http, CancellationToken ct)
    {
        if (!http.HasJsonContentType())
        {
            return (null, Problem("body", "Send a JSON object (Content-Type: application/json) with at least a \"text\" field."));
        }
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(http.Body, JsonOptions, ct);
        }
        catch (JsonException)
        {
            return (null, Problem("body", "The body is not valid JSON."));
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, Problem("body", "Send a JSON object with at least a \"text\" field."));
            }
            var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
            var text = Field(document.RootElement, "text", problems);
            var agency = Field(document.RootElement, "agency", problems);
            var licence = Field(document.RootElement, "licence", problems);
            var destination = Field(document.RootElement, "destination", problems);
            var language = Field(document.RootElement, "language", problems);
            foreach (var (field, messages) in CheckOfferHandler.Validate(text, agency, licence, destination, language) ?? [])
            {
                problems.TryAdd(field, messages);
            }
            return problems.Count > 0
                ? (null, problems)
                : (new OfferCheckRequest(text!, agency, licence, destination, language), null);
        }
    }

    /// <summary>A string property (names are matched in any case; unknown properties are ignored), null when absent or null.</summary>
    private static string? Field(JsonElement root, string name, Dictionary<string, string[]> problems)
    {
        foreach (var property in root.EnumerateObject())
        {
            if (!string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.Null:
                    return null;
                case JsonValueKind.String:
                    try
                    {
                        return property.Value.GetString();
                    }
                    catch (InvalidOperationException)
                    {
                        // An escaped lone surrogate ("\ud800") cannot be read as text.
                        problems[name] = ["Use plain text."];
                        return null;
                    }
                default:
                    problems[name] = ["Must be a string."];
                    return null;
            }
        }
        return null;
    }

    private static Dictionary<string, string[]> Problem(string field, string message) => new(StringComparer.Ordinal) { [field] = [message] };
}
