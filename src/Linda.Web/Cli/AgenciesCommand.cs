using System.CommandLine;
using Linda.Data;
using Linda.Web.Features.Agencies.Oversight;

namespace Linda.Web.Cli;

public static class AgenciesCommand
{
    public static Command Create(LindaProgramOptions options)
    {
        var agencies = new Command("agencies", "Works with the licensed-agency registry.");
        var file = new Option<FileInfo>("--file") { Description = "A CSV in the NEA layout: licenseNumber,agencyName,email,website,serviceType,issueDate,expiryDate,statusOverride.", Required = true };
        var import = new Command("import", "Imports a registry extract. Re-importing updates changed rows and keeps their history; bad rows are listed and skipped.") { file };
        import.SetAction((result, ct) => LindaCommandLine.RunWithServicesAsync(options, async (services, token) =>
        {
            var path = result.GetValue(file)!;
            if (!path.Exists)
            {
                options.Error.WriteLine($"error: no file {path.FullName}");
                return 1;
            }
            await services.PrepareLindaDatabaseAsync(migrate: true, token);
            var interactive = ReferenceEquals(options.Output, Console.Out) && !Console.IsOutputRedirected;
            var progress = new Progress<(int Done, int Total)>(p =>
            {
                if (interactive)
                {
                    options.Output.Write($"\rImporting {p.Done}/{p.Total} rows…");
                }
            });
            using var reader = path.OpenText();
            var handler = services.GetRequiredService<ImportRegistryHandler>();
            // Recorded like an upload, so the officers' list of imports shows this one too.
            var run = await handler.StartAsync(path.Name, token);
            var summary = await handler.HandleAsync(reader, path.Name, run, progress, token);
            if (interactive)
            {
                options.Output.WriteLine();
            }
            foreach (var rejection in summary.Rejected)
            {
                options.Error.WriteLine($"line {rejection.Line}: rejected: {rejection.Reason}");
            }
            foreach (var warning in summary.Warnings)
            {
                options.Error.WriteLine($"line {warning.Line}: warning: {warning.Reason}");
            }
            options.Output.WriteLine($"{summary.Added} added, {summary.Updated} updated, {summary.Unchanged} unchanged, {summary.Rejected.Count} rejected.");
            return summary.Rejected.Count > 0 && summary.Added + summary.Updated + summary.Unchanged == 0 ? 1 : 0;
        }, ct));
        agencies.Subcommands.Add(import);
        return agencies;
    }
}
