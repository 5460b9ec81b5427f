using System.Collections.Concurrent;
using System.Threading.Channels;
using Linda.Data.Auditing;

namespace Linda.Web.Features.Agencies.Oversight;

/// <summary>An uploaded registry file waiting for <see cref="RegistryImportWorker"/>, and who uploaded it (for the audit log).</summary>
public sealed record RegistryImportJob(Guid RunId, string FilePath, AuditActor Actor);

/// <summary>
/// Uploaded registry files on their way to <see cref="RegistryImportWorker"/> on this instance: a bounded queue, so that
/// a burst of uploads is refused with a message rather than piling up on disk and in memory.
/// </summary>
public sealed class RegistryImportQueue
{
    /// <summary>Imports that may wait at once; an import of the whole registry takes seconds.</summary>
    public const int Capacity = 4;

    private readonly Channel<RegistryImportJob> _jobs = Channel.CreateBounded<RegistryImportJob>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly ConcurrentDictionary<Guid, byte> _held = new();

    /// <summary>Where uploads wait: the temporary folder, as they are only kept until they have been imported.</summary>
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "linda-registry-imports");

    public ChannelReader<RegistryImportJob> Reader => _jobs.Reader;

    /// <summary>The runs waiting or running on this instance: their heartbeat is kept, and no sweep marks them failed.</summary>
    public IReadOnlyCollection<Guid> Held => (IReadOnlyCollection<Guid>)_held.Keys;

    /// <summary>A new file name in <see cref="Folder"/> for an upload.</summary>
    public string NewUploadPath()
    {
        Directory.CreateDirectory(Folder);
        return Path.Combine(Folder, $"{Guid.NewGuid():N}.csv");
    }

    /// <summary>False when the queue is full.</summary>
    public bool TryEnqueue(RegistryImportJob job)
    {
        _held[job.RunId] = 0;
        if (_jobs.Writer.TryWrite(job))
        {
            return true;
        }
        _held.TryRemove(job.RunId, out _);
        return false;
    }

    /// <summary>Called by the worker when a run has ended, one way or another.</summary>
    public void Release(Guid runId) => _held.TryRemove(runId, out _);
}
