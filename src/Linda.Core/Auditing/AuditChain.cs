using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Linda.Core.Auditing;

/// <summary>The hash chain over audit entries: how an entry is sealed and how a chain is checked.</summary>
public static class AuditChain
{
    /// <summary>Truncates to whole microseconds: PostgreSQL keeps no finer time, and the hash must survive a round trip.</summary>
    public static DateTime NormaliseTime(DateTime utc)
    {
        var ticks = DateTime.SpecifyKind(utc, DateTimeKind.Utc).Ticks;
        return new DateTime(ticks - ticks % 10, DateTimeKind.Utc);
    }

    /// <summary>Sets <see cref="AuditEvent.PreviousHash"/> and <see cref="AuditEvent.Hash"/> for an entry that follows <paramref name="previousHash"/>.</summary>
    public static void Seal(AuditEvent entry, string? previousHash)
    {
        entry.OccurredAt = NormaliseTime(entry.OccurredAt);
        entry.PreviousHash = previousHash;
        entry.Hash = ComputeHash(entry);
    }

    public static string ComputeHash(AuditEvent e)
    {
        // Every field is length-prefixed so no two different entries can produce the same text.
        var text = new StringBuilder();
        Append(text, e.Sequence.ToString(CultureInfo.InvariantCulture));
        Append(text, NormaliseTime(e.OccurredAt).Ticks.ToString(CultureInfo.InvariantCulture));
        Append(text, e.ActorId);
        Append(text, e.OrganisationId);
        Append(text, e.Action);
        Append(text, e.SubjectType);
        Append(text, e.SubjectId);
        Append(text, e.IpAddress);
        Append(text, e.CorrelationId);
        Append(text, e.ChangedProperties);
        Append(text, e.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void Append(StringBuilder text, string? value)
    {
        if (value is null)
        {
            text.Append("-1:|");
            return;
        }
        text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('|');
    }

    /// <summary>
    /// Checks entries in sequence order, starting at sequence 1. Stops at the first entry that is out of
    /// sequence (a deleted or inserted row), does not link to its predecessor, or whose content no longer
    /// matches its hash (an edited row).
    /// </summary>
    public static AuditChainVerification Verify(IEnumerable<AuditEvent> entriesInSequenceOrder)
    {
        var verifier = new Verifier();
        foreach (var entry in entriesInSequenceOrder)
        {
            var broken = verifier.Check(entry);
            if (broken is not null)
            {
                return broken;
            }
        }
        return verifier.Result();
    }

    /// <summary>An incremental verifier, for checking a long chain in batches.</summary>
    public sealed class Verifier
    {
        private long _expectedSequence = 1;
        private string? _previousHash;
        private long _checked;

        public AuditChainVerification? Check(AuditEvent entry)
        {
            if (entry.Sequence != _expectedSequence)
            {
                return AuditChainVerification.Broken(_checked, _expectedSequence,
                    entry.Sequence > _expectedSequence
                        ? $"entry {_expectedSequence} is missing (next entry found is {entry.Sequence})"
                        : $"entry {entry.Sequence} appears out of order");
            }
            if (!string.Equals(entry.PreviousHash, _previousHash, StringComparison.Ordinal))
            {
                return AuditChainVerification.Broken(_checked, entry.Sequence, "does not link to the entry before it");
            }
            if (!string.Equals(ComputeHash(entry), entry.Hash, StringComparison.Ordinal))
            {
                return AuditChainVerification.Broken(_checked, entry.Sequence, "its content does not match its hash (edited)");
            }
            _previousHash = entry.Hash;
            _expectedSequence++;
            _checked++;
            return null;
        }

        public AuditChainVerification Result() => AuditChainVerification.Intact(_checked);
    }
}

public sealed record AuditChainVerification(bool IsIntact, long EntriesChecked, long? FirstBrokenSequence, string? Reason)
{
    public static AuditChainVerification Intact(long count) => new(true, count, null, null);

    public static AuditChainVerification Broken(long checkedCount, long sequence, string reason) =>
        new(false, checkedCount, sequence, reason);
}
