using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using Linda.Core.Phones;
using Linda.Core.Privacy;

namespace Linda.Benchmarks;

/// <summary>Finding a repeat caller: normalise the number, then the blind index; against the bare HMAC.</summary>
[MemoryDiagnoser]
public class PrivacyBenchmarks
{
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);
    private BlindIndex _index = null!;
    private readonly byte[] _e164 = Encoding.UTF8.GetBytes("phone\n+254712345678");

    [GlobalSetup]
    public void Setup() => _index = new BlindIndex(_key);

    [Benchmark(Baseline = true)]
    public byte[] BareHmacSha256() => HMACSHA256.HashData(_key, _e164);

    [Benchmark]
    public string BlindIndexOfE164() => _index.Compute("phone", "+254712345678");

    [Benchmark]
    public string? NormaliseKenyanNumber() => PhoneNormaliser.ToE164("0712 345 678");

    [Benchmark]
    public string? NormaliseAndIndex() => _index.Compute("phone", PhoneNormaliser.ToE164("+254 712-345-678")!);
}
