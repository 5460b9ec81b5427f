using System.Net;
using Linda.Core.Identity;
using Linda.Core.Intake;
using Linda.Core.Triage;
using Linda.Data;
using Linda.Web.Features.Intake;
using Linda.Web.Tests.Admin;
using Linda.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linda.Web.Tests.Intake.Desk;

public sealed class CallLogTests
{
    private const string Page = "/staff/desk/calls/new";

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task LogCall_CaseReport_IsATriagedSignalWithTheCallerNumberInE164EncryptedAndIndexed(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = DeskSession.App(db, DeskSession.Clock());
        var (client, _) = await app.SignInAsync(StaffRoles.HotlineOperator);

        var response = await client.PostFieldsAsync(Page,
        [
            ("Input.CallType", nameof(CallType.CaseReport)),
            ("Input.CallerNumber", "0712 345 678"),
            ("Input.Language", "sw"),
            ("Input.Duration", "4:30"),
            ("Input.ReporterRelation", "family"),
            ("Input.Categories", "detained"),
            ("Input.Notes", "Dada yangu yuko mahabusu tangu jana."),
            ("Input.Country", "QAT"),
            ("Input.PersonName", "Synthetic Sister"),
        ]);

        var signal = await app.QueryAsync(d => d.Signals.AsNoTracking().SingleAsync());
        response.RedirectTarget().ShouldBe($"/staff/desk/signals/{signal.Id}");
        (await client.FollowAsync(response)).ShouldContain($"Call recorded as {signal.Reference}; suggested urgency P2.");
        signal.Channel.ShouldBe(SignalChannel.Hotline);
        signal.CallType.ShouldBe(CallType.CaseReport);
        signal.CallDurationSeconds.ShouldBe(270);
        signal.ReporterPhone.ShouldBe("+254712345678");
        signal.PersonName.ShouldBe("Synthetic Sister");
        signal.Country.ShouldBe("QAT");
        signal.SuggestedUrgency.ShouldBe(Urgency.P2);
        signal.SuggestedReasons.ShouldBe("detained");
        signal.IsTriaged.ShouldBeTrue();
        signal.Status.ShouldBe(SignalStatus.Open);
        await using var scope = app.Services.CreateAsyncScope();
        signal.ReporterPhoneIndex.ShouldBe(scope.ServiceProvider.GetRequiredService<RecordSignalHandler>().PhoneIndex("+254712345678"));
        var stored = await scope.ServiceProvider.GetRequiredService<LindaDbContext>().Database
            .SqlQueryRaw<string>("SELECT \"ReporterPhone\" AS \"Value\" FROM \"Signals\"").SingleAsync();
        stored.ShouldNotContain("712345678");
    }

    [Theory]
    [InlineData(CallType.Silent)]
    [InlineData(CallType.Prank)]
    [InlineData(CallType.WrongNumber)]
    [InlineData(CallType.Abusive)]
    public async Task LogCall_NonDataCall_IsCountedTodayButNeverQueued(CallType type)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = DeskSession.App(db, DeskSession.Clock());
        var (client, _) = await app.SignInAsync(StaffRoles.HotlineOperator);

        var response = await client.PostFieldsAsync(Page, [("Input.CallType", type.ToString()), ("Input.CallerNumber", "+254 722 000 111")]);

        response.RedirectTarget().ShouldBe(Page);
        var signal = await app.QueryAsync(d => d.Signals.AsNoTracking().SingleAsync());
        signal.IsTriaged.ShouldBeFalse();
        signal.Status.ShouldBe(SignalStatus.ClosedNonActionable);
        var desk = await client.GetHtmlAsync("/staff/desk");
        AdminSession.TableRows(desk, "queue").ShouldBeEmpty();
        var counts = AdminSession.TableRows(desk, "untriaged").ToDictionary(r => r[0], r => r[1]);
        counts[Features.Intake.Desk.DeskText.CallType(type)].ShouldBe("1");
        counts.Values.Count(v => v == "0").ShouldBe(3);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task LogCall_CountsOnlyTodaysNonDataCalls_AndQueuesTheOthers(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        // 23:30 in Nairobi; an hour later it is tomorrow there, while still today in UTC.
        var clock = new FixedTimeProvider(new DateTimeOffset(2026, 11, 28, 20, 30, 0, TimeSpan.Zero));
        await using var app = DeskSession.App(db, clock);
        var (client, _) = await app.SignInAsync(StaffRoles.HotlineOperator);
        await client.PostFieldsAsync(Page, [("Input.CallType", nameof(CallType.Silent))]);
        clock.Advance(TimeSpan.FromHours(1));

        await client.PostFieldsAsync(Page, [("Input.CallType", nameof(CallType.Silent))]);
        await client.PostFieldsAsync(Page, [("Input.CallType", nameof(CallType.InformationRequest)), ("Input.Notes", "Asked about licensed agencies.")]);

        var desk = await client.GetHtmlAsync("/staff/desk");
        AdminSession.TableRows(desk, "untriaged").Single(r => r[0] == "Silent call")[1].ShouldBe("1");
        AdminSession.TableRows(desk, "queue").ShouldHaveSingleItem()[0].ShouldStartWith("P4");
    }

