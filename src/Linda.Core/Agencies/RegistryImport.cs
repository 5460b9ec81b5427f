using System.Text.Json;

namespace Linda.Core.Agencies;

public enum RegistryImportStatus
{
    Running,
    Completed,
    Failed,
}

/// <summary>A problem with one line of an imported file: a rejected row, or a warning about a row that was kept.</summary>
public sealed record RegistryImportProblem(int Line, bool Rejected, string Reason);

/// <summary>
/// One import of a registry file, from the upload page or <c>linda agencies import</c>: who started it, how far it has
/// got, and what it changed. A run whose process stops sends no more heartbeats and is marked failed.
/// </summary>
public sealed class RegistryImport
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The file's name as uploaded (no folder).</summary>
    public required string FileName { get; set; }

    /// <summary>The actor id of who started it: a staff user's id, or "cli:…".</summary>
    public string? StartedBy { get; set; }

    public DateTime StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }

    /// <summary>Last sign of life of the process running the import.</summary>
    public DateTime HeartbeatAt { get; set; }

    public RegistryImportStatus Status { get; set; }

    /// <summary>Rows handled so far, of <see cref="Total"/> valid rows (0 until the file has been read).</summary>
    public int Done { get; set; }

    public int Total { get; set; }
    public int Added { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int Rejected { get; set; }
    public int Warnings { get; set; }

    /// <summary>The first <see cref="MaxProblems"/> rejected and warned lines, as JSON (see <see cref="ReadProblems"/>).</summary>
    public string? ProblemsJson { get; set; }

    /// <summary>Why a failed run failed, in words for the officer (never an exception's text).</summary>
    public string? Error { get; set; }

    public const int MaxProblems = 500;
    public const int ReasonMaxLength = 300;
    public const int FileNameMaxLength = 200;
    public const int ErrorMaxLength = 500;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Keeps the rejections first, then the warnings, up to <see cref="MaxProblems"/>, each reason shortened.</summary>
    public void KeepProblems(IEnumerable<NeaRegistryIssue> rejections, IEnumerable<NeaRegistryIssue> warnings)
    {
        var problems = rejections.Select(r => new RegistryImportProblem(r.Line, true, Shorten(r.Reason)))
            .Concat(warnings.Select(w => new RegistryImportProblem(w.Line, false, Shorten(w.Reason))))
            .Take(MaxProblems)
            .ToList();
        ProblemsJson = problems.Count == 0 ? null : JsonSerializer.Serialize(problems, Json);
    }

    public IReadOnlyList<RegistryImportProblem> ReadProblems() =>
        string.IsNullOrEmpty(ProblemsJson) ? [] : JsonSerializer.Deserialize<List<RegistryImportProblem>>(ProblemsJson, Json) ?? [];

    private static string Shorten(string reason) => reason.Length <= ReasonMaxLength ? reason : reason[..ReasonMaxLength];
}
