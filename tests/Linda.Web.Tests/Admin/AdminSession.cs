using System.Net;
using System.Text.RegularExpressions;
using Linda.Core.Identity;
using Linda.Core.Organisations;
using Linda.Data;
using Linda.Data.Identity;
using Linda.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linda.Web.Tests.Admin;

/// <summary>Arranges an administrator's browser session and reads what the admin pages show.</summary>
public static partial class AdminSession
{
    /// <summary>Creates an Admin, signs them in with two factors (as the app demands) and returns their client.</summary>
    public static async Task<(HttpClient Client, StaffUser Admin)> SignInAdminAsync(this LindaAppFactory app)
    {
        var admin = await app.CreateUserAsync(StaffRoles.Admin, fullName: "Test Administrator");
        var client = app.CreateBrowserClient();
        await client.SignInAndEnrolTwoFactorAsync(admin.Email!);
        return (client, admin);
    }

    /// <summary>GETs <paramref name="formUrl"/> for an antiforgery token, then posts <paramref name="fields"/> (keys may repeat, as checkboxes do).</summary>
    public static async Task<HttpResponseMessage> PostFieldsAsync(this HttpClient client, string formUrl, IEnumerable<(string Key, string Value)> fields, string? postUrl = null)
    {
        var (_, token) = await client.GetFormAsync(formUrl);
        var content = fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))
            .Append(new("__RequestVerificationToken", token));
        return await client.PostAsync(postUrl ?? formUrl, new FormUrlEncodedContent(content));
    }

    /// <summary>The page's text with entities decoded, so assertions can use the characters a person sees.</summary>
    public static async Task<string> HtmlAsync(this HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    public static async Task<string> GetHtmlAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {url}");
        return await response.HtmlAsync();
    }

    /// <summary>The validation message shown beside a field ("" when none).</summary>
    public static string FieldError(string html, string field)
    {
        var match = Regex.Match(html, $"<span[^>]*data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>(.*?)</span>", RegexOptions.Singleline);
        match.Success.ShouldBeTrue($"no validation message element for {field}");
        return match.Groups[1].Value.Trim();
    }

    /// <summary>Where a redirect points, as a local path and query (cookie authentication writes absolute URLs).</summary>
    public static string RedirectTarget(this HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = response.Headers.Location!;
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    /// <summary>Follows a redirect the way a browser would and returns the page it lands on.</summary>
    public static async Task<string> FollowAsync(this HttpClient client, HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return await client.GetHtmlAsync(response.RedirectTarget());
    }

    /// <summary>The cells of each body row of the table marked data-testid="<paramref name="testId"/>".</summary>
    public static IReadOnlyList<IReadOnlyList<string>> TableRows(string html, string testId)
    {
        var table = Regex.Match(html, $"<table data-testid=\"{testId}\">(.*?)</table>", RegexOptions.Singleline);
        table.Success.ShouldBeTrue($"no table {testId}");
        var body = Regex.Match(table.Groups[1].Value, "<tbody>(.*?)</tbody>", RegexOptions.Singleline).Groups[1].Value;
        return
        [
            .. RowPattern().Matches(body).Select(row => (IReadOnlyList<string>)
                [.. CellPattern().Matches(row.Groups[1].Value).Select(c => TagPattern().Replace(c.Groups[1].Value, "").Trim())]),
        ];
    }

    public static async Task<T> QueryAsync<T>(this LindaAppFactory app, Func<LindaDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<LindaDbContext>());
    }

    public static async Task<Organisation> CreateOrganisationAsync(this LindaAppFactory app, string name, bool isActive = true)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LindaDbContext>();
        var organisation = new Organisation { Name = name, Kind = OrganisationKind.PartnerService, IsActive = isActive, CreatedAt = db.UtcNow };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return organisation;
    }

    public static Task<Guid> OrganisationIdAsync(this LindaAppFactory app, string name) =>
        app.QueryAsync(db => db.Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync());

    [GeneratedRegex("<tr[^>]*>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
