using Linda.Web.Features.Admin;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Linda.Web.Infrastructure;

/// <summary>Tells a newcomer, once the app listens, where it is and how to sign in (Development only).</summary>
public static class DevelopmentBanner
{
    public static void PrintWhenStarted(WebApplication app, TextWriter output)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
            var url = addresses?.FirstOrDefault()?.Replace("://[::]", "://localhost", StringComparison.Ordinal)
                .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
                .Replace("://+", "://localhost", StringComparison.Ordinal) ?? "http://localhost:5080";
            output.WriteLine();
            output.WriteLine($"Linda is running at {url}");
            var settings = app.Services.GetRequiredService<IOptions<LindaSettings>>().Value;
            if (!app.Environment.IsDevelopment() || !settings.SeedDemoData)
            {
                return;
            }
            output.WriteLine($"Staff sign-in: {url}/staff/account/signin");
            output.WriteLine($"Synthetic demo accounts (Development only), all with the password: {DevelopmentSeed.DemoPassword}");
            foreach (var account in DevelopmentSeed.Accounts)
            {
                output.WriteLine($"  {account.Role,-17} {account.Email}");
            }
            output.WriteLine();
        });
    }
}
