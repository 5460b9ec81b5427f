using Linda.Data.Encryption;
using Microsoft.AspNetCore.DataProtection;

namespace Linda.Web.Infrastructure;

/// <summary>
/// Touches the data-protection key ring every few minutes so that key refresh and rotation (a new key
/// before the current one expires) happen here, outside any request's database transaction.
/// </summary>
public sealed class KeyRingKeeper(IDataProtectionProvider provider, ILogger<KeyRingKeeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(5));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                KeyRingCheck.EnsureCurrentKey(provider);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Could not refresh the data-protection key ring.");
            }
        }
    }
}
