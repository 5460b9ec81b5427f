using Linda.Core.Agencies;
using Linda.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Agencies.Oversight;

/// <summary>
/// One registry import: a progress bar that refreshes itself without JavaScript while it runs, then the summary and
/// the rejected and warned lines.
/// </summary>
public sealed class ImportProgressModel(LindaDbContext db) : PageModel
{
    /// <summary>Seconds between refreshes while the import runs.</summary>
    public const int RefreshSeconds = 2;

    public RegistryImport Run { get; private set; } = null!;

    public IReadOnlyList<RegistryImportProblem> Problems { get; private set; } = [];

    public StaffNames Staff { get; private set; } = StaffNames.None;

    public bool IsRunning => Run.Status == RegistryImportStatus.Running;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var run = await db.RegistryImports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (run is null)
        {
            return NotFound();
        }
        Run = run;
        Problems = run.ReadProblems();
        Staff = await StaffNames.LoadAsync(db, [run.StartedBy], ct);
        return Page();
    }
}
