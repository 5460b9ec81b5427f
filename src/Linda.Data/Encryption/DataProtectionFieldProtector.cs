using Linda.Core.Privacy;
using Microsoft.AspNetCore.DataProtection;

namespace Linda.Data.Encryption;

/// <summary>
/// Field encryption through ASP.NET Core Data Protection (authenticated: AES-256-CBC + HMAC-SHA256), whose
/// key ring lives in the database wrapped by the master key.
/// </summary>
public sealed class DataProtectionFieldProtector(IDataProtectionProvider provider) : IFieldProtector
{
    private readonly Lazy<IDataProtector> _protector = new(() => provider.CreateProtector("Linda.Fields.v1"));

    public string Protect(string plaintext) => _protector.Value.Protect(plaintext);

    public string Unprotect(string protectedValue) => _protector.Value.Unprotect(protectedValue);
}

/// <summary>Used where no key ring exists (design-time migrations): any attempt to read or write a value fails.</summary>
public sealed class UnavailableFieldProtector : IFieldProtector
{
    public static readonly UnavailableFieldProtector Instance = new();

    public string Protect(string plaintext) =>
        throw new InvalidOperationException("No field protector is configured in this context.");

    public string Unprotect(string protectedValue) =>
        throw new InvalidOperationException("No field protector is configured in this context.");
}
