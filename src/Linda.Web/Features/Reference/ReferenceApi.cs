using Linda.Core.Reference;

namespace Linda.Web.Features.Reference;

public static class ReferenceApi
{
    public static RouteGroupBuilder MapReferenceApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/reference").WithTags("Reference data").AllowAnonymous();
        group.MapGet("/counties", () => TypedResults.Ok(KenyaCounties.All))
            .WithName("ListCounties")
            .WithSummary("Kenya's 47 counties with their official codes 001–047.");
        return api;
    }
}
