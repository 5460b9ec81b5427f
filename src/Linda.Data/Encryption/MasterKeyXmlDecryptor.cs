using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;

namespace Linda.Data.Encryption;

/// <summary>Unwraps keys wrapped by <see cref="MasterKeyXmlEncryptor"/>. Created by Data Protection's activator.</summary>
public sealed class MasterKeyXmlDecryptor : IXmlDecryptor
{
    private readonly MasterKey _masterKey;

    public MasterKeyXmlDecryptor(IServiceProvider services) => _masterKey = services.GetRequiredService<MasterKey>();

    internal MasterKeyXmlDecryptor(MasterKey masterKey) => _masterKey = masterKey;

    public XElement Decrypt(XElement encryptedElement)
    {
        var wrappedBy = (string?)encryptedElement.Attribute(MasterKeyXmlEncryptor.KeyIdAttribute);
        if (!string.Equals(wrappedBy, _masterKey.Id, StringComparison.Ordinal))
        {
            throw new CryptographicException(
                $"The data-protection key ring was wrapped with master key {wrappedBy}, but the configured master key is {_masterKey.Id}. " +
                "Start Linda with the master key the database was created with.");
        }
        var blob = Convert.FromBase64String(encryptedElement.Value);
        var nonceSize = AesGcm.NonceByteSizes.MaxSize;
        var tagSize = AesGcm.TagByteSizes.MaxSize;
        if (blob.Length < nonceSize + tagSize)
        {
            throw new CryptographicException("A wrapped data-protection key is truncated.");
        }
        var plaintext = new byte[blob.Length - nonceSize - tagSize];
        using (var aes = new AesGcm(_masterKey.DeriveKey(MasterKeyXmlEncryptor.Purpose), tagSize))
        {
            aes.Decrypt(blob.AsSpan(0, nonceSize), blob.AsSpan(nonceSize + tagSize), blob.AsSpan(nonceSize, tagSize),
                plaintext, MasterKeyXmlEncryptor.AssociatedData);
        }
        return XElement.Parse(Encoding.UTF8.GetString(plaintext));
    }
}
