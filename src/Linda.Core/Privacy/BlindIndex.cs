using System.Security.Cryptography;
using System.Text;

namespace Linda.Core.Privacy;

/// <summary>
/// A keyed hash (HMAC-SHA256) of a normalised value, stored beside its encrypted copy so that exact
/// look-ups ("has this phone number called before?") work without decrypting anything. The key is a
/// separate secret from the encryption keys; without it the index cannot be brute-forced offline.
/// </summary>
public sealed class BlindIndex
{
    private readonly byte[] _key;

    public BlindIndex(ReadOnlySpan<byte> key)
    {
        if (key.Length < 32)
        {
            throw new ArgumentException("A blind-index key needs at least 32 bytes.", nameof(key));
        }
        _key = key.ToArray();
    }

    /// <summary>
    /// Hashes <paramref name="normalisedValue"/> within <paramref name="purpose"/> (e.g. "phone"), so equal
    /// values of different kinds never share an index entry. Normalise first (E.164 for phones).
    /// </summary>
    public string Compute(string purpose, string normalisedValue)
    {
        ArgumentException.ThrowIfNullOrEmpty(purpose);
        ArgumentNullException.ThrowIfNull(normalisedValue);
        var bytes = Encoding.UTF8.GetBytes(purpose + "\n" + normalisedValue);
        return Convert.ToBase64String(HMACSHA256.HashData(_key, bytes));
    }
}
