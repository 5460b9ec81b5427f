using Microsoft.Extensions.Configuration;

namespace Linda.Web.Tests.Infrastructure;

/// <summary>Runs `linda &lt;verb&gt;` in-process against a test database, capturing what it prints.</summary>
public static class CliRunner
{
    public sealed record CliResult(int ExitCode, string Output, string Error);

    public static async Task<CliResult> RunWithKeyAsync(TestDatabase database, string masterKey, string environment, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Kind.ToString(),
            ["ConnectionStrings:Linda"] = database.ConnectionString,
            ["Linda:DataDirectory"] = database.Directory,
            [Data.Encryption.MasterKey.EnvironmentVariable] = masterKey,
        };
        var exit = await LindaProgram.RunAsync(args, new LindaProgramOptions
        {
            Output = output,
            Error = error,
            ConfigureBuilder = builder =>
            {
                builder.Environment.EnvironmentName = environment;
                builder.Configuration.AddInMemoryCollection(settings);
            },
        });
        return new CliResult(exit, output.ToString(), error.ToString());
    }

    public static Task<CliResult> RunAsync(TestDatabase database, params string[] args) =>
        RunWithKeyAsync(database, TestKeys.MasterKey, "Testing", args);

    /// <summary>Runs a verb as on a bare machine: Production, no database, no master key configured.</summary>
    public static async Task<CliResult> RunWithoutDatabaseAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await LindaProgram.RunAsync(args, new LindaProgramOptions
        {
            Output = output,
            Error = error,
            ConfigureBuilder = builder => builder.Environment.EnvironmentName = "Production",
        });
        return new CliResult(exit, output.ToString(), error.ToString());
    }
}
