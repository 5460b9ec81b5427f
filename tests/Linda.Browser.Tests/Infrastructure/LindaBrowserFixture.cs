using System.Globalization;
using Microsoft.Playwright;

namespace Linda.Browser.Tests.Infrastructure;

/// <summary>
/// One running <c>linda</c> and one headless Chromium for the whole browser collection. Each test opens
/// its own browser context (cookies, storage and routes of its own), which costs milliseconds.
/// </summary>
public sealed class LindaBrowserFixture : IAsyncLifetime
{
    /// <summary>Where quick exit sends people in these tests; pages route it, so nothing leaves the machine.</summary>
    public const string NeutralSiteUrl = "https://neutral-site.linda-tests.example/weather";

    private const string ChromiumVariable = "LINDA_CHROMIUM";
    private const string SystemChromium = "/usr/bin/chromium";

    // Without the background-networking switches Chromium keeps calling home, which floods a closed network.
    private static readonly string[] ChromiumArguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? playwright;

    public LindaServer Server { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        // The app and the browser start side by side: both take a few seconds on a small machine.
        var starting = LindaServer.StartAsync(new Dictionary<string, string>
        {
            ["Linda__RateLimits__PublicPerMinute"] = "100000",
            ["Linda__RateLimits__SignInPerMinute"] = "100000",
            ["Linda__QuickExitUrl"] = NeutralSiteUrl,
        });
        var launching = LaunchBrowserAsync();
        try
        {
            await Task.WhenAll(starting, launching);
        }
        finally
        {
            // xunit disposes a fixture whose start failed: keep whatever did start so it is cleaned up.
            if (starting.IsCompletedSuccessfully)
            {
                Server = starting.Result;
            }
            if (launching.IsCompletedSuccessfully)
            {
                Browser = launching.Result;
            }
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        playwright?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }

    /// <summary>A fresh browser context whose relative URLs go to the running app.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions();
        options.BaseURL = Server.BaseUrl.ToString();
        options.Locale ??= "en-GB";
        options.TimezoneId ??= "Africa/Nairobi";
        var context = await Browser.NewContextAsync(options);
        // Server-rendered pages on localhost answer in milliseconds; a long wait only hides a failure.
        context.SetDefaultTimeout(10_000);
        context.SetDefaultNavigationTimeout(15_000);
        return context;
    }

    private async Task<IBrowser> LaunchBrowserAsync()
    {
        var path = ChromiumPath();
        playwright = await Playwright.CreateAsync();
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = path,
            Headless = true,
            Args = ChromiumArguments,
        });
    }

    private static string ChromiumPath()
    {
        var path = Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } chosen ? chosen : SystemChromium;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(string.Format(CultureInfo.InvariantCulture,
                "No Chromium at {0}. Install the system browser (apt-get install chromium) or set {1}; " +
                "the tests never download Playwright's own browsers.", path, ChromiumVariable));
        }
        return path;
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<LindaBrowserFixture>
{
    public const string Name = "Browser";
}
