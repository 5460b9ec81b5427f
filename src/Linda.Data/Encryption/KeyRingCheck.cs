using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Linda.Data.Encryption;

/// <summary>
/// Checks at start-up that the configured master key opens every key stored in the database, so a wrong
/// key stops Linda at once with a clear message instead of failing later on the first encrypted value.
/// </summary>
public static class KeyRingCheck
{
    public static async Task EnsureMasterKeyOpensKeyRingAsync(LindaDbContext db, MasterKey masterKey, CancellationToken ct = default)
    {
        var decryptor = new MasterKeyXmlDecryptor(masterKey);
        var rows = await db.DataProtectionKeys.AsNoTracking().Select(k => new { k.FriendlyName, k.Xml }).ToListAsync(ct);
        foreach (var row in rows)
        {
            var wrapped = string.IsNullOrEmpty(row.Xml)
                ? null
                : XElement.Parse(row.Xml).Descendants().FirstOrDefault(e => e.Name.LocalName == MasterKeyXmlEncryptor.ElementName);
            if (wrapped is null)
            {
                throw new LindaConfigurationException(
                    $"Data-protection key {row.FriendlyName} is stored without master-key wrapping; refusing to use it.");
            }
            try
            {
                decryptor.Decrypt(wrapped);
            }
            catch (CryptographicException e)
            {
                throw new LindaConfigurationException(
                    $"The configured master key ({masterKey.Id}) does not open data-protection key {row.FriendlyName} " +
                    $"stored in the database: {e.Message} See docs/operations.md, \"Master key\".", e);
            }
        }
    }

    /// <summary>
    /// Protecting anything makes Data Protection load the key ring and create a key if none is current.
    /// Called at start-up and periodically, outside any transaction: on SQLite a key written from inside
    /// another connection's write transaction would wait for that transaction forever.
    /// </summary>
    public static void EnsureCurrentKey(IDataProtectionProvider provider) =>
        provider.CreateProtector("Linda.KeyRing.Warm-up").Protect([1]);
}
