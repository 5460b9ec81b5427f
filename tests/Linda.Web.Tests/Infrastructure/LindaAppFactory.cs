using System.Net;
using Linda.Data.Encryption;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Linda.Web.Tests.Infrastructure;

/// <summary>
/// The real Linda app in memory (WebApplicationFactory), on a given test database, in the "Testing"
/// environment (no demo data, a master key required) unless told otherwise.
/// </summary>
public sealed class LindaAppFactory(TestDatabase database, string? masterKey = null, string environment = "Testing") : WebApplicationFactory<Program>
{
    static LindaAppFactory()
    {
        // Hundreds of test hosts would each watch appsettings.json and exhaust the per-user inotify limit.
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        // asp-append-version watches wwwroot files; polling instead of inotify keeps every host within the limit.
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "1");
    }

    private readonly Dictionary<string, string?> _settings = new()
    {
        ["Database:Provider"] = database.Kind.ToString(),
        ["ConnectionStrings:Linda"] = database.ConnectionString,
        ["Linda:DataDirectory"] = database.Directory,
        ["Linda:RateLimits:PublicPerMinute"] = "100000",
        ["Linda:RateLimits:SignInPerMinute"] = "100000",
        [MasterKey.EnvironmentVariable] = masterKey ?? TestKeys.MasterKey,
    };

    private readonly List<Action<IServiceCollection>> _services = [];

    public TestDatabase Database => database;

    /// <summary>Overrides a configuration value; call before the first request.</summary>
    public LindaAppFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Changes the app's services after it registered its own; call before the first request.</summary>
    public LindaAppFactory WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        foreach (var configure in _services)
        {
            builder.ConfigureTestServices(configure);
        }
    }

    /// <summary>A client over HTTPS (not "localhost", which is spared HSTS) that keeps cookies (optionally shared with another instance) and does not follow redirects.</summary>
    public HttpClient CreateBrowserClient(CookieContainer? cookies = null)
    {
        var client = CreateDefaultClient(new Uri("https://linda.test"), new CookieContainerHandler(cookies ?? new CookieContainer()));
        return client;
    }
}

public static class TestKeys
{
    public static readonly string MasterKey = Data.Encryption.MasterKey.Generate();
}
