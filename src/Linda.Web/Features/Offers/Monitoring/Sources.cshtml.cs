using System.Text;
using Linda.Core.Offers;
using Linda.Data;
using Linda.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Offers.Monitoring;

/// <summary>
/// Where monitored ads come from: the feeds officers added (with their last poll) and the files they uploaded. An
/// upload is ingested at once, within <see cref="MaxBytes"/> and <see cref="MaxAds"/>, and its page shows the counts
/// and every line that was skipped; each upload is its own file source.
/// </summary>
[RequestSizeLimit(RequestLimitBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimitBytes)]
public sealed class SourcesModel(LindaDbContext db, ImportAdFileHandler importer) : PageModel
{
    /// <summary>The largest file taken: imports run while the officer waits, so they stay small enough to finish in seconds.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    /// <summary>The most ads in one file.</summary>
    public const int MaxAds = 5000;

    /// <summary>Rejected lines listed on the page; the count says how many there were in all.</summary>
    public const int RejectedShown = 200;

    /// <summary>A request this large is still read, so that a file over <see cref="MaxBytes"/> gets a clear message.</summary>
    private const int RequestLimitBytes = 4 * MaxBytes;

    public const int FilesShown = 20;

    [BindProperty]
    public FeedForm Feed { get; set; } = new();

    public IReadOnlyList<AdSource> Feeds { get; private set; } = [];

    public IReadOnlyList<AdSource> Files { get; private set; } = [];

    /// <summary>The upload just made, shown once.</summary>
    public AdFileImport? Upload { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAddFeedAsync(CancellationToken ct)
    {
        if (FeedForm.AddressProblem(Feed.Address) is { } addressProblem)
        {
            ModelState.AddModelError($"{nameof(Feed)}.{nameof(FeedForm.Address)}", addressProblem);
        }
        if (ModelState.IsValid)
        {
            var address = Feed.Address.Trim();
            if (await db.AdSources.AnyAsync(s => s.Kind == AdSourceKind.Feed && s.FeedUrl == address, ct))
            {
                ModelState.AddModelError($"{nameof(Feed)}.{nameof(FeedForm.Address)}", "This feed is already monitored.");
            }
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        var now = db.UtcNow;
        var source = new AdSource
        {
            Name = Feed.Name.Trim(),
            Kind = AdSourceKind.Feed,
            FeedUrl = Feed.Address.Trim(),
            PollMinutes = Feed.PollMinutes,
            Enabled = true,
            CreatedAt = now,
            CreatedById = User.StaffId(),
            // Due at once: the poller takes it within a minute.
            NextPollAt = now,
        };
        db.AdSources.Add(source);
        await db.SaveChangesAsync(ct);
        TempData[SourceModel.NoticeKey] = "Feed added. It is polled within a minute; use “Poll now” to poll it at once.";
        return Redirect($"/staff/offers/sources/{source.Id}");
    }

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, string? sourceName, CancellationToken ct)
    {
        // The feed form is not part of this post.
        foreach (var key in ModelState.Keys.Where(k => k.StartsWith(nameof(Feed), StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }
        var format = file is null ? null : AdFileReader.FormatOf(file.FileName);
        string? problem = null;
        if (file is null || file.Length == 0)
        {
            problem = "Choose a .csv or .jsonl file of ads.";
        }
        else if (format is null)
        {
            problem = "The file must be a .csv (with a header row) or a .jsonl (one JSON object per line).";
        }
        else if (file.Length > MaxBytes)
        {
            problem = "The file is larger than 5 MB. Split it into smaller files.";
        }
        else if (sourceName is { Length: > AdSource.NameMaxLength })
        {
            problem = "The name can have at most 200 characters.";
        }
        if (problem is null)
        {
            using var reader = new StreamReader(file!.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var name = string.IsNullOrWhiteSpace(sourceName) ? Path.GetFileName(file.FileName) : sourceName;
            (Upload, problem) = await importer.HandleAsync(reader, format!.Value, name, User.StaffId(), MaxAds, ct);
        }
        if (problem is not null)
        {
            ModelState.AddModelError("file", problem);
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Feeds = await db.AdSources.AsNoTracking().Where(s => s.Kind == AdSourceKind.Feed).OrderBy(s => s.Name).ToListAsync(ct);
        Files = await db.AdSources.AsNoTracking().Where(s => s.Kind == AdSourceKind.File)
            .OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).Take(FilesShown).ToListAsync(ct);
    }
}
