using System.Security.Cryptography;
using System.Text;
using Linda.Core.Intake;
using Linda.Data;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Intake;

/// <summary>A receipt a reporter (or a load test) was given: the reference and the follow-up code.</summary>
public sealed record ReportReceiptLine(string Reference, string FollowUpCode);

/// <summary>What checking receipts found, by reference only (never a personal value).</summary>
public sealed record ReceiptCheck(int Checked, IReadOnlyList<string> Missing, IReadOnlyList<string> WrongCode, IReadOnlyList<string> Undecryptable)
{
    public bool AllIntact => Missing.Count == 0 && WrongCode.Count == 0 && Undecryptable.Count == 0;
}

/// <summary>
/// Checks that every acknowledged report is stored: present, bound to its follow-up code, and every encrypted field
/// decrypts. For operators after a crash or a restore (<c>linda reports verify</c>) and for bench/load/crash.sh.
/// The decrypted values are read and dropped, never shown; the check itself is audited.
/// </summary>
public sealed class VerifyReceiptsHandler(LindaDbContext db, RecordSignalHandler recorder)
{
    private const int Chunk = 500;

    public async Task<ReceiptCheck> CheckAsync(IReadOnlyList<ReportReceiptLine> receipts, CancellationToken ct)
    {
        List<string> missing = [], wrongCode = [], undecryptable = [];
        foreach (var chunk in receipts.Chunk(Chunk))
        {
            var references = chunk.Select(r => r.Reference).ToList();
            var stored = await db.Signals.AsNoTracking()
                .Where(s => references.Contains(s.Reference))
                .Select(s => new { s.Id, s.Reference, s.FollowUpCodeHash })
                .ToDictionaryAsync(s => s.Reference, ct);
            foreach (var receipt in chunk)
            {
                if (!stored.TryGetValue(receipt.Reference, out var signal))
                {
                    missing.Add(receipt.Reference);
                    continue;
                }
                var presented = Encoding.ASCII.GetBytes(recorder.FollowUpCodeHash(receipt.Reference, receipt.FollowUpCode));
                if (signal.FollowUpCodeHash is null || !CryptographicOperations.FixedTimeEquals(presented, Encoding.ASCII.GetBytes(signal.FollowUpCodeHash)))
                {
                    wrongCode.Add(receipt.Reference);
                }
                try
                {
                    // Materialising the entity runs every [Encrypted] column through decryption.
                    await db.Signals.AsNoTracking().SingleAsync(s => s.Id == signal.Id, ct);
                }
                catch (CryptographicException)
                {
                    undecryptable.Add(receipt.Reference);
                }
            }
        }
        db.Audit("reports.verify", nameof(Signal), $"{receipts.Count} receipts");
        await db.SaveChangesAsync(ct);
        return new ReceiptCheck(receipts.Count, missing, wrongCode, undecryptable);
    }

    /// <summary>Reads "reference&lt;TAB&gt;code" lines (blank lines and "#" comments skipped); codes are normalised as typed.</summary>
    public static List<ReportReceiptLine> Parse(TextReader reader, out List<int> badLines)
    {
        var receipts = new List<ReportReceiptLine>();
        badLines = [];
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }
            var parts = line.Split('\t');
            var reference = parts.Length == 2 ? ReferenceCodes.Normalise(parts[0], RecordSignalHandler.ReferencePrefix) : null;
            var code = parts.Length == 2 ? ReferenceCodes.NormaliseSecret(parts[1]) : null;
            if (reference is null || code is null)
            {
                badLines.Add(number);
                continue;
            }
            receipts.Add(new ReportReceiptLine(reference, code));
        }
        return receipts;
    }
}
