using System.CommandLine;
using Linda.Web.Features.Intake;

namespace Linda.Web.Cli;

public static class ReportsCommand
{
    public static Command Create(LindaProgramOptions options)
    {
        var reports = new Command("reports", "Works with public reports.");
        var input = new Option<FileInfo>("--input") { Description = "Receipts, one per line: reference<TAB>follow-up code.", Required = true };
        var verify = new Command("verify", "Checks that every receipt's report is stored, matches its follow-up code and decrypts. Exit 0 when all do; 2 listing the references that do not.") { input };
        verify.SetAction((result, ct) => LindaCommandLine.RunWithServicesAsync(options, async (services, token) =>
        {
            var path = result.GetValue(input)!;
            if (!path.Exists)
            {
                options.Error.WriteLine($"error: no file {path.FullName}");
                return 1;
            }
            List<ReportReceiptLine> receipts;
            using (var reader = path.OpenText())
            {
                receipts = VerifyReceiptsHandler.Parse(reader, out var badLines);
                foreach (var line in badLines)
                {
                    options.Error.WriteLine($"line {line}: not a reference and follow-up code");
                }
            }
            var check = await services.GetRequiredService<VerifyReceiptsHandler>().CheckAsync(receipts, token);
            foreach (var reference in check.Missing)
            {
                options.Error.WriteLine($"{reference}: missing");
            }
            foreach (var reference in check.WrongCode)
            {
                options.Error.WriteLine($"{reference}: follow-up code does not match");
            }
            foreach (var reference in check.Undecryptable)
            {
                options.Error.WriteLine($"{reference}: does not decrypt");
            }
            options.Output.WriteLine(
                $"{check.Checked} receipts: {check.Checked - check.Missing.Count} present, {check.Missing.Count} missing, " +
                $"{check.WrongCode.Count} with a wrong code, {check.Undecryptable.Count} that do not decrypt.");
            return check.AllIntact ? 0 : 2;
        }, ct));
        reports.Subcommands.Add(verify);
        return reports;
    }
}
