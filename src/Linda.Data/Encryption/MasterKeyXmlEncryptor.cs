using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Linda.Data.Encryption;

/// <summary>Wraps each data-protection key with AES-256-GCM under a subkey of the master key before it is stored.</summary>
public sealed class MasterKeyXmlEncryptor(MasterKey masterKey) : IXmlEncryptor
{
    internal const string ElementName = "lindaWrappedKey";
    internal const string KeyIdAttribute = "masterKeyId";
    internal const string Purpose = "linda/key-ring-wrap/v1";
    internal static readonly byte[] AssociatedData = Encoding.UTF8.GetBytes("linda-key-ring");

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        var ciphertext = new byte[plaintext.Length];
        using (var aes = new AesGcm(masterKey.DeriveKey(Purpose), tag.Length))
        {
            aes.Encrypt(nonce, plaintext, ciphertext, tag, AssociatedData);
        }
        CryptographicOperations.ZeroMemory(plaintext);
        var element = new XElement(ElementName,
            new XAttribute(KeyIdAttribute, masterKey.Id),
            Convert.ToBase64String([.. nonce, .. tag, .. ciphertext]));
        return new EncryptedXmlInfo(element, typeof(MasterKeyXmlDecryptor));
    }
}
