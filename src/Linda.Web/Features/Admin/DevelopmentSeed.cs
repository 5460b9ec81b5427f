using Linda.Core.Agencies;
using Linda.Core.Identity;
using Linda.Core.Organisations;
using Linda.Core.Reference;
using Linda.Data;
using Linda.Web.Features.Admin.Users;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Admin;

/// <summary>
/// Synthetic demo data for Development: four organisations, one account per role and the hotline desk's demo
/// signals (<see cref="Intake.Desk.DeskDemoSeed"/>) and monitored job ads
/// (<see cref="Offers.Monitoring.AdMonitoringDemoSeed"/>). Every name is
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
        await SeedAgencyProfilesAsync(db, ct);

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
        await Offers.Monitoring.AdMonitoringDemoSeed.SeedAsync(scope.ServiceProvider, db, ct);
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

    /// <summary>Who the demo's aliases, contacts and destinations were added by.</summary>
    public const string ProfileSeeder = "demo-seed";

    /// <summary>
    /// Synthetic other names, phone numbers (+254 700 000 1xx, a block no operator uses) and destinations on a few
    /// registry agencies, so that the agency page and verification by alias or phone can be tried. One phone number is
    /// shared by two agencies, as look-alikes often do. Only once, and only for agencies that are in the registry.
    /// </summary>
    public static readonly IReadOnlyList<DemoProfile> AgencyProfiles =
    [
        new("RA/2025/12/20", ["Bahari Gulf Placements"], ["+254700000101"], ["SAU", "QAT"]),
        new("RA/2026/03/6", [], ["+254700000102", "+254700000199"], ["ARE"]),
        new("RA/2025/10/24", ["Riverside Gulf Jobs"], ["+254700000199"], ["SAU", "OMN"]),
        new("RA/2026/03/8", [], ["+254700000103"], ["KWT", "SAU"]),
    ];

    private static async Task SeedAgencyProfilesAsync(LindaDbContext db, CancellationToken ct)
    {
        if (await db.AgencyAliases.AnyAsync(ct) || await db.AgencyContacts.AnyAsync(ct) || await db.AgencyDestinations.AnyAsync(ct))
        {
            return;
        }
        var now = db.UtcNow;
        foreach (var profile in AgencyProfiles)
        {
            var key = LicenceNumbers.Normalise(profile.LicenceNumber);
            var agency = await db.Agencies.FirstOrDefaultAsync(a => a.LicenceKey == key, ct);
            if (agency is null)
            {
                continue;
            }
            void History(AgencyChange change, string to) => db.AgencyHistory.Add(new AgencyHistoryEntry
            {
                AgencyId = agency.Id,
                OccurredAt = now,
                Change = change,
                To = to,
                Source = ProfileSeeder,
            });
            foreach (var alias in profile.Aliases)
            {
                db.AgencyAliases.Add(new AgencyAlias { AgencyId = agency.Id, Name = alias, AddedBy = ProfileSeeder, AddedAt = now });
                History(AgencyChange.AliasAdded, alias);
            }
            foreach (var phone in profile.Phones)
            {
                db.AgencyContacts.Add(new AgencyContact { AgencyId = agency.Id, Kind = AgencyContactKind.Phone, Value = phone, AddedBy = ProfileSeeder, AddedAt = now });
                History(AgencyChange.ContactAdded, $"{AgencyContactKind.Phone} {phone}");
            }
            foreach (var code in profile.Destinations)
            {
                db.AgencyDestinations.Add(new AgencyDestination { AgencyId = agency.Id, Country = code, AddedBy = ProfileSeeder, AddedAt = now });
                History(AgencyChange.DestinationAdded, $"{Countries.Find(code)!.Name} ({code})");
            }
        }
        await db.SaveChangesAsync(ct);
    }

    public sealed record DemoProfile(string LicenceNumber, IReadOnlyList<string> Aliases, IReadOnlyList<string> Phones, IReadOnlyList<string> Destinations);

    public sealed record DemoAccount(string Role, string Email, string FullName, int OrganisationIndex);
}
