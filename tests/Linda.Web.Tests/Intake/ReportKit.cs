using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Linda.Core.Intake;
using Linda.Web.Tests.Admin;
using Linda.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Tests.Intake;

/// <summary>Sends reports through the page and the API as a person or an integrator would, and reads what comes back.</summary>
public static partial class ReportKit
{
    /// <summary>A complete, synthetic report in the form's field names (no real person).</summary>
    public static List<(string Key, string Value)> FullForm() =>
    [
        ("Input.ReporterRelation", "family"),
        ("Input.Categories", "locked_in"),
        ("Input.Categories", "threatened"),
        ("Input.Description", "My sister Zawadi Testcase is locked in the house and the employer threatens her."),
        ("Input.Country", "SAU"),
        ("Input.City", "Testville-Riyadh"),
        ("Input.Since", "2026-10-01"),
        ("Input.AgencyName", "Imaginary Placements Ltd"),
        ("Input.EmployerName", "Household Of Fictional Employer"),
        ("Input.PersonName", "Zawadi Testcase"),
        ("Input.PersonPhone", "0712 345 678"),
        ("Input.ContactChannel", "whatsapp"),
        ("Input.SafeTimes", "after 21:00"),
        ("Input.TimeZone", "Asia/Riyadh"),
        ("Input.DoNotCall", "true"),
        ("Input.CodeWord", "mango-sunrise"),
        ("Input.ConsentToFollowUp", "true"),
    ];

    /// <summary>GETs the form, then posts <paramref name="fields"/> with the form's antiforgery token and idempotency key.</summary>
    public static async Task<HttpResponseMessage> PostReportFormAsync(this HttpClient client, IEnumerable<(string Key, string Value)> fields, string culture = "en")
    {
        var (html, token) = await client.GetFormAsync("/report?culture=" + culture);
        return await client.PostReportFormAsync(fields, token, IdempotencyKeyIn(html));
    }

    /// <summary>Posts the form as rendered earlier (same token and idempotency key), as a second press of the button does.</summary>
    public static Task<HttpResponseMessage> PostReportFormAsync(this HttpClient client, IEnumerable<(string Key, string Value)> fields, string token, string? idempotencyKey)
    {
        var content = fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))
            .Append(new("__RequestVerificationToken", token));
        if (idempotencyKey is not null)
        {
            content = content.Append(new("Input.IdempotencyKey", idempotencyKey));
        }
        return client.PostAsync("/report", new FormUrlEncodedContent(content));
    }

    public static string IdempotencyKeyIn(string html)
    {
        var match = IdempotencyKeyPattern().Match(html);
        match.Success.ShouldBeTrue("the form carries an idempotency key");
        return match.Groups[1].Value;
    }

    /// <summary>The reference and follow-up code shown on a confirmation page.</summary>
    public static (string Reference, string FollowUpCode) ReceiptIn(string html)
    {
        var reference = ReferencePattern().Match(html);
        var code = CodePattern().Match(html);
        reference.Success.ShouldBeTrue("the confirmation shows a reference");
        code.Success.ShouldBeTrue("the confirmation shows a follow-up code");
        return (reference.Groups[1].Value, code.Groups[1].Value);
    }

    /// <summary>The error message shown at a field of the report form (null when none).</summary>
    public static string? FieldErrorIn(string html, string field)
    {
        var match = Regex.Match(html, $"<p class=\"error\" id=\"[^\"]+\" data-error-for=\"{Regex.Escape(field)}\">(.*?)</p>", RegexOptions.Singleline);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    public static object ValidReport(string? idempotencyKey = null, string description = "Not paid for four months; the agency does not answer.") => new
    {
        language = "en",
        reporterRelation = "self",
        categories = new[] { "unpaid" },
        description,
        country = "QAT",
        city = "Doha",
        personPhone = "+974 5555 1234",
        contact = new { channel = "sms", timeZone = "Asia/Qatar", noMessages = true },
        consentToFollowUp = true,
        idempotencyKey,
    };

    public static Task<HttpResponseMessage> PostReportAsync(this HttpClient client, object report) =>
        client.PostAsJsonAsync("/api/v1/reports", report);

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string body, string contentType = "application/json") =>
        client.PostAsync("/api/v1/reports", new StringContent(body, Encoding.UTF8, contentType));

    /// <summary>Posts a report and returns its reference and follow-up code from the 201.</summary>
    public static async Task<(string Reference, string FollowUpCode)> SubmitAsync(this HttpClient client, object report)
    {
        var response = await client.PostReportAsync(report);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (json.RootElement.GetProperty("reference").GetString()!, json.RootElement.GetProperty("followUpCode").GetString()!);
    }

    public static async Task<HttpResponseMessage> GetStatusAsync(this HttpClient client, string reference, string? code, string? language = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/reports/{Uri.EscapeDataString(reference)}/status");
        if (code is not null)
        {
            request.Headers.Add("X-Follow-Up-Code", code);
        }
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }
        return await client.SendAsync(request);
    }

    public static Task<Signal> SignalAsync(this LindaAppFactory app, string reference) =>
        app.QueryAsync(db => db.Signals.AsNoTracking().SingleAsync(s => s.Reference == reference));

    public static Task<int> SignalCountAsync(this LindaAppFactory app) => app.QueryAsync(db => db.Signals.CountAsync());

    [GeneratedRegex("name=\"Input.IdempotencyKey\" value=\"([^\"]+)\"")]
    private static partial Regex IdempotencyKeyPattern();

    [GeneratedRegex("data-testid=\"reference\">([^<]+)<")]
    private static partial Regex ReferencePattern();

    [GeneratedRegex("data-testid=\"follow-up-code\">([^<]+)<")]
    private static partial Regex CodePattern();
}
