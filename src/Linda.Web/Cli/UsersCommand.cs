using System.CommandLine;
using Linda.Core.Identity;
using Linda.Data;
using Linda.Web.Features.Admin.Users;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Cli;

public static class UsersCommand
{
    public static Command Create(LindaProgramOptions options)
    {
        var users = new Command("users", "Manages staff accounts.");
        users.Subcommands.Add(Add(options));
        users.Subcommands.Add(List(options));
        return users;
    }

    private static Command Add(LindaProgramOptions options)
    {
        var email = new Option<string>("--email") { Description = "The user's e-mail address (their sign-in name).", Required = true };
        var role = new Option<string>("--role") { Description = $"One of: {string.Join(", ", StaffRoles.All)}.", Required = true };
        var org = new Option<string>("--org") { Description = "The organisation's name or id.", Required = true };
        var password = new Option<string?>("--password") { Description = "The initial password (at least 12 characters). When omitted, one is generated and printed." };
        var name = new Option<string?>("--name") { Description = "The user's full name (stored encrypted)." };
        var command = new Command("add", "Creates a staff user and prints a generated password when none is given.") { email, role, org, password, name };
        command.SetAction((result, ct) => LindaCommandLine.RunWithServicesAsync(options, async (services, token) =>
        {
            await services.PrepareLindaDatabaseAsync(migrate: true, token);
            var handler = services.GetRequiredService<CreateStaffUserHandler>();
            var outcome = await handler.HandleAsync(new CreateStaffUser(
                result.GetValue(email)!, result.GetValue(role)!, result.GetValue(org)!, result.GetValue(password), result.GetValue(name)), token);
            if (!outcome.Succeeded)
            {
                foreach (var error in outcome.Errors)
                {
                    options.Error.WriteLine($"error: {error}");
                }
                return 1;
            }
            options.Output.WriteLine($"Created {outcome.User!.Email} ({StaffRoles.Parse(result.GetValue(role))}).");
            if (outcome.GeneratedPassword is not null)
            {
                options.Output.WriteLine($"Password: {outcome.GeneratedPassword}");
                options.Output.WriteLine("Give it to the user through a safe channel; they set up two-factor sign-in at first sign-in.");
            }
            return 0;
        }, ct));
        return command;
    }

    private static Command List(LindaProgramOptions options)
    {
        var command = new Command("list", "Lists staff users: e-mail, roles, organisation, two-factor and disabled state.");
        command.SetAction((_, ct) => LindaCommandLine.RunWithServicesAsync(options, async (services, token) =>
        {
            var db = services.GetRequiredService<LindaDbContext>();
            var rows = await (
                from u in db.Users.AsNoTracking()
                join o in db.Organisations on u.OrganisationId equals o.Id
                orderby u.Email
                select new
                {
                    u.Email,
                    Organisation = o.Name,
                    u.TwoFactorEnabled,
                    u.IsDisabled,
                    Roles = (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == u.Id select r.Name).ToList(),
                }).ToListAsync(token);
            foreach (var row in rows)
            {
                options.Output.WriteLine(
                    $"{row.Email}\t{string.Join(",", row.Roles)}\t{row.Organisation}\t2FA:{(row.TwoFactorEnabled ? "on" : "off")}{(row.IsDisabled ? "\tdisabled" : "")}");
            }
            return 0;
        }, ct));
        return command;
    }
}
