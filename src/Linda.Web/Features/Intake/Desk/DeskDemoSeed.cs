using Linda.Core.Identity;
using Linda.Core.Intake;
using Linda.Core.Phones;
using Linda.Data;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Intake.Desk;

/// <summary>
/// Synthetic signals for the Development desk: every urgency and channel, one overdue P2 for the escalation job, one
/// repeat caller reaching the desk by phone and by the web, counted-only calls, and the demo supervisors on duty.
/// Every name and number is invented. Seeded once, into an empty signal table.
/// </summary>
public static class DeskDemoSeed
{
    /// <summary>The invented number of the repeat caller (Kenyan mobile format).</summary>
    public const string RepeatCallerPhone = "+254700100200";

    public static async Task SeedAsync(IServiceProvider services, LindaDbContext db, CancellationToken ct)
    {
        if (await db.Signals.AnyAsync(ct))
        {
            return;
        }
        var supervisorRole = db.Roles.Where(r => r.Name == StaffRoles.Supervisor).Select(r => r.Id);
        foreach (var supervisor in await db.Users.Where(u => u.IsDemo && db.UserRoles.Any(ur => ur.UserId == u.Id && supervisorRole.Contains(ur.RoleId))).ToListAsync(ct))
        {
            supervisor.OnDuty = true;
        }
        await db.SaveChangesAsync(ct);

        var recorder = services.GetRequiredService<RecordSignalHandler>();
        var today = DateOnly.FromDateTime(db.UtcNow);

        async Task ReportAsync(SignalChannel channel, TimeSpan age, ReportRequest request)
        {
            var (report, errors) = ReportValidator.Validate(request, today);
            if (report is null)
            {
                throw new InvalidOperationException($"Demo report is invalid: {string.Join(" ", errors.Select(e => e.Message))}");
            }
            var recorded = await recorder.RecordReportAsync(report, channel, ct);
            await AgeAsync(db, db.Signals.Where(s => s.Reference == recorded.Reference), age, ct);
        }

        async Task CallAsync(CallType type, string? caller, TimeSpan age, ReportRequest request)
        {
            var report = ReportValidator.Validate(request, today).Report ?? CallTypes.NothingSaid("sw");
            var signal = await recorder.RecordCallAsync(new HotlineCall(type, PhoneNormaliser.ToE164(caller), 95, report, HandledDuringCall: false), ct);
            await AgeAsync(db, db.Signals.Where(s => s.Id == signal.Id), age, ct);
        }

        await ReportAsync(SignalChannel.Web, TimeSpan.FromMinutes(6), new ReportRequest
        {
            Language = "en",
            ReporterRelation = "family",
            Categories = ["locked_in", "threatened"],
            Description = "Demo report: my sister says the employer locked her in the house and threatened her.",
            Country = "SAU",
            City = "Demo City",
            PersonName = "Synthetic Worker One",
            PersonPhone = "+966500000101",
            Contact = new ReportContact { Channel = "whatsapp", SafeTimes = "21:00-22:00", TimeZone = "Asia/Riyadh", DoNotCall = true },
            ConsentToFollowUp = true,
        });
        await ReportAsync(SignalChannel.Api, TimeSpan.FromHours(30), new ReportRequest
        {
            Language = "sw",
            ReporterRelation = "friend",
            Categories = ["detained"],
            Description = "Ripoti ya majaribio: rafiki yangu yuko mahabusu tangu jana.",
            Country = "QAT",
            ConsentToFollowUp = true,
        });
        await ReportAsync(SignalChannel.Web, TimeSpan.FromHours(2), new ReportRequest
        {
            Language = "en",
            ReporterRelation = "self",
            Categories = ["unpaid"],
            Description = "Demo report: I have not been paid for three months.",
            Country = "ARE",
            ConsentToFollowUp = true,
        });
        await ReportAsync(SignalChannel.Web, TimeSpan.FromMinutes(40), new ReportRequest
        {
            Language = "sw",
            ReporterRelation = "family",
            Categories = ["wants_to_return", "no_food_or_care"],
            Description = "Ripoti ya majaribio: kaka yangu hana chakula na anataka kurudi nyumbani.",
            Country = "OMN",
            PersonName = "Synthetic Worker Two",
            PersonPhone = RepeatCallerPhone,
            ConsentToFollowUp = true,
        });

        await CallAsync(CallType.CaseReport, "0711 000 301", TimeSpan.FromMinutes(3), new ReportRequest
        {
            Language = "sw",
            ReporterRelation = "self",
            Categories = ["physical_abuse", "locked_in"],
            Description = "Simu ya majaribio: mwajiri ananipiga na nimefungiwa ndani.",
            Country = "SAU",
        });
        await CallAsync(CallType.FollowUp, "0700 100 200", TimeSpan.FromDays(3) + TimeSpan.FromHours(2), new ReportRequest
        {
            Language = "sw",
            ReporterRelation = "self",
            Categories = ["unpaid"],
            Description = "Simu ya majaribio: bado sijalipwa mshahara.",
            Country = "OMN",
        });
        await CallAsync(CallType.InformationRequest, "0722 000 402", TimeSpan.FromHours(1), new ReportRequest
        {
            Language = "en",
            Description = "Demo call: asked how to check whether an agency is licensed.",
        });
        await CallAsync(CallType.ReferralRequest, "0733 000 503", TimeSpan.FromHours(5), new ReportRequest
        {
            Language = "en",
            Categories = ["other"],
            Description = "Demo call: returnee asking for counselling near home.",
            Country = "KEN",
        });
        await CallAsync(CallType.Silent, "0744 000 604", TimeSpan.FromMinutes(20), new ReportRequest());
        await CallAsync(CallType.WrongNumber, null, TimeSpan.FromMinutes(50), new ReportRequest());
    }

    private static async Task AgeAsync(LindaDbContext db, IQueryable<Signal> query, TimeSpan age, CancellationToken ct)
    {
        var signal = await query.SingleAsync(ct);
        signal.ReceivedAt -= age;
        if (signal.ClosedAt is not null)
        {
            signal.ClosedAt = signal.ReceivedAt;
        }
        await db.SaveChangesAsync(ct);
    }
}
