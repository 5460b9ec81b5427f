using OtpNet;

namespace Linda.Browser.Tests.Infrastructure;

/// <summary>Plays the staff member's authenticator app: RFC 6238 codes (SHA-1, 6 digits, 30 s) from the shared key.</summary>
public sealed class Authenticator
{
    private readonly Totp totp;

    private Authenticator(byte[] secret) => totp = new Totp(secret);

    /// <summary>The key as the enrolment page shows it: base32, lower-case, in groups of four.</summary>
    public static Authenticator FromSharedKey(string shownKey)
    {
        var base32 = string.Concat(shownKey.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        base32.ShouldNotBeEmpty("the enrolment page showed no key");
        return new Authenticator(Base32Encoding.ToBytes(base32));
    }

    public string CurrentCode() => totp.ComputeTotp(DateTime.UtcNow);

    /// <summary>A 6-digit code the server cannot accept now: not valid in any nearby time step.</summary>
    public string WrongCode()
    {
        var now = DateTime.UtcNow;
        // Identity accepts a little clock drift either side; stay clear of a generous window.
        var nearby = Enumerable.Range(-4, 9).Select(step => totp.ComputeTotp(now.AddSeconds(30 * step))).ToHashSet();
        return Enumerable.Range(0, 1_000_000).Select(n => n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture))
            .First(code => !nearby.Contains(code));
    }
}
