using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Linda.Core.Agencies;
using Linda.Core.Identity;
using Linda.Data;
using Linda.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Linda.Web.Tests.Agencies.Feedback;

/// <summary>Arranges registry agencies and feedback, and drives the feedback form, API and moderation pages.</summary>
public static partial class FeedbackArrange
{
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The app on a fixed clock, trusting X-Forwarded-For so that tests can speak from different addresses.</summary>
    public static LindaAppFactory App(TestDatabase db, FixedTimeProvider? clock = null) =>
        new LindaAppFactory(db)
            .With("Linda:TrustForwardedHeaders", "true")
            .WithServices(s => s.AddSingleton<TimeProvider>(clock ?? new FixedTimeProvider(Now)));

    public static async Task<Agency> AddAgencyAsync(this LindaAppFactory app, string licence, string name, DateOnly? expiresOn = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LindaDbContext>();
        var agency = new Agency
        {
            LicenceNumber = licence,
            LicenceKey = LicenceNumbers.Normalise(licence)!,
            Name = name,
            ExpiresOn = expiresOn ?? new DateOnly(2028, 1, 31),
            CreatedAt = db.UtcNow,
            UpdatedAt = db.UtcNow,
        };
        db.Agencies.Add(agency);
        await db.SaveChangesAsync();
        return agency;
    }

    private static int _sequence;

    /// <summary>Stores a feedback report directly (no signals, no matching), for figures and moderation tests.</summary>
    public static async Task<AgencyFeedback> AddFeedbackAsync(this LindaAppFactory app, Guid? agencyId, FeedbackStatus status, Action<AgencyFeedback>? arrange = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LindaDbContext>();
        var n = Interlocked.Increment(ref _sequence);
        var feedback = new AgencyFeedback
        {
            Reference = UniqueReference(n),
            ReceivedAt = db.UtcNow.AddMinutes(-n),
            Language = "en",
            AgencyId = agencyId,
            AgencyNameGiven = "Synthetic Agency As Given",
            Status = status,
        };
        arrange?.Invoke(feedback);
        db.AgencyFeedback.Add(feedback);
        await db.SaveChangesAsync();
        return feedback;
    }

    // References built from a counter in the reference alphabet, so directly stored reports never collide.
    private static string UniqueReference(int n)
    {
        const string alphabet = Linda.Core.Intake.ReferenceCodes.Alphabet;
        var chars = new char[8];
        for (var i = 7; i >= 0; i--)
        {
            chars[i] = alphabet[n % alphabet.Length];
            n /= alphabet.Length;
        }
        return $"FB-{new string(chars, 0, 4)}-{new string(chars, 4, 4)}";
    }

    public static Task<AgencyFeedback> FeedbackAsync(this LindaAppFactory app, string reference) =>
        app.QueryFeedbackAsync(db => db.AgencyFeedback.AsNoTracking().SingleAsync(f => f.Reference == reference));

    public static async Task<T> QueryFeedbackAsync<T>(this LindaAppFactory app, Func<LindaDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<LindaDbContext>());
    }

    public static async Task<HttpResponseMessage> PostFeedbackJsonAsync(this HttpClient client, string json, string? from = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/agencies/feedback")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (from is not null)
        {
            request.Headers.Add("X-Forwarded-For", from);
        }
        return await client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PostFeedbackAsync(this HttpClient client, object body, string? from = null) =>
        client.PostFeedbackJsonAsync(JsonSerializer.Serialize(body), from);

    /// <summary>Posts feedback through the API and returns its reference (asserting 201).</summary>
    public static async Task<string> SubmitAsync(this HttpClient client, object body, string? from = null)
    {
        var response = await client.PostFeedbackAsync(body, from);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("reference").GetString()!;
    }

    public static async Task<HttpClient> SignInOfficerAsync(this LindaAppFactory app)
    {
        var officer = await app.CreateUserAsync(StaffRoles.OversightOfficer, fullName: "Synthetic Officer");
        var client = app.CreateBrowserClient();
        await client.SignInAndEnrolTwoFactorAsync(officer.Email!);
        return client;
    }

    /// <summary>The reference shown on the form's confirmation.</summary>
    public static string ShownReference(string html)
    {
        var match = ReferencePattern().Match(html);
        match.Success.ShouldBeTrue("no reference on the confirmation");
        return match.Groups[1].Value;
    }

    /// <summary>Reads columns of one feedback row as stored, bypassing EF (and so its decryption).</summary>
    public static async Task<IReadOnlyDictionary<string, string?>> RawRowAsync(TestDatabase db, string reference, params string[] columns)
    {
        var sql = $"SELECT {string.Join(", ", columns.Select(c => $"\"{c}\""))} FROM \"AgencyFeedback\" WHERE \"Reference\" = @reference";
        var values = new Dictionary<string, string?>();
        if (db.Kind == DatabaseKind.Sqlite)
        {
            await using var sqlite = new SqliteConnection(db.ConnectionString);
            await sqlite.OpenAsync();
            await using var command = sqlite.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("@reference", reference);
            await using var reader = await command.ExecuteReaderAsync();
            (await reader.ReadAsync()).ShouldBeTrue();
            foreach (var (column, i) in columns.Select((c, i) => (c, i)))
            {
                values[column] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
            }
            return values;
        }
        await using var postgres = new NpgsqlConnection(db.ConnectionString);
        await postgres.OpenAsync();
        await using var pg = new NpgsqlCommand(sql, postgres);
        pg.Parameters.AddWithValue("reference", reference);
        await using var pgReader = await pg.ExecuteReaderAsync();
        (await pgReader.ReadAsync()).ShouldBeTrue();
        foreach (var (column, i) in columns.Select((c, i) => (c, i)))
        {
            values[column] = pgReader.IsDBNull(i) ? null : Convert.ToString(pgReader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
        }
        return values;
    }

    [GeneratedRegex("data-testid=\"reference\">(FB-[A-Z0-9]{4}-[A-Z0-9]{4})<")]
    private static partial Regex ReferencePattern();
}
