using Linda.Core.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Linda.Data.Auditing;

/// <summary>Walks the whole audit chain in the database, in batches, and reports the first broken entry.</summary>
public static class AuditLogVerifier
{
    public static async Task<AuditChainVerification> VerifyAsync(LindaDbContext db, CancellationToken ct = default, int batchSize = 5000)
    {
        var verifier = new AuditChain.Verifier();
        long after = 0;
        while (true)
        {
            var batch = await db.AuditEvents.AsNoTracking()
                .Where(e => e.Sequence > after)
                .OrderBy(e => e.Sequence)
                .Take(batchSize)
                .ToListAsync(ct);
            foreach (var entry in batch)
            {
                var broken = verifier.Check(entry);
                if (broken is not null)
                {
                    return broken;
                }
            }
            if (batch.Count < batchSize)
            {
                return verifier.Result();
            }
            after = batch[^1].Sequence;
        }
    }
}
