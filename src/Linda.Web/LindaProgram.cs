using Linda.Web.Cli;
using Linda.Web.Infrastructure;

namespace Linda.Web;

/// <summary>Options for running Linda in-process (tests): where output goes and extra configuration.</summary>
public sealed class LindaProgramOptions
{
    public TextWriter Output { get; init; } = Console.Out;
    public TextWriter Error { get; init; } = Console.Error;
    /// <summary>Runs before Linda's services are added: add configuration or services that Linda must not replace.</summary>
    public Action<WebApplicationBuilder>? ConfigureBuilder { get; init; }
}

public static class LindaProgram
{
    public static Task<int> RunAsync(string[] args, LindaProgramOptions? options = null) =>
        LindaCommandLine.InvokeAsync(args, options ?? new LindaProgramOptions());

    /// <summary>The one composition of Linda's services, used by the web app and by every CLI verb.</summary>
    public static WebApplication Build(string[] args, LindaProgramOptions options)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ContentRoot() });
        // First, so that configuration added here is seen while Linda's services are composed.
        options.ConfigureBuilder?.Invoke(builder);
        builder.AddLindaServices(options.Output);
        return builder.Build();
    }

    /// <summary>
    /// The default (the working directory, or --contentRoot) when the working directory holds the app, as with
    /// `dotnet run`; otherwise the folder of the executable, so `linda` finds its settings from wherever it is run.
    /// </summary>
    private static string? ContentRoot() =>
        File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json")) ? null : AppContext.BaseDirectory;

    public static async Task<int> ServeAsync(string[] args, LindaProgramOptions options, CancellationToken ct)
    {
        var app = Build(args, options);
        await app.PrepareDatabaseAsync(ct);
        app.UseLindaPipeline();
        app.MapLindaEndpoints();
        DevelopmentBanner.PrintWhenStarted(app, options.Output);
        await app.RunAsync();
        return 0;
    }
}
