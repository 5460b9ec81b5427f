using Linda.Core.Identity;
using Linda.Core.Intake;
using Linda.Web.Features.Intake.Desk;
using Linda.Web.Tests.Admin;
using Linda.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Linda.Web.Tests.Intake.Desk;

public sealed class QueueTests
{
    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Queue_IsSortedByUrgencyThenWaitingTime_WithTimeLeftToEachTarget(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        var clock = DeskSession.Clock();
        await using var app = DeskSession.App(db, clock);
        var (client, _) = await app.SignInAsync(StaffRoles.HotlineOperator);
        var p3 = await app.ReportAsync(["unpaid"], personName: "Synthetic Hidden Name", description: "Synthetic secret narrative");
        clock.Advance(TimeSpan.FromMinutes(1));
        var olderP1 = await app.ReportAsync(["locked_in", "threatened"], channel: SignalChannel.Api);
        clock.Advance(TimeSpan.FromMinutes(1));
        var p2 = await app.ReportAsync(["detained"], country: "QAT");
        clock.Advance(TimeSpan.FromMinutes(1));
        var newerP1 = await app.ReportAsync(description: "He is beating me right now");
        var p4 = await app.ReportAsync(description: "How do I check an agency licence?");
        clock.Advance(TimeSpan.FromMinutes(16));

        var html = await client.GetHtmlAsync("/staff/desk");

        var rows = AdminSession.TableRows(html, "queue");
        rows.Select(r => r[1]).ShouldBe([olderP1.Reference, newerP1.Reference, p2.Reference, p3.Reference, p4.Reference]);
        rows.Select(r => r[4]).ShouldBe(["overdue by 3 min", "overdue by 1 min", "23 h 43 min left", "2 d 23 h left", "6 d 23 h left"]);
        rows[0][0].ShouldBe("P1 (suggested)");
        rows[0][2].ShouldBe("Api");
        rows[0][6].ShouldBe("locked in and threatened; cannot leave; threatened");
        rows[0][7].ShouldBe("locked in / cannot leave, threatened");
        rows[2][8].ShouldBe("Qatar");
        html.ShouldContain("<td class=\"overdue\">overdue by 3 min</td>");
        html.ShouldNotContain("Synthetic Hidden Name");
        html.ShouldNotContain("Synthetic secret narrative");
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Queue_EscalatedSignal_FloatsToTheTopOfItsUrgencyAndIsMarked(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        var clock = DeskSession.Clock();
        await using var app = DeskSession.App(db, clock);
        var operatorUser = await app.CreateUserAsync(StaffRoles.HotlineOperator);
        var older = await app.ReportAsync(["stranded"]);
        clock.Advance(TimeSpan.FromMinutes(5));
        var newer = await app.ReportAsync(["stranded"]);
        var p1 = await app.ReportAsync(["locked_in", "threatened"]);
        await app.WorkAsync(operatorUser, (w, _) => w.RespondAsync(older.Id, default));
        await app.WorkAsync(operatorUser, (w, _) => w.RespondAsync(p1.Id, default));
        clock.Advance(TimeSpan.FromHours(25));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // Only the newer P2 is overdue and unanswered: the older one and the P1 were responded to.
            (await scope.ServiceProvider.GetRequiredService<EscalateOverdueSignalsHandler>().RunAsync(default)).ShouldBe([newer.Reference]);
        }
        using var client = app.CreateBrowserClient();
        await client.SignInAndEnrolTwoFactorAsync(operatorUser.Email!);

        var rows = AdminSession.TableRows(await client.GetHtmlAsync("/staff/desk"), "queue");

        rows.Select(r => r[1]).ShouldBe([p1.Reference, newer.Reference, older.Reference]);
        rows[1][0].ShouldBe("P2 (suggested) escalated");
        rows[2][0].ShouldBe("P2 (suggested)");
        rows[0][4].ShouldBe("responded");
    }

    [Fact]
    public async Task Queue_ResponseTargetsComeFromConfiguration()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        var clock = DeskSession.Clock();
        await using var app = DeskSession.App(db, clock).With("Linda:Intake:ResponseTargets:P1", "00:05:00");
        var (client, _) = await app.SignInAsync(StaffRoles.HotlineOperator);
        await app.ReportAsync(["locked_in", "threatened"]);
        clock.Advance(TimeSpan.FromMinutes(6));

        var html = await client.GetHtmlAsync("/staff/desk");

        AdminSession.TableRows(html, "queue").ShouldHaveSingleItem()[4].ShouldBe("overdue by 1 min");
        html.ShouldContain("P1 5 min, P2 24 h, P3 3 d, P4 7 d");
    }

    [Theory]
    [InlineData("Linda:Intake:ResponseTargets:P1=2.00:00:00", "must not be shorter than for P1")]
    [InlineData("Linda:Intake:ResponseTargets:P3=-01:00:00", "The response target for P3 must be positive")]
    [InlineData("Linda:Intake:ResponseTargets:P2=a day", "Linda:Intake:ResponseTargets:P2")]
    public async Task InvalidResponseTargets_StopStartUpWithAClearMessage(string setting, string message)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);

        var serve = await CliRunner.RunAsync(db, "serve", "--urls", "http://127.0.0.1:0", "--" + setting);

        serve.ExitCode.ShouldBe(1);
        serve.Error.ShouldContain("Linda:Intake is not valid");
        serve.Error.ShouldContain(message);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Find_AReferenceAsACallerReadsItOut_OpensTheSignal_EvenWhenItLeftTheQueue(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = DeskSession.App(db, DeskSession.Clock());
        var (client, user) = await app.SignInAsync(StaffRoles.HotlineOperator);
        var open = await app.ReportAsync(["unpaid"]);
        var closed = await app.ReportAsync(description: "How do I check an agency licence?");
        (await app.WorkAsync(user, (w, _) => w.CloseAsync(closed.Id, nonActionable: true, "Synthetic: information only", default))).Succeeded.ShouldBeTrue();
        var spoken = open.Reference.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant();

        var found = await client.PostFieldsAsync("/staff/desk", [("reference", spoken)], postUrl: "/staff/desk?handler=Find");
        var foundClosed = await client.PostFieldsAsync("/staff/desk", [("reference", closed.Reference[3..])], postUrl: "/staff/desk?handler=Find");

        found.RedirectTarget().ShouldBe($"/staff/desk/signals/{open.Id}");
        foundClosed.RedirectTarget().ShouldBe($"/staff/desk/signals/{closed.Id}");
        AdminSession.TableRows(await client.GetHtmlAsync("/staff/desk"), "queue").Select(r => r[1]).ShouldNotContain(closed.Reference);
    }

    [Theory]
    [InlineData("LR-2222-2222", "There is no signal LR-2222-2222.")]
    [InlineData("not a reference", "Enter a signal reference, e.g. LR-7K3M-Q9P2.")]
    [InlineData("", "Enter a signal reference, e.g. LR-7K3M-Q9P2.")]
    public async Task Find_AnUnknownOrMistypedReference_IsExplainedOnTheDesk(string typed, string message)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = DeskSession.App(db, DeskSession.Clock());
        var (client, _) = await app.SignInAsync(StaffRoles.HotlineOperator);

        var response = await client.PostFieldsAsync("/staff/desk", [("reference", typed)], postUrl: "/staff/desk?handler=Find");

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        var html = await response.HtmlAsync();
        AdminSession.FieldError(html, "reference").ShouldBe(message);
        html.ShouldContain("data-testid=\"queue\"");
    }
}
