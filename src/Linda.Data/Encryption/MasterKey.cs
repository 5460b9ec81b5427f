using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace Linda.Data.Encryption;

/// <summary>
/// The one secret that never lives in the database. It wraps the data-protection key ring stored in the
/// database and derives the blind-index key; without it, a copy of the database is unreadable.
/// </summary>
public sealed class MasterKey
{
    public const string EnvironmentVariable = "LINDA_MASTER_KEY";
    public const string FileSetting = "Linda:MasterKeyFile";
    public const string DevelopmentFileName = "master.key";

    private readonly byte[] _key;

    public MasterKey(byte[] key)
    {
        if (key.Length < 32)
        {
            throw new ArgumentException("The master key must be at least 32 bytes (44 base64 characters).", nameof(key));
        }
        _key = key.ToArray();
        Id = Convert.ToHexStringLower(SHA256.HashData(DeriveKey("linda/master-key-id")))[..16];
    }

    /// <summary>A non-secret fingerprint that tells which master key wrapped a key ring.</summary>
    public string Id { get; }

    /// <summary>A 32-byte subkey for one purpose (HKDF-SHA256), so no two uses share a key.</summary>
    public byte[] DeriveKey(string purpose) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, _key, 32, salt: null, info: Encoding.UTF8.GetBytes(purpose));

    public static string Generate() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static MasterKey Parse(string base64, string source)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException)
        {
            throw new LindaConfigurationException($"The master key from {source} is not base64. Generate one with `openssl rand -base64 32`.");
        }
        if (bytes.Length < 32)
        {
            throw new LindaConfigurationException($"The master key from {source} is shorter than 32 bytes. Generate one with `openssl rand -base64 32`.");
        }
        return new MasterKey(bytes);
    }

    /// <summary>
    /// Finds the master key: the LINDA_MASTER_KEY variable, else the file named by Linda:MasterKeyFile,
    /// else (Development only) a generated file under the data directory. Anywhere else Linda refuses to start.
    /// </summary>
    public static MasterKey Load(IConfiguration configuration, bool isDevelopment, string dataDirectory, Action<string> warn)
    {
        var fromVariable = configuration[EnvironmentVariable];
        if (!string.IsNullOrWhiteSpace(fromVariable))
        {
            return Parse(fromVariable, EnvironmentVariable);
        }
        var file = configuration[FileSetting];
        if (!string.IsNullOrWhiteSpace(file))
        {
            if (!File.Exists(file))
            {
                throw new LindaConfigurationException($"The master key file named by {FileSetting} does not exist.");
            }
            return Parse(File.ReadAllText(file), FileSetting);
        }
        if (!isDevelopment)
        {
            throw new LindaConfigurationException(
                $"Linda refuses to start without a master key. Set {EnvironmentVariable} (base64 of 32 random bytes) " +
                $"or {FileSetting} to a file that holds one; see docs/operations.md.");
        }
        var path = Path.Combine(dataDirectory, DevelopmentFileName);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(dataDirectory);
            File.WriteAllText(path, Generate());
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
        warn($"Development: using the generated master key in {path}. Never use it for real data; production needs {EnvironmentVariable}.");
        return Parse(File.ReadAllText(path), path);
    }
}
