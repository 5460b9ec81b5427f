using System.CommandLine;
using Linda.Data;
using Linda.Data.Auditing;

namespace Linda.Web.Cli;

public static class AuditCommand
{
    public static Command Create(LindaProgramOptions options)
    {
        var audit = new Command("audit", "Works with the tamper-evident audit log.");
        var verify = new Command("verify", "Checks the audit log's hash chain. Exit 0 when intact; 2 naming the first broken entry otherwise.");
        verify.SetAction((_, ct) => LindaCommandLine.RunWithServicesAsync(options, async (services, token) =>
        {
            var result = await AuditLogVerifier.VerifyAsync(services.GetRequiredService<LindaDbContext>(), token);
            if (result.IsIntact)
            {
                options.Output.WriteLine($"Audit chain intact: {result.EntriesChecked} entries.");
                return 0;
            }
            options.Error.WriteLine($"Audit chain broken at entry {result.FirstBrokenSequence}: {result.Reason}. {result.EntriesChecked} entries before it are intact.");
            return 2;
        }, ct));
        audit.Subcommands.Add(verify);
        return audit;
    }
}
