using System.Security.Cryptography;

namespace Linda.Core.Intake;

/// <summary>
/// Short codes people read out on the phone or type on a cheap handset: "LR-7K3M-Q9P2". The alphabet leaves
/// out 0/O, 1/I/L and U, which are misread; codes come from a cryptographic random source.
/// </summary>
public static class ReferenceCodes
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>A new code: the prefix, then two groups of four ("LR-7K3M-Q9P2").</summary>
    public static string New(string prefix) => $"{prefix}-{Random(4)}-{Random(4)}";

    /// <summary>A secret shown once to the reporter, in two groups of four ("7K3M-Q9P2"; about 39 bits).</summary>
    public static string NewSecret() => $"{Random(4)}-{Random(4)}";

    /// <summary>
    /// The canonical form of a code as someone typed it (any case, spaces or dashes anywhere, prefix optional),
    /// or null when it cannot be one of ours.
    /// </summary>
    public static string? Normalise(string? input, string prefix)
    {
        if (string.IsNullOrWhiteSpace(input) || input.Length > 40)
        {
            return null;
        }
        var compact = new string([.. input.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant)]);
        if (compact.StartsWith(prefix, StringComparison.Ordinal) && compact.Length == prefix.Length + 8)
        {
            compact = compact[prefix.Length..];
        }
        if (compact.Length != 8 || !compact.All(c => Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return null;
        }
        return $"{prefix}-{compact[..4]}-{compact[4..]}";
    }

    /// <summary>The canonical form of a secret as typed, or null.</summary>
    public static string? NormaliseSecret(string? input)
    {
        var asCode = Normalise(input, "X");
        return asCode?[2..];
    }

    private static string Random(int length) =>
        string.Create(length, 0, static (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
            }
        });
}
