using System.CommandLine;

namespace Linda.Web.Cli;

/// <summary>The `linda` command line: the web app and the operations verbs, from one executable.</summary>
public static class LindaCommandLine
{
    public static async Task<int> InvokeAsync(string[] args, LindaProgramOptions options)
    {
        var root = new RootCommand("Linda, the counter-trafficking platform. With no command it runs the web app (same as `linda serve`).")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        var serve = new Command("serve", "Runs the web app. Host options such as --urls http://0.0.0.0:8080 are passed through.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        serve.SetAction((result, ct) => ServeAsync(result, options, ct));
        root.SetAction((result, ct) =>
        {
            // Unknown verbs must not start a web server by accident.
            if (result.UnmatchedTokens.FirstOrDefault() is { } first && !first.StartsWith('-'))
            {
                options.Error.WriteLine($"error: unknown command '{first}'. Run `linda --help` for the list.");
                return Task.FromResult(1);
            }
            return ServeAsync(result, options, ct);
        });
        root.Subcommands.Add(serve);
        root.Subcommands.Add(MigrateCommand.Create(options));
        root.Subcommands.Add(UsersCommand.Create(options));
        root.Subcommands.Add(AuditCommand.Create(options));
        root.Subcommands.Add(AgenciesCommand.Create(options));
        root.Subcommands.Add(OffersCommand.Create(options));
        root.Subcommands.Add(ReportsCommand.Create(options));

        var invocation = new InvocationConfiguration
        {
            Output = options.Output,
            Error = options.Error,
            // The web host handles SIGTERM/Ctrl+C itself and shuts down gracefully.
            ProcessTerminationTimeout = null,
        };
        return await root.Parse(args).InvokeAsync(invocation);
    }

    private static async Task<int> ServeAsync(ParseResult result, LindaProgramOptions options, CancellationToken ct)
    {
        try
        {
            return await LindaProgram.ServeAsync([.. result.UnmatchedTokens], options, ct);
        }
        catch (Data.LindaConfigurationException e)
        {
            options.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }

    /// <summary>Runs an operations verb with the app's services, turning configuration problems into one clear line.</summary>
    internal static async Task<int> RunWithServicesAsync(LindaProgramOptions options, Func<IServiceProvider, CancellationToken, Task<int>> action, CancellationToken ct)
    {
        try
        {
            var cliOptions = new LindaProgramOptions
            {
                Output = options.Output,
                Error = options.Error,
                ConfigureBuilder = builder =>
                {
                    options.ConfigureBuilder?.Invoke(builder);
                    builder.Services.AddScoped<Data.Auditing.IAuditContext>(_ => new Data.Auditing.FixedAuditContext(
                        new Data.Auditing.AuditActor($"cli:{Environment.UserName}", null, null, Guid.NewGuid().ToString("N"))));
                },
            };
            await using var app = LindaProgram.Build([], cliOptions);
            await using var scope = app.Services.CreateAsyncScope();
            return await action(scope.ServiceProvider, ct);
        }
        catch (Data.LindaConfigurationException e)
        {
            options.Error.WriteLine($"error: {e.Message}");
            return 1;
        }
    }
}
