namespace Linda.Web.Infrastructure;

public static class LindaClaims
{
    public const string OrganisationId = "linda:org";
    public const string Demo = "linda:demo";

    /// <summary>Authentication methods reference (RFC 8176): "mfa" once a second factor was given.</summary>
    public const string AuthenticationMethod = "amr";
    public const string MultiFactor = "mfa";
}
