using Linda.Core.Identity;
using Linda.Core.Triage;
using Linda.Web.Features.Intake.Desk;
using Linda.Web.Tests.Admin;
using Linda.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linda.Web.Tests.Intake.Desk;

public sealed class EscalationTests
{
    private static async Task<IReadOnlyList<string>> RunJobAsync(LindaAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EscalateOverdueSignalsHandler>().RunAsync(default);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Escalation_TwoInstancesAtOnce_EscalateEachBreachExactlyOnce(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        var clock = DeskSession.Clock();
        await using var first = DeskSession.App(db, clock);
        await using var second = DeskSession.App(db, clock);
        var supervisors = new[] { await first.CreateUserAsync(StaffRoles.Supervisor), await first.CreateUserAsync(StaffRoles.Supervisor) };
        foreach (var supervisor in supervisors)
        {
            await first.SetOnDutyAsync(supervisor, true);
        }
        var offDuty = await first.CreateUserAsync(StaffRoles.Supervisor);
        var operatorUser = await first.CreateUserAsync(StaffRoles.HotlineOperator);
        var overdue = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            overdue.Add((await first.ReportAsync(["detained"])).Reference);
        }
        overdue.Add((await first.ReportAsync(["locked_in", "threatened"])).Reference);
        var responded = await first.ReportAsync(["detained"]);
        await first.WorkAsync(operatorUser, (w, _) => w.RespondAsync(responded.Id, default));
        var closed = await first.ReportAsync(["detained"]);
        await first.WorkAsync(operatorUser, (w, _) => w.CloseAsync(closed.Id, nonActionable: true, "Duplicate call", default));
        var notYetDue = await first.ReportAsync(["unpaid"]);
        await second.QueryAsync(d => d.Signals.CountAsync());
        clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() => RunJobAsync(i % 2 == 0 ? first : second))));

        var escalated = runs.SelectMany(r => r).ToList();
        escalated.ShouldBe(overdue, ignoreOrder: true);
        var notices = await first.QueryAsync(d => d.StaffNotifications.AsNoTracking().Where(n => n.Kind == "escalation").ToListAsync());
        notices.Count.ShouldBe(overdue.Count * supervisors.Length);
        notices.Select(n => n.UserId).Distinct().ShouldBe(supervisors.Select(s => s.Id), ignoreOrder: true);
        notices.ShouldNotContain(n => n.UserId == offDuty.Id);
        (await first.QueryAsync(d => d.Outbox.CountAsync(m => m.Kind == "notification.escalation"))).ShouldBe(overdue.Count * supervisors.Length);
        (await first.SignalAsync(notYetDue.Id)).EscalatedAt.ShouldBeNull();
        (await RunJobAsync(second)).ShouldBeEmpty();
        (await CliRunner.RunAsync(db, "audit", "verify")).ExitCode.ShouldBe(0);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Escalation_ReTriagedMoreUrgent_IsANewBreachThatEscalatesAgain(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        var clock = DeskSession.Clock();
        await using var app = DeskSession.App(db, clock);
        var supervisor = await app.CreateUserAsync(StaffRoles.Supervisor);
        await app.SetOnDutyAsync(supervisor, true);
        var operatorUser = await app.CreateUserAsync(StaffRoles.HotlineOperator);
        var signal = await app.ReportAsync(["unpaid"]);
        clock.Advance(TimeSpan.FromHours(73));
        (await RunJobAsync(app)).ShouldBe([signal.Reference]);

        // Less urgent keeps the escalation; more urgent starts a new, shorter target that is already missed.
        await app.WorkAsync(operatorUser, (w, a) => w.TriageAsync(signal.Id, Urgency.P4, "Only wants information now", a, default));
        (await app.SignalAsync(signal.Id)).EscalatedAt.ShouldNotBeNull();
        (await RunJobAsync(app)).ShouldBeEmpty();
        await app.WorkAsync(operatorUser, (w, a) => w.TriageAsync(signal.Id, Urgency.P2, "Employer now threatens deportation", a, default));
        (await app.SignalAsync(signal.Id)).EscalatedAt.ShouldBeNull();

        (await RunJobAsync(app)).ShouldBe([signal.Reference]);
        (await RunJobAsync(app)).ShouldBeEmpty();
        var texts = await app.QueryAsync(d => d.StaffNotifications.Where(n => n.Kind == "escalation").OrderBy(n => n.Id).Select(n => n.Text).ToListAsync());
        texts.ShouldBe(
        [
            $"Escalation: P3 report {signal.Reference} missed its 3 d response target (waiting 3 d 1 h).",
            $"Escalation: P2 report {signal.Reference} missed its 24 h response target (waiting 3 d 1 h).",
        ]);
    }

    [Fact]
    public async Task Notifications_PageListsOnlyMine_CountsUnread_AndMarksRead()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        var clock = DeskSession.Clock();
        await using var app = DeskSession.App(db, clock);
        var (client, supervisor) = await app.SignInAsync(StaffRoles.Supervisor);
        var other = await app.CreateUserAsync(StaffRoles.Supervisor);
        await app.SetOnDutyAsync(supervisor, true);
        await app.SetOnDutyAsync(other, true);
        var p1 = await app.ReportAsync(["locked_in", "threatened"]);
        var p1Again = await app.ReportAsync(description: "He is beating me");

        var before = await client.GetHtmlAsync("/staff/notifications");
        var markOne = await client.PostFieldsAsync("/staff/notifications",
            [("notificationId", (await app.QueryAsync(d => d.StaffNotifications.Where(n => n.UserId == supervisor.Id && n.SignalId == p1.Id).Select(n => n.Id).SingleAsync())).ToString())],
            "/staff/notifications?handler=Read");
        var afterOne = await client.FollowAsync(markOne);
        var markAll = await client.PostFieldsAsync("/staff/notifications", [], "/staff/notifications?handler=Read");
        var afterAll = await client.FollowAsync(markAll);

        before.ShouldContain("data-testid=\"unread-badge\"> 2<");
        var rows = AdminSession.TableRows(before, "notifications");
        rows.Count.ShouldBe(2);
        rows.Select(r => r[2]).ShouldBe([$"P1 report {p1Again.Reference}: violence now", $"P1 report {p1.Reference}: locked in threatened"], ignoreOrder: true);
        afterOne.ShouldContain("data-testid=\"unread\">1 unread<");
        afterAll.ShouldContain("data-testid=\"unread\">0 unread<");
        afterAll.ShouldNotContain("unread-badge");
        (await app.QueryAsync(d => d.StaffNotifications.CountAsync(n => n.UserId == other.Id && n.ReadAt == null))).ShouldBe(2);
    }

    [Fact]
    public async Task Duty_SupervisorTogglesOnTheDesk_OperatorCannot()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = DeskSession.App(db, DeskSession.Clock());
        var (supervisorClient, supervisor) = await app.SignInAsync(StaffRoles.Supervisor, "Synthetic Supervisor Omega");
        var (operatorClient, _) = await app.SignInAsync(StaffRoles.HotlineOperator);
        (await operatorClient.GetHtmlAsync("/staff/desk")).ShouldContain("No supervisor is on duty");

        var on = await supervisorClient.PostFieldsAsync("/staff/desk", [("onDuty", "true")], "/staff/desk?handler=Duty");
        var denied = await operatorClient.PostFieldsAsync("/staff/desk", [("onDuty", "true")], "/staff/desk?handler=Duty");

        (await supervisorClient.FollowAsync(on)).ShouldContain("data-testid=\"my-duty\">on duty<");
        (await app.QueryAsync(d => d.Users.SingleAsync(u => u.Id == supervisor.Id))).OnDuty.ShouldBeTrue();
        (await operatorClient.GetHtmlAsync("/staff/desk")).ShouldContain("data-testid=\"on-duty\">Synthetic Supervisor Omega<");
        denied.RedirectTarget().ShouldStartWith("/staff/account/denied");
        var off = await supervisorClient.PostFieldsAsync("/staff/desk", [("onDuty", "false")], "/staff/desk?handler=Duty");
        (await supervisorClient.FollowAsync(off)).ShouldContain("data-testid=\"my-duty\">off duty<");
    }
}
