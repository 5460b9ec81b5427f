namespace Linda.Web.Features.Agencies.Verification;

public static class VerificationApi
{
    public static RouteGroupBuilder MapAgencyVerificationApi(this RouteGroupBuilder api)
    {
        api.MapGet("/agencies/verify", async Task<IResult> (string? q, VerifyAgencyHandler handler, CancellationToken ct) =>
            {
                if (VerifyAgencyHandler.Validate(q) is { } problem)
                {
                    // The problem names the parameter but never echoes what was sent.
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = [problem] });
                }
                return TypedResults.Ok(await handler.HandleAsync(q!.Trim(), ct));
            })
            .AllowAnonymous()
            .WithTags("Agencies")
            .WithName("VerifyAgency")
            .WithSummary("Is this recruitment agency licensed? Name, licence number, phone, e-mail or website → verdict with explained matches.")
            .Produces<VerificationAnswer>()
            .ProducesValidationProblem();
        return api;
    }
}
