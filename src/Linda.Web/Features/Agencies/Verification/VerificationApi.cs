namespace Linda.Web.Features.Agencies.Verification;

public static class VerificationApi
{
    public static RouteGroupBuilder MapAgencyVerificationApi(this RouteGroupBuilder api)
    {
        api.MapGet("/agencies/verify", async Task<IResult> (string? q, string? phone, string? licence, string? email, VerifyAgencyHandler handler, CancellationToken ct) =>
            {
                var request = new VerifyAgencyRequest(q, phone, licence, email);
                var problems = VerifyAgencyHandler.Validate(request);
                if (problems.Count > 0)
                {
                    // The problem names the parameter but never echoes what was sent.
                    return TypedResults.ValidationProblem(problems.ToDictionary(p => p.Key, p => new[] { p.Value }));
                }
                return TypedResults.Ok(await handler.HandleAsync(request, ct));
            })
            .AllowAnonymous()
            .WithTags("Agencies")
            .WithName("VerifyAgency")
            .WithSummary("Is this recruitment agency licensed? Name, licence number, phone, e-mail or website → verdict with explained matches.")
            .WithDescription("q is required. phone, licence and email are optional details the agency gave, checked together with q: a licensed agency's name with another agency's phone or a licence number that is not its own gives the lookalike verdict. Each parameter: at most 200 characters.")
            .Produces<VerificationAnswer>()
            .ProducesValidationProblem();
        return api;
    }
}