    [Fact]
    public async Task LogCall_BadInput_NamesEachFieldAndRecordsNothing()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = DeskSession.App(db, DeskSession.Clock());
        var (client, _) = await app.SignInAsync(StaffRoles.HotlineOperator);

        var noType = await client.PostFieldsAsync(Page,
        [
            ("Input.CallerNumber", "12"),
            ("Input.Duration", "four minutes"),
            ("Input.Notes", new string('x', ReportValidator.DescriptionMaxLength + 1)),
            ("Input.Country", "XXX"),
        ]);
        var nothingSaid = await client.PostFieldsAsync(Page, [("Input.CallType", nameof(CallType.CaseReport))]);

        noType.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await noType.HtmlAsync();
        AdminSession.FieldError(html, "Input.CallType").ShouldBe("Choose what kind of call it was.");
        AdminSession.FieldError(html, "Input.CallerNumber").ShouldContain("not a phone number");
        AdminSession.FieldError(html, "Input.Duration").ShouldContain("minutes");
        AdminSession.FieldError(html, "Input.Notes").ShouldContain("too long");
        AdminSession.FieldError(html, "Input.Country").ShouldBe("Unknown country.");
        AdminSession.FieldError(await nothingSaid.HtmlAsync(), "Input.Categories").ShouldContain("at least one");
        (await app.QueryAsync(d => d.Signals.CountAsync())).ShouldBe(0);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task LogCall_P1_AlertsEveryOnDutySupervisorAndNoOffDutyOne(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = DeskSession.App(db, DeskSession.Clock());
        var onDuty1 = await app.CreateUserAsync(StaffRoles.Supervisor);
        var onDuty2 = await app.CreateUserAsync(StaffRoles.Supervisor);
        var offDuty = await app.CreateUserAsync(StaffRoles.Supervisor);
        await app.SetOnDutyAsync(onDuty1, true);
        await app.SetOnDutyAsync(onDuty2, true);
        var (client, _) = await app.SignInAsync(StaffRoles.HotlineOperator);

        await client.PostFieldsAsync(Page,
        [
            ("Input.CallType", nameof(CallType.CaseReport)),
            ("Input.CallerNumber", "0711000222"),
            ("Input.Notes", "Mwajiri ananipiga sasa hivi, nisaidie."),
        ]);

        var signal = await app.QueryAsync(d => d.Signals.AsNoTracking().SingleAsync());
        signal.SuggestedUrgency.ShouldBe(Urgency.P1);
        var notified = await app.QueryAsync(d => d.StaffNotifications.Where(n => n.SignalId == signal.Id && n.Kind == "p1_alert").Select(n => n.UserId).ToListAsync());
        notified.ShouldBe([onDuty1.Id, onDuty2.Id], ignoreOrder: true);
        var outbox = await app.QueryAsync(d => d.Outbox.AsNoTracking().Where(m => m.Kind == "notification.p1").ToListAsync());
        outbox.Select(m => m.Recipient).ShouldBe([onDuty1.Id.ToString(), onDuty2.Id.ToString()], ignoreOrder: true);
        outbox.ShouldAllBe(m => !m.Body.Contains("ananipiga"));
        notified.ShouldNotContain(offDuty.Id);
    }

    [Fact]
    public async Task LogCall_HtmlInNotes_IsStoredAsTypedAndShownEscaped()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = DeskSession.App(db, DeskSession.Clock());
        var (client, _) = await app.SignInAsync(StaffRoles.HotlineOperator);

        var response = await client.PostFieldsAsync(Page,
            [("Input.CallType", nameof(CallType.FollowUp)), ("Input.Notes", "<script>alert('x')</script> not paid")]);

        var raw = await (await client.GetAsync(response.RedirectTarget())).Content.ReadAsStringAsync();
        raw.ShouldNotContain("<script>alert");
        raw.ShouldContain("&lt;script&gt;");
        (await app.QueryAsync(d => d.Signals.AsNoTracking().SingleAsync())).Description.ShouldBe("<script>alert('x')</script> not paid");
    }

    [Theory]
    [InlineData("4", 240)]
    [InlineData("0:45", 45)]
    [InlineData("12:05", 725)]
    [InlineData("240", 14400)]
    [InlineData("241", null)]
    [InlineData("4:5", null)]
    [InlineData("4:60", null)]
    [InlineData("-3", null)]
    public void Duration_IsMinutesOrMinutesAndSeconds(string text, int? seconds) =>
        Features.Intake.Desk.LogCallModel.ParseDuration(text).ShouldBe(seconds);
}
