using Linda.Core.Agencies;
using Linda.Data;
using Linda.Data.Auditing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Agencies.Oversight;

/// <summary>
/// Officers upload a registry extract; the same import as <c>linda agencies import</c>, run in the background by
/// <see cref="RegistryImportWorker"/> while its page shows the progress. Lists the past imports.
/// </summary>
[RequestSizeLimit(MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes)]
public sealed class ImportModel(LindaDbContext db, ImportRegistryHandler handler, RegistryImportQueue queue, IAuditContext audit) : PageModel
{
    public const int MaxBytes = 20 * 1024 * 1024;

    /// <summary>Past imports shown, newest first.</summary>
    public const int RecentCount = 20;

    public IReadOnlyList<RegistryImport> Recent { get; private set; } = [];

    public StaffNames Staff { get; private set; } = StaffNames.None;

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return await RefuseAsync("Choose a CSV file to import.", ct);
        }
        if (!file.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return await RefuseAsync("The file must be a .csv in the NEA registry layout.", ct);
        }
        var path = queue.NewUploadPath();
        await using (var target = System.IO.File.Create(path))
        {
            await file.CopyToAsync(target, ct);
        }
        string? layout;
        using (var reader = System.IO.File.OpenText(path))
        {
            layout = NeaRegistryReader.HeaderProblem(reader);
        }
        if (layout is not null)
        {
            System.IO.File.Delete(path);
            return await RefuseAsync(layout, ct);
        }
        var run = await handler.StartAsync(file.FileName, ct);
        if (!queue.TryEnqueue(new RegistryImportJob(run.Id, path, audit.Current)))
        {
            const string busy = "Several imports are already waiting. Try again in a few minutes.";
            await handler.FailAsync(run.Id, busy);
            System.IO.File.Delete(path);
            return await RefuseAsync(busy, ct);
        }
        return Redirect($"/staff/agencies/imports/{run.Id}");
    }

    private async Task<IActionResult> RefuseAsync(string problem, CancellationToken ct)
    {
        ModelState.AddModelError("file", problem);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Recent = await db.RegistryImports.AsNoTracking().OrderByDescending(r => r.StartedAt).Take(RecentCount).ToListAsync(ct);
        Staff = await StaffNames.LoadAsync(db, Recent.Select(r => r.StartedBy), ct);
    }
}
