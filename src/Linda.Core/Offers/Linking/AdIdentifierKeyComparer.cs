namespace Linda.Core.Offers.Linking;

/// <summary>
/// How the linker compares identifiers: agency names, which the checker gives as written, ignoring case and runs of
/// white space ("KAZI BORA  Agency" is "Kazi Bora Agency"); every other kind exactly, because the checker already
/// gives them in comparable form (E.164 phones, lower-case e-mails and domains) and handles such as WhatsApp group
/// invites are case-sensitive.
/// </summary>
public sealed class AdIdentifierKeyComparer : IEqualityComparer<AdIdentifierKey>
{
    public const string AgencyKind = "agency";

    public static AdIdentifierKeyComparer Instance { get; } = new();

    private AdIdentifierKeyComparer()
    {
    }

    public bool Equals(AdIdentifierKey x, AdIdentifierKey y)
    {
        if (!string.Equals(x.Kind, y.Kind, StringComparison.Ordinal))
        {
            return false;
        }

        if (!IsAgency(x.Kind))
        {
            return string.Equals(x.Value, y.Value, StringComparison.Ordinal);
        }

        var a = new FoldedChars(x.Value);
        var b = new FoldedChars(y.Value);
        while (true)
        {
            var hasA = a.MoveNext();
            var hasB = b.MoveNext();
            if (hasA != hasB)
            {
                return false;
            }

            if (!hasA)
            {
                return true;
            }

            if (a.Current != b.Current)
            {
                return false;
            }
        }
    }

    public int GetHashCode(AdIdentifierKey key)
    {
        if (!IsAgency(key.Kind))
        {
            // The value's own (randomised, so flooding-proof) hash; the kind's length is enough to tell kinds apart
            // here, because Equals compares the kinds anyway.
            return HashCode.Combine(key.Value?.GetHashCode() ?? 0, key.Kind?.Length ?? -1);
        }

        var hash = new HashCode();
        hash.Add(AgencyKind.Length);
        var chars = new FoldedChars(key.Value);
        while (chars.MoveNext())
        {
            hash.Add(chars.Current);
        }

        return hash.ToHashCode();
    }

    private static bool IsAgency(string kind) => string.Equals(kind, AgencyKind, StringComparison.Ordinal);

    /// <summary>A name's characters upper-cased, each run of white space as one space, none at either end.</summary>
    private struct FoldedChars(string? value)
    {
        private readonly string text = value ?? "";
        private int _next;
        private bool _started;

        public char Current { get; private set; }

        public bool MoveNext()
        {
            var spaced = false;
            while (_next < text.Length && char.IsWhiteSpace(text[_next]))
            {
                spaced = true;
                _next++;
            }

            if (_next == text.Length)
            {
                return false;
            }

            if (spaced && _started)
            {
                Current = ' ';
                return true;
            }

            Current = char.ToUpperInvariant(text[_next++]);
            _started = true;
            return true;
        }
    }
}
