using System.Net;
using Linda.Core.Identity;
using Linda.Core.Intake;
using Linda.Core.Triage;
using Linda.Web.Tests.Admin;
using Linda.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Tests.Intake.Desk;

public sealed class SignalPageTests
{
    private static string Page(Signal signal) => $"/staff/desk/signals/{signal.Id}";

    private static Task<HttpResponseMessage> ActAsync(HttpClient client, Signal signal, string handler, params (string, string)[] fields) =>
        client.PostFieldsAsync(Page(signal), fields, $"{Page(signal)}?handler={handler}");

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task SignalPage_ShowsEveryDetailDecrypted_AndAuditsEachView(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = DeskSession.App(db, DeskSession.Clock());
        var (client, operatorUser) = await app.SignInAsync(StaffRoles.HotlineOperator);
        var signal = await app.ReportAsync(["locked_in"], "They took my passport and I cannot leave the house", personName: "Synthetic Person Kappa", personPhone: "+966 50 000 0102");

        var html = await client.GetHtmlAsync(Page(signal));
        await client.GetHtmlAsync(Page(signal));

        html.ShouldContain("Synthetic Person Kappa");
        html.ShouldContain("+966500000102");
        html.ShouldContain("They took my passport and I cannot leave the house");
        html.ShouldContain("P2: cannot leave");
        html.ShouldContain("ticked \"locked in / cannot leave\"");
        html.ShouldContain("said \"took my passport\"");
        var reads = await app.QueryAsync(d => d.AuditEvents.Where(e => e.Action == "signal.read").ToListAsync());
        reads.Count.ShouldBe(2);
        reads.ShouldAllBe(e => e.SubjectType == "Signal" && e.SubjectId == signal.Id.ToString() && e.ActorId == operatorUser.Id.ToString());
        (await client.GetAsync($"/staff/desk/signals/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Triage_ConfirmingNeedsNoReason_OverridingNeedsOne_AndBothAreKept(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = DeskSession.App(db, DeskSession.Clock());
        var (client, operatorUser) = await app.SignInAsync(StaffRoles.HotlineOperator);
        var confirmed = await app.ReportAsync(["unpaid"]);
        var overridden = await app.ReportAsync(["unpaid"]);

        var confirm = await client.FollowAsync(await ActAsync(client, confirmed, "Triage", ("urgency", "P3")));
        var noReason = await ActAsync(client, overridden, "Triage", ("urgency", "P2"), ("reason", "  "));
        var page = await client.FollowAsync(await ActAsync(client, overridden, "Triage", ("urgency", "P2"), ("reason", "Employer took her phone today; she called from a neighbour's")));

        confirm.ShouldContain("Urgency P3 confirmed.");
        noReason.StatusCode.ShouldBe(HttpStatusCode.OK);
        AdminSession.FieldError(await noReason.HtmlAsync(), "reason").ShouldBe("Give a reason for changing the suggested urgency P3 to P2.");
        page.ShouldContain("Urgency set to P2 (suggested P3); your reason is kept.");
        page.ShouldContain("reason for the change: “Employer took her phone today; she called from a neighbour's”");
        var first = await app.SignalAsync(confirmed.Id);
        first.ConfirmedUrgency.ShouldBe(Urgency.P3);
        first.OverrideReason.ShouldBeNull();
        first.TriagedById.ShouldBe(operatorUser.Id);
        var second = await app.SignalAsync(overridden.Id);
        second.SuggestedUrgency.ShouldBe(Urgency.P3);
        second.ConfirmedUrgency.ShouldBe(Urgency.P2);
        second.OverrideReason.ShouldBe("Employer took her phone today; she called from a neighbour's");
        second.TriagedAt.ShouldBe(DeskSession.Start.UtcDateTime);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Triage_RaisedToP1_AlertsTheSupervisorsOnDuty(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = DeskSession.App(db, DeskSession.Clock());
        var supervisor = await app.CreateUserAsync(StaffRoles.Supervisor);
        await app.SetOnDutyAsync(supervisor, true);
        var operatorUser = await app.CreateUserAsync(StaffRoles.HotlineOperator);
        var signal = await app.ReportAsync(["missing"]);
        (await app.QueryAsync(d => d.StaffNotifications.CountAsync())).ShouldBe(0);

        await app.WorkAsync(operatorUser, (w, a) => w.TriageAsync(signal.Id, Urgency.P1, "Her brother says she was last heard screaming", a, default));

        var notice = await app.QueryAsync(d => d.StaffNotifications.SingleAsync());
        (notice.UserId, notice.Kind, notice.SignalId).ShouldBe((supervisor.Id, "p1_alert", signal.Id));
        notice.Text.ShouldBe($"P1 report {signal.Reference}: raised to P1 by the operator");
        (await app.QueryAsync(d => d.Outbox.CountAsync(m => m.Kind == "notification.p1"))).ShouldBe(1);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Close_NonActionableNeedsAReason_AndStaysCounted(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = DeskSession.App(db, DeskSession.Clock());
        var (client, _) = await app.SignInAsync(StaffRoles.HotlineOperator);
        var signal = await app.ReportAsync(["other"]);
        var resolved = await app.ReportAsync(["other"]);

        var noReason = await ActAsync(client, signal, "Close", ("outcome", "non-actionable"), ("closeReason", ""));
        var closed = await client.FollowAsync(await ActAsync(client, signal, "Close", ("outcome", "non-actionable"), ("closeReason", "Test message from a school group")));
        var done = await client.FollowAsync(await ActAsync(client, resolved, "Close", ("outcome", "resolved")));

        AdminSession.FieldError(await noReason.HtmlAsync(), "closeReason").ShouldBe("Give the reason this signal is non-actionable.");
        closed.ShouldContain("Closed as non-actionable.");
        done.ShouldContain("Closed as resolved.");
        var stored = await app.SignalAsync(signal.Id);
        (stored.Status, stored.CloseReason).ShouldBe((SignalStatus.ClosedNonActionable, "Test message from a school group"));
        stored.ClosedAt.ShouldNotBeNull();
        (await app.SignalAsync(resolved.Id)).Status.ShouldBe(SignalStatus.Resolved);
        AdminSession.TableRows(await client.GetHtmlAsync("/staff/desk"), "queue").ShouldBeEmpty();
        (await app.QueryAsync(d => d.Signals.CountAsync())).ShouldBe(2);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Merge_DuplicatePointsToTheTargetAndLeavesTheQueue(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = DeskSession.App(db, DeskSession.Clock());
        var (client, _) = await app.SignInAsync(StaffRoles.HotlineOperator);
        var target = await app.ReportAsync(["locked_in"], personPhone: "+966500000201");
        var duplicate = await app.ReportAsync(["locked_in"], personPhone: "+966500000201");
        var earlier = await app.ReportAsync(["locked_in"]);
        await ActAsync(client, earlier, "Merge", ("target", duplicate.Reference));

        var wrong = await ActAsync(client, duplicate, "Merge", ("target", "LR-2222-2222"));
        var self = await ActAsync(client, duplicate, "Merge", ("target", duplicate.Reference.ToLowerInvariant().Replace("-", " ")));
        var merged = await ActAsync(client, duplicate, "Merge", ("target", target.Reference));

        AdminSession.FieldError(await wrong.HtmlAsync(), "target").ShouldBe("There is no signal LR-2222-2222 to merge into.");
        AdminSession.FieldError(await self.HtmlAsync(), "target").ShouldBe("A signal cannot be merged into itself.");
        (await client.FollowAsync(merged)).ShouldContain($"Merged into {target.Reference}.");
        var stored = await app.SignalAsync(duplicate.Id);
        (stored.Status, stored.MergedIntoId).ShouldBe((SignalStatus.Merged, target.Id));
        (await app.SignalAsync(earlier.Id)).MergedIntoId.ShouldBe(target.Id);
        AdminSession.TableRows(await client.GetHtmlAsync("/staff/desk"), "queue").ShouldHaveSingleItem()[1].ShouldBe(target.Reference);
        var targetPage = await client.GetHtmlAsync(Page(target));
        var repeats = AdminSession.TableRows(targetPage, "repeats");
        repeats.ShouldContain(r => r[0] == duplicate.Reference && r[3] == "merged");
        repeats.ShouldContain(r => r[0] == earlier.Reference && r[1] == "merged into this one");
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task OpenCase_MakesACaseShellAssignedToTheOperator_AndTheCasePageShowsItsTimeline(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        var clock = DeskSession.Clock();
        await using var app = DeskSession.App(db, clock);
        var (client, operatorUser) = await app.SignInAsync(StaffRoles.HotlineOperator, "Synthetic Operator Gamma");
        var signal = await app.ReportAsync(["detained"], personName: "Synthetic Person Delta", personPhone: "0712 000 333");
        clock.Advance(TimeSpan.FromMinutes(1));
        var duplicate = await app.ReportAsync(["detained"]);
        await ActAsync(client, duplicate, "Merge", ("target", signal.Reference));

        var opened = await ActAsync(client, signal, "OpenCase");

        var created = await app.QueryAsync(d => d.Cases.AsNoTracking().SingleAsync());
        opened.RedirectTarget().ShouldBe($"/staff/cases/{created.Id}");
        created.Reference.ShouldMatch("^LC-[2-9A-Z]{4}-[2-9A-Z]{4}$");
        (created.PersonName, created.AssigneeId, created.OrganisationId).ShouldBe(("Synthetic Person Delta", operatorUser.Id, operatorUser.OrganisationId));
        created.PersonPhoneIndex.ShouldBe(signal.PersonPhoneIndex);
        var stored = await app.SignalAsync(signal.Id);
        (stored.Status, stored.CaseId).ShouldBe((SignalStatus.LinkedToCase, created.Id));
        var casePage = await client.FollowAsync(opened);
        casePage.ShouldContain($"Case {created.Reference} opened and assigned to you.");
        casePage.ShouldContain("data-testid=\"person\">Synthetic Person Delta<");
        casePage.ShouldContain("data-testid=\"assignee\">Synthetic Operator Gamma<");
        AdminSession.TableRows(casePage, "timeline").Select(r => r[1]).ShouldBe([signal.Reference, $"{duplicate.Reference} (merged duplicate)"]);
        (await app.QueryAsync(d => d.AuditEvents.CountAsync(e => e.Action == "case.read" && e.SubjectId == created.Id.ToString()))).ShouldBe(1);
        AdminSession.TableRows(await client.GetHtmlAsync("/staff/desk"), "queue").ShouldBeEmpty();
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task LinkToCase_ByReference_OnlyToACaseOfTheOperatorsOrganisation(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = DeskSession.App(db, DeskSession.Clock());
        var (client, operatorUser) = await app.SignInAsync(StaffRoles.HotlineOperator);
        var first = await app.ReportAsync(["unpaid"]);
        var second = await app.ReportAsync(["unpaid"]);
        var opened = await app.WorkAsync(operatorUser, (w, a) => w.OpenCaseAsync(first.Id, a, default));
        var reference = await app.QueryAsync(d => d.Cases.Select(c => c.Reference).SingleAsync());
        var otherOrganisation = await app.CreateOrganisationAsync("Another Synthetic Organisation");
        var foreignReference = "LC-3333-3333";
        await app.QueryAsync(async d =>
        {
            d.Cases.Add(new Core.Intake.Case { Reference = foreignReference, OrganisationId = otherOrganisation.Id, OpenedAt = d.UtcNow });
            return await d.SaveChangesAsync();
        });

        var foreign = await ActAsync(client, second, "LinkCase", ("caseReference", foreignReference));
        var linked = await ActAsync(client, second, "LinkCase", ("caseReference", reference.ToLowerInvariant()));

        AdminSession.FieldError(await foreign.HtmlAsync(), "caseReference").ShouldBe($"Your organisation has no case {foreignReference}.");
        (await client.FollowAsync(linked)).ShouldContain($"Linked to case {reference}.");
        (await app.SignalAsync(second.Id)).CaseId.ShouldBe(opened.CaseId);
        AdminSession.TableRows(await client.GetHtmlAsync($"/staff/cases/{opened.CaseId}"), "timeline").Count.ShouldBe(2);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task RepeatContacts_SamePhoneAcrossChannels_AreListedTogether(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        var clock = DeskSession.Clock();
        await using var app = DeskSession.App(db, clock);
        var (client, operatorUser) = await app.SignInAsync(StaffRoles.HotlineOperator);
        // A relative reports the worker on the web; later the worker calls the hotline from the same number.
        var web = await app.ReportAsync(["unpaid"], personPhone: "+254 712 000 111");
        var caseFromWeb = await app.WorkAsync(operatorUser, (w, a) => w.OpenCaseAsync(web.Id, a, default));
        clock.Advance(TimeSpan.FromMinutes(1));
        var api = await app.ReportAsync(["missing"], channel: SignalChannel.Api, personPhone: "0712000111");
        var unrelated = await app.ReportAsync(["unpaid"], personPhone: "0712000999");
        clock.Advance(TimeSpan.FromMinutes(5));
        var call = await client.PostFieldsAsync("/staff/desk/calls/new",
            [("Input.CallType", nameof(CallType.FollowUp)), ("Input.CallerNumber", "0712 000 111"), ("Input.Notes", "Still not paid")]);

        var page = await client.GetHtmlAsync(call.RedirectTarget());

        var repeats = AdminSession.TableRows(page, "repeats");
        repeats.Select(r => r[0]).ShouldBe([await CaseReferenceAsync(app, caseFromWeb.CaseId!.Value), api.Reference, web.Reference]);
        repeats[0][1].ShouldBe("case");
        repeats[1][1].ShouldStartWith("Api");
        page.ShouldNotContain(unrelated.Reference);
        var queue = AdminSession.TableRows(await client.GetHtmlAsync("/staff/desk"), "queue");
        queue.Single(r => r[1] == api.Reference)[9].ShouldBe("repeat ×3");
        queue.Single(r => r[1] == unrelated.Reference)[9].ShouldBe("");
    }

    private static Task<string> CaseReferenceAsync(LindaAppFactory app, Guid caseId) =>
        app.QueryAsync(d => d.Cases.Where(c => c.Id == caseId).Select(c => c.Reference).SingleAsync());
}
