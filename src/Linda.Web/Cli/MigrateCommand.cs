using System.CommandLine;
using Linda.Data;

namespace Linda.Web.Cli;

public static class MigrateCommand
{
    public static Command Create(LindaProgramOptions options)
    {
        var command = new Command("migrate", "Applies pending database migrations for the configured provider (Database:Provider).");
        command.SetAction((_, ct) => LindaCommandLine.RunWithServicesAsync(options, async (services, token) =>
        {
            await services.PrepareLindaDatabaseAsync(migrate: true, token);
            var settings = services.GetRequiredService<DatabaseSettings>();
            options.Output.WriteLine($"Database is up to date ({settings.Provider}).");
            return 0;
        }, ct));
        return command;
    }
}
