using System.Net;
using System.Text.RegularExpressions;
using Linda.Core.Organisations;
using Linda.Data;
using Linda.Data.Identity;
using Linda.Web.Features.Admin.Users;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace Linda.Web.Tests.Infrastructure;

/// <summary>Arranges staff accounts and drives the sign-in pages over HTTP, as a browser would.</summary>
public static partial class StaffSession
{
    public const string Password = "correct-horse-battery-staple";
    public const string OrganisationName = "Test Safe Migration Network";

    /// <summary>Creates the test organisation (once) and a user with the given role; returns the user.</summary>
    public static async Task<StaffUser> CreateUserAsync(this LindaAppFactory app, string role, string? email = null, string? fullName = null, bool isDemo = false)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LindaDbContext>();
        if (!db.Organisations.Any(o => o.Name == OrganisationName))
        {
            db.Organisations.Add(new Organisation { Name = OrganisationName, Kind = OrganisationKind.Ngo, CreatedAt = db.UtcNow });
            await db.SaveChangesAsync();
        }
        var handler = scope.ServiceProvider.GetRequiredService<CreateStaffUserHandler>();
        var result = await handler.HandleAsync(new CreateStaffUser(
            email ?? $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@linda-test.example", role, OrganisationName, Password, fullName, isDemo));
        result.Errors.ShouldBeEmpty();
        return result.User!;
    }

    /// <summary>GETs a page and returns its HTML and the antiforgery token of its first form.</summary>
    public static async Task<(string Html, string Token)> GetFormAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {url}");
        var html = await response.Content.ReadAsStringAsync();
        var match = TokenPattern().Match(html);
        match.Success.ShouldBeTrue($"no antiforgery token on {url}");
        return (html, WebUtility.HtmlDecode(match.Groups[1].Value));
    }

    /// <summary>Fills and posts the form of <paramref name="url"/> with its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, IDictionary<string, string> fields, string? postUrl = null)
    {
        var (_, token) = await client.GetFormAsync(url);
        var content = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        return await client.PostAsync(postUrl ?? url, new FormUrlEncodedContent(content));
    }

    public static Task<HttpResponseMessage> SubmitPasswordAsync(this HttpClient client, string email, string password = Password) =>
        client.PostFormAsync("/staff/account/signin", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    /// <summary>Signs in with a password, enrols an authenticator when asked, and returns its base32 key.</summary>
    public static async Task<string> SignInAndEnrolTwoFactorAsync(this HttpClient client, string email)
    {
        var response = await client.SubmitPasswordAsync(email);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await client.GetAsync("/staff");
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().ShouldStartWith("/staff/account/two-factor");
        var (html, _) = await client.GetFormAsync("/staff/account/two-factor");
        var key = SharedKeyPattern().Match(html).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        key.ShouldNotBeNullOrEmpty();
        var enabled = await client.PostFormAsync("/staff/account/two-factor",
            new Dictionary<string, string> { ["Code"] = Totp(key) }, "/staff/account/two-factor?handler=Enable");
        enabled.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await enabled.Content.ReadAsStringAsync()).ShouldContain("recovery-codes");
        return key;
    }

    public static string Totp(string base32Key) => new Totp(Base32Encoding.ToBytes(base32Key)).ComputeTotp();

    /// <summary>Signs in a user whose role needs no second factor (or a demo account in Development).</summary>
    public static async Task SignInAsync(this HttpClient client, string email, string password = Password)
    {
        var response = await client.SubmitPasswordAsync(email, password);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        response.Headers.Location!.ToString().ShouldBe("/staff");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("data-testid=\"shared-key\">([^<]+)<")]
    private static partial Regex SharedKeyPattern();
}
