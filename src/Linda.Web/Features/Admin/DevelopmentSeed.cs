using Linda.Core.Identity;
using Linda.Core.Organisations;
using Linda.Data;
using Linda.Web.Features.Admin.Users;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Admin;

/// <summary>
/// Synthetic demo data for Development: four organisations, one account per role and the hotline desk's demo
/// signals (<see cref="Intake.Desk.DeskDemoSeed"/>). Every name is
/// invented; demo accounts are refused sign-in in any other environment.
/// </summary>
public static class DevelopmentSeed
{
    public const string DemoPassword = "linda-demo-password";

    public static readonly IReadOnlyList<(string Name, OrganisationKind Kind, string County)> Organisations =
    [
        ("Demo Safe Migration Network", OrganisationKind.Ngo, "047"),
        ("Demo Employment Regulator", OrganisationKind.Regulator, "047"),
        ("Demo Counselling Centre", OrganisationKind.PartnerService, "001"),
        ("Demo Legal Aid Clinic", OrganisationKind.PartnerService, "042"),
    ];

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new(StaffRoles.HotlineOperator, "operator@linda-demo.example", "Demo Operator", 0),
        new(StaffRoles.Caseworker, "caseworker@linda-demo.example", "Demo Caseworker", 0),
        new(StaffRoles.Supervisor, "supervisor@linda-demo.example", "Demo Supervisor", 0),
        new(StaffRoles.PartnerUser, "partner@linda-demo.example", "Demo Counsellor", 2),
        new(StaffRoles.OversightOfficer, "officer@linda-demo.example", "Demo Oversight Officer", 1),
        new(StaffRoles.Analyst, "analyst@linda-demo.example", "Demo Analyst", 0),
        new(StaffRoles.Admin, "admin@linda-demo.example", "Demo Administrator", 0),
    ];

    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LindaDbContext>();
        foreach (var (name, kind, county) in Organisations)
        {
            if (!await db.Organisations.AnyAsync(o => o.Name == name, ct))
            {
                db.Organisations.Add(new Organisation { Name = name, Kind = kind, CountyCode = county, CreatedAt = db.UtcNow });
            }
        }
        await db.SaveChangesAsync(ct);

        await ImportRegistryAsync(scope.ServiceProvider, db, ct);

        var handler = scope.ServiceProvider.GetRequiredService<CreateStaffUserHandler>();
        foreach (var account in Accounts)
        {
            if (await db.Users.AnyAsync(u => u.NormalizedEmail == account.Email.ToUpperInvariant(), ct))
            {
                continue;
            }
            var result = await handler.HandleAsync(new CreateStaffUser(
                account.Email, account.Role, Organisations[account.OrganisationIndex].Name, DemoPassword, account.FullName, IsDemo: true), ct);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Could not seed the demo {account.Role}: {string.Join(" ", result.Errors)}");
            }
        }

        var officer = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == "OFFICER@LINDA-DEMO.EXAMPLE").Select(u => u.Id).FirstOrDefaultAsync(ct);
        await Agencies.Feedback.FeedbackDemoSeed.SeedAsync(scope.ServiceProvider, officer == default ? null : officer.ToString(), ct);
        await Intake.Desk.DeskDemoSeed.SeedAsync(scope.ServiceProvider, db, ct);
    }

    /// <summary>
    /// The public NEA registry extract shipped in the repository (real, public data), so agency verification
    /// works on a fresh checkout. Only when the registry is empty.
    /// </summary>
    private static async Task ImportRegistryAsync(IServiceProvider services, LindaDbContext db, CancellationToken ct)
    {
        if (await db.Agencies.AnyAsync(ct))
        {
            return;
        }
        var folder = new DirectoryInfo(services.GetRequiredService<IHostEnvironment>().ContentRootPath);
        for (var i = 0; i < 4 && folder is not null; i++, folder = folder.Parent)
        {
            var file = Path.Combine(folder.FullName, "data", RegistryFileName);
            if (File.Exists(file))
            {
                using var reader = File.OpenText(file);
                await services.GetRequiredService<Agencies.Oversight.ImportRegistryHandler>().HandleAsync(reader, RegistryFileName, ct: ct);
                return;
            }
        }
    }

    public const string RegistryFileName = "nea-registry-2026-07.csv";

    public sealed record DemoAccount(string Role, string Email, string FullName, int OrganisationIndex);
}
