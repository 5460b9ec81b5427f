using System.Net;
using Linda.Core.Identity;
using Linda.Core.Intake;
using Linda.Web.Tests.Admin;
using Linda.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Tests.Intake.Desk;

public sealed class ClaimTests
{
    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Claim_TwoOperatorsAtOnce_ExactlyOneWins(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = DeskSession.App(db, DeskSession.Clock());
        var first = await app.CreateUserAsync(StaffRoles.HotlineOperator);
        var second = await app.CreateUserAsync(StaffRoles.HotlineOperator);

        for (var round = 0; round < 5; round++)
        {
            var signal = await app.ReportAsync(["unpaid"]);
            using var start = new SemaphoreSlim(0);
            async Task<Features.Intake.Desk.WorkResult> ClaimAsync(Data.Identity.StaffUser who)
            {
                await start.WaitAsync();
                return await app.WorkAsync(who, (w, actor) => w.ClaimAsync(signal.Id, actor, default));
            }
            var claims = new[] { Task.Run(() => ClaimAsync(first)), Task.Run(() => ClaimAsync(second)) };
            start.Release(2);
            var results = await Task.WhenAll(claims);

            results.Count(r => r.Succeeded).ShouldBe(1, $"round {round}");
            var winner = results[0].Succeeded ? first : second;
            results.Single(r => !r.Succeeded).Message.ShouldContain("Someone else claimed this signal first");
            var stored = await app.SignalAsync(signal.Id);
            stored.ClaimedById.ShouldBe(winner.Id);
            stored.Status.ShouldBe(SignalStatus.InProgress);
        }
        var claimAudits = await app.QueryAsync(d => d.AuditEvents.CountAsync(e => e.SubjectType == "Signal" && e.ChangedProperties != null && e.ChangedProperties.StartsWith("ClaimedById")));
        claimAudits.ShouldBe(5);
        (await CliRunner.RunAsync(db, "audit", "verify")).ExitCode.ShouldBe(0);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Claim_TwoBrowsersAtOnce_TheLoserIsToldWhoHasIt(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = DeskSession.App(db, DeskSession.Clock());
        var (alice, aliceUser) = await app.SignInAsync(StaffRoles.HotlineOperator, "Synthetic Operator Alpha");
        var (bob, bobUser) = await app.SignInAsync(StaffRoles.HotlineOperator, "Synthetic Operator Beta");
        var signal = await app.ReportAsync(["detained"]);
        var page = $"/staff/desk/signals/{signal.Id}";
        var (_, aliceToken) = await alice.GetFormAsync(page);
        var (_, bobToken) = await bob.GetFormAsync(page);

        var responses = await Task.WhenAll(
            alice.PostAsync(page + "?handler=Claim", new FormUrlEncodedContent([new("__RequestVerificationToken", aliceToken)])),
            bob.PostAsync(page + "?handler=Claim", new FormUrlEncodedContent([new("__RequestVerificationToken", bobToken)])));

        responses.Count(r => r.StatusCode == HttpStatusCode.Redirect).ShouldBe(1);
        var aliceWon = responses[0].StatusCode == HttpStatusCode.Redirect;
        var (winner, loserResponse, winnerName) = aliceWon ? (alice, responses[1], "Synthetic Operator Alpha") : (bob, responses[0], "Synthetic Operator Beta");
        loserResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await loserResponse.HtmlAsync()).ShouldContain($"Someone else claimed this signal first: {winnerName} is handling it.");
        var winnerPage = await winner.FollowAsync(aliceWon ? responses[0] : responses[1]);
        winnerPage.ShouldContain("You have claimed this signal.");
        winnerPage.ShouldContain("data-testid=\"claimed-by\">you<");
        (await app.SignalAsync(signal.Id)).ClaimedById.ShouldBe(aliceWon ? aliceUser.Id : bobUser.Id);
    }

    [Fact]
    public async Task ReleaseAndAssign_OnlyTheHolderOrASupervisor()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = DeskSession.App(db, DeskSession.Clock());
        var holder = await app.CreateUserAsync(StaffRoles.HotlineOperator);
        var other = await app.CreateUserAsync(StaffRoles.HotlineOperator);
        var supervisor = await app.CreateUserAsync(StaffRoles.Supervisor);
        var caseworker = await app.CreateUserAsync(StaffRoles.Caseworker);
        var signal = await app.ReportAsync(["unpaid"]);
        (await app.WorkAsync(holder, (w, a) => w.ClaimAsync(signal.Id, a, default))).Succeeded.ShouldBeTrue();

        (await app.WorkAsync(other, (w, a) => w.ReleaseAsync(signal.Id, a, default))).Succeeded.ShouldBeFalse();
        (await app.WorkAsync(other, (w, a) => w.AssignAsync(signal.Id, other.Id, a, default))).Succeeded.ShouldBeFalse();
        (await app.WorkAsync(holder, (w, a) => w.AssignAsync(signal.Id, caseworker.Id, a, default))).Message.ShouldContain("works the desk");
        (await app.SignalAsync(signal.Id)).ClaimedById.ShouldBe(holder.Id);

        (await app.WorkAsync(holder, (w, a) => w.AssignAsync(signal.Id, other.Id, a, default))).Succeeded.ShouldBeTrue();
        (await app.SignalAsync(signal.Id)).ClaimedById.ShouldBe(other.Id);
        (await app.WorkAsync(supervisor, (w, a) => w.ReleaseAsync(signal.Id, a, default))).Succeeded.ShouldBeTrue();
        var released = await app.SignalAsync(signal.Id);
        released.ClaimedById.ShouldBeNull();
        released.Status.ShouldBe(SignalStatus.Open);
    }
}
