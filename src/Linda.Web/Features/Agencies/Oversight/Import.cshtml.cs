using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linda.Web.Features.Agencies.Oversight;

/// <summary>Officers upload a registry extract; the same import as <c>linda agencies import</c>.</summary>
[RequestSizeLimit(MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes)]
public sealed class ImportModel(ImportRegistryHandler handler) : PageModel
{
    public const int MaxBytes = 20 * 1024 * 1024;

    public RegistryImportSummary? Summary { get; private set; }
    public string? FileName { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "Choose a CSV file to import.");
            return Page();
        }
        if (!file.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError("file", "The file must be a .csv in the NEA registry layout.");
            return Page();
        }
        FileName = Path.GetFileName(file.FileName);
        using var reader = new StreamReader(file.OpenReadStream());
        Summary = await handler.HandleAsync(reader, FileName, progress: null, ct);
        return Page();
    }
}
