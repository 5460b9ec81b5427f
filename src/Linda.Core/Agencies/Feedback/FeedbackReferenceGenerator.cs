using System.Security.Cryptography;

namespace Linda.Core.Agencies.Feedback;

/// <summary>
/// Receipts for feedback such as "FB-7K3M-Q9P2": eight characters from an alphabet without look-alikes (no 0/O,
/// 1/I/L, nor U), read out over a phone without confusion; about 6.5 × 10¹¹ possibilities, drawn with a
/// cryptographic generator so that a reference cannot be guessed from another.
/// </summary>
public sealed class FeedbackReferenceGenerator(Func<int, int>? next = null)
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
    public const string Prefix = "FB-";
    public const int Length = 12;

    private readonly Func<int, int> _next = next ?? RandomNumberGenerator.GetInt32;

    public string Next()
    {
        Span<char> chars = stackalloc char[Length];
        Prefix.AsSpan().CopyTo(chars);
        for (var i = 3; i < Length; i++)
        {
            chars[i] = i == 7 ? '-' : Alphabet[_next(Alphabet.Length)];
        }
        return new string(chars);
    }

    /// <summary>
    /// Reads a reference as a person may type it ("fb 7k3m q9p2", "7K3MQ9P2"): the canonical form, or null when it
    /// cannot be one.
    /// </summary>
    public static string? Normalise(string? input)
    {
        if (string.IsNullOrWhiteSpace(input) || input.Length > 40)
        {
            return null;
        }
        var compact = new string(input.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        if (compact.StartsWith("FB", StringComparison.Ordinal) && compact.Length == 10)
        {
            compact = compact[2..];
        }
        if (compact.Length != 8 || compact.Any(c => !Alphabet.Contains(c)))
        {
            return null;
        }
        return $"{Prefix}{compact[..4]}-{compact[4..]}";
    }
}
