using System.Text.Encodings.Web;
using System.Text.Json;
using Linda.Core.Offers;
using Linda.Core.Screening;
using Linda.Data;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Offers;

/// <summary>What an export of labelled ads wrote.</summary>
public sealed record LabelledAdsExport(int Scams, int Genuine)
{
    public int Total => Scams + Genuine;
}

/// <summary>
/// Writes the ads officers labelled (confirmed scam or benign) in the evaluation set's JSON Lines layout
/// (<c>{ "id", "label": "scam" | "genuine", "lang": "en" | "sw" | "mix", "text" }</c>, see
/// tests/Linda.Core.Tests/Screening/data/README.md), with contact details replaced by synthetic ones
/// (<see cref="ContactRedactor"/>). Used by <c>linda offers labels</c>; audited as <see cref="AuditAction"/> with
/// the number of rows and the date filter.
/// </summary>
public sealed class ExportLabelledAdsHandler(LindaDbContext db)
{
    public const string AuditAction = "offers.labels.export";

    private static readonly JsonWriterOptions Json = new()
    {
        // A file for people to read and review, never HTML: Kiswahili, emojis and quotes stay as written.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <param name="output">Where the lines go, oldest label first.</param>
    /// <param name="since">Only ads labelled on or after this day (UTC).</param>
    public async Task<LabelledAdsExport> ExportAsync(Stream output, DateOnly? since, CancellationToken ct)
    {
        var from = since?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var ads = db.JobAds.AsNoTracking()
            .Where(a => a.Label == AdLabel.ConfirmedScam || a.Label == AdLabel.Benign)
            .Where(a => from == null || a.LabelledAt >= from)
            .OrderBy(a => a.LabelledAt).ThenBy(a => a.Id)
            .Select(a => new { a.Id, a.Label, a.Text })
            .AsAsyncEnumerable();
        var redactor = new ContactRedactor();
        int scams = 0, genuine = 0;
        await using (var json = new Utf8JsonWriter(output, Json))
        {
            await foreach (var ad in ads.WithCancellation(ct))
            {
                var text = redactor.Redact(ad.Text);
                json.WriteStartObject();
                json.WriteString("id", $"ad-{ad.Id}");
                json.WriteString("label", ad.Label == AdLabel.ConfirmedScam ? "scam" : "genuine");
                json.WriteString("lang", ScreeningLanguage.Guess(text));
                json.WriteString("text", text);
                json.WriteEndObject();
                await json.FlushAsync(ct);
                json.Reset();
                output.WriteByte((byte)'\n');
                scams += ad.Label == AdLabel.ConfirmedScam ? 1 : 0;
                genuine += ad.Label == AdLabel.Benign ? 1 : 0;
            }
        }
        db.Audit(AuditAction, nameof(JobAd), $"rows={scams + genuine}{(since is { } day ? $";since={day:yyyy-MM-dd}" : "")}");
        await db.SaveChangesAsync(ct);
        return new LabelledAdsExport(scams, genuine);
    }
}
