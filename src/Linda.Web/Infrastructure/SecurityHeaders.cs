namespace Linda.Web.Infrastructure;

public static class SecurityHeaders
{
    public const string ApiReferencePolicy = "api-reference";

    public static void AddLindaSecurityHeaders(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddSecurityHeaderPolicies(policies =>
        {
            policies.SetDefaultPolicy(p => Base(p, environment, allowInlineStyles: false));
            // Swagger UI sets style attributes from script; nothing else relaxes.
            policies.AddPolicy(ApiReferencePolicy, p => Base(p, environment, allowInlineStyles: true));
            policies.SetPolicySelector(ctx =>
                ctx.HttpContext.Request.Path.StartsWithSegments("/api-docs")
                    ? ctx.ConfiguredPolicies[ApiReferencePolicy]
                    : ctx.DefaultPolicy);
        });
    }

    private static void Base(HeaderPolicyCollection p, IHostEnvironment environment, bool allowInlineStyles)
    {
        p.AddFrameOptionsDeny()
            .AddContentTypeOptionsNoSniff()
            .AddReferrerPolicyNoReferrer()
            .AddCrossOriginOpenerPolicy(x => x.SameOrigin())
            .AddPermissionsPolicyWithDefaultSecureDirectives()
            .RemoveServerHeader()
            .AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().Self();
                csp.AddScriptSrc().Self();
                var style = csp.AddStyleSrc().Self();
                if (allowInlineStyles)
                {
                    style.UnsafeInline();
                }
                csp.AddImgSrc().Self().Data();
                csp.AddFontSrc().Self();
                csp.AddConnectSrc().Self();
                csp.AddObjectSrc().None();
                csp.AddBaseUri().Self();
                csp.AddFormAction().Self();
                csp.AddFrameAncestors().None();
            });
        if (!environment.IsDevelopment())
        {
            p.AddStrictTransportSecurityMaxAgeIncludeSubDomains(maxAgeInSeconds: 60 * 60 * 24 * 365);
        }
    }
}
