using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using Linda.Core.Auditing;

namespace Linda.Benchmarks;

/// <summary>Sealing one audit entry, against the bare SHA-256 of a same-sized text (the floor).</summary>
[MemoryDiagnoser]
public class AuditChainBenchmarks
{
    private readonly AuditEvent _entry = new()
    {
        Sequence = 123_456,
        OccurredAt = new DateTime(2026, 11, 28, 9, 30, 0, DateTimeKind.Utc),
        ActorId = Guid.NewGuid().ToString(),
        OrganisationId = Guid.NewGuid().ToString(),
        Action = AuditActions.Updated,
        SubjectType = "Signal",
        SubjectId = Guid.NewGuid().ToString(),
        IpAddress = "197.248.10.20",
        CorrelationId = "0af7651916cd43dd8448eb211c80319c",
        ChangedProperties = "Status,AssigneeId,UpdatedAt",
    };

    private readonly string _previousHash = Convert.ToHexStringLower(SHA256.HashData("previous"u8));
    private byte[] _sameSizedText = [];
    private List<AuditEvent> _chain = [];

    [GlobalSetup]
    public void Setup()
    {
        AuditChain.Seal(_entry, _previousHash);
        _sameSizedText = Encoding.UTF8.GetBytes(new string('x', 330));
        _chain = [];
        string? previous = null;
        for (var i = 1; i <= 1000; i++)
        {
            var e = new AuditEvent { Sequence = i, OccurredAt = _entry.OccurredAt, Action = AuditActions.Read, SubjectType = "Signal", SubjectId = i.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            AuditChain.Seal(e, previous);
            previous = e.Hash;
            _chain.Add(e);
        }
    }

    [Benchmark(Baseline = true)]
    public byte[] Sha256OfSameSizedText() => SHA256.HashData(_sameSizedText);

    [Benchmark]
    public string SealOneEntry()
    {
        AuditChain.Seal(_entry, _previousHash);
        return _entry.Hash;
    }

    [Benchmark(OperationsPerInvoke = 1000)]
    public bool VerifyPerEntryInAThousandEntryChain() => AuditChain.Verify(_chain).IsIntact;
}
