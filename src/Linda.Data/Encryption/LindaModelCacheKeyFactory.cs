using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Linda.Data.Encryption;

/// <summary>
/// EF Core caches the model per process, and the model holds the encryption converters. Keying the cache
/// on the field protector means a context with another key ring builds its own model, so a wrong key
/// ring fails to decrypt instead of silently using the first one's keys.
/// </summary>
public sealed class LindaModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is LindaDbContext linda
            ? (context.GetType(), linda.FieldProtector, designTime)
            : (object)(context.GetType(), designTime);
}
