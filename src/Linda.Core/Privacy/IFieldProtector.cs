namespace Linda.Core.Privacy;

/// <summary>Encrypts and decrypts the values of <see cref="EncryptedAttribute"/> properties.</summary>
public interface IFieldProtector
{
    string Protect(string plaintext);

    /// <summary>Throws <see cref="System.Security.Cryptography.CryptographicException"/> when the value was not protected by this key ring.</summary>
    string Unprotect(string protectedValue);
}
