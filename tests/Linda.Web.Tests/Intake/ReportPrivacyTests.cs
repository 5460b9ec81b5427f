using System.Net;
using System.Text;
using Linda.Web.Tests.Admin;
using Linda.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Linda.Web.Tests.Intake;

/// <summary>What a report says never lies in the database in plain text, and never reaches a log line.</summary>
public sealed class ReportPrivacyTests
{
    private const string Name = "Halima Sentinelname";
    private const string Phone = "+254 733 987 654";
    private const string Description = "Sentineltext: the madam beats me every night.";
    private const string City = "Sentinelcity";
    private const string Employer = "Sentinelemployer Household";
    private const string SafeTimes = "Sentineltimes after prayers";
    private const string CodeWord = "sentinelword";

    private static object Report(string key) => new
    {
        categories = new[] { "physical_abuse" },
        description = Description,
        country = "OMN",
        city = City,
        employerName = Employer,
        personName = Name,
        personPhone = Phone,
        contact = new { channel = "whatsapp", safeTimes = SafeTimes, codeWord = CodeWord, timeZone = "Asia/Muscat" },
        consentToFollowUp = true,
        idempotencyKey = key,
    };

    private static readonly string[] Plain = ["Sentinel", "sentinel", "733987654", "0733", "Halima", "madam beats"];

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Report_PersonalFieldsAreEncrypted_AndTheSecretsAreNowhereInPlain(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        string reference, code;
        await using (var app = new LindaAppFactory(db))
        {
            using var client = app.CreateClient();
            (reference, code) = await client.SubmitAsync(Report("privacy-key-sentinel"));
            var signal = await app.SignalAsync(reference);
            signal.PersonName.ShouldBe(Name, "the app reads it back");
            signal.Description.ShouldBe(Description);
        }

        var rows = await RawRowsAsync(db);

        rows.ShouldNotBeEmpty();
        foreach (var plain in Plain.Append(code).Append(code.Replace("-", "")).Append("privacy-key-sentinel"))
        {
            rows.ShouldNotContain(plain);
        }
        rows.ShouldContain(reference, Case.Sensitive, "the reference itself is not secret");
        if (kind == DatabaseKind.Sqlite)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in Directory.GetFiles(db.Directory, "linda.db*"))
            {
                var bytes = await File.ReadAllBytesAsync(file);
                foreach (var plain in Plain.Append(code))
                {
                    bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(plain)).ShouldBe(-1, $"'{plain}' in {Path.GetFileName(file)}");
                }
            }
        }
    }

    [Fact]
    public async Task Reporting_NeverLogsWhatWasReported()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        var logs = new CapturedLogs();
        await using var app = new LindaAppFactory(db).CaptureLogs(logs);
        using var api = app.CreateClient();
        using var browser = app.CreateBrowserClient();

        var (reference, code) = await api.SubmitAsync(Report("log-key"));
        await api.PostReportAsync(Report("log-key"));
        await api.PostReportAsync(new { description = Description, personPhone = "Sentinel-not-a-phone", personName = Name + new string('x', 300) });
        await api.PostRawAsync("{ \"description\": \"" + Description + "\", \"personName\": 5 }");
        await api.PostRawAsync("{ \"description\": \"" + Description);
        await api.GetStatusAsync(reference, code);
        await api.GetStatusAsync(reference, "2222-2222");
        var form = await browser.PostReportFormAsync(
            [("Input.Description", Description), ("Input.PersonName", Name), ("Input.PersonPhone", Phone), ("Input.City", City),
             ("Input.EmployerName", Employer), ("Input.CodeWord", CodeWord), ("Input.SafeTimes", SafeTimes)]);
        await browser.FollowAsync(form);
        await browser.PostReportFormAsync([("Input.Description", Description), ("Input.PersonPhone", "Sentinel-not-a-phone")]);

        logs.Lines.Count.ShouldBeGreaterThan(50, "logging was captured at every level");
        logs.Text.ShouldContain(reference, Case.Sensitive, "identifiers are logged");
        foreach (var plain in Plain.Append(code))
        {
            logs.Text.ShouldNotContain(plain);
        }
    }

    private static async Task<string> RawRowsAsync(TestDatabase db)
    {
        var tables = new[] { "Signals", "AuditEvents", "Outbox", "StaffNotifications" };
        var text = new StringBuilder();
        if (db.Kind == DatabaseKind.Sqlite)
        {
            await using var sqlite = new SqliteConnection(db.ConnectionString);
            await sqlite.OpenAsync();
            foreach (var table in tables)
            {
                await using var command = sqlite.CreateCommand();
                command.CommandText = $"SELECT * FROM \"{table}\"";
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        text.Append(reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                    }
                    text.AppendLine();
                }
            }
            return text.ToString();
        }
        await using var postgres = new NpgsqlConnection(db.ConnectionString);
        await postgres.OpenAsync();
        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand($"SELECT t::text FROM \"{table}\" t", postgres);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                text.AppendLine(reader.GetString(0));
            }
        }
        return text.ToString();
    }
}
