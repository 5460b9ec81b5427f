using System.Collections.Concurrent;
using Linda.Core.Identity;
using Linda.Web.Features.Intake.Desk;
using Linda.Web.Tests.Admin;
using Linda.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Linda.Web.Tests.Intake.Desk;

public sealed class OutboxTests
{
    /// <summary>Records deliveries; fails the first <see cref="FailuresLeft"/> attempts.</summary>
    private sealed class RecordingGateway : INotificationGateway
    {
        public ConcurrentBag<OutboxDelivery> Delivered { get; } = [];

        public int FailuresLeft;

        public IReadOnlyCollection<string> Kinds { get; } = ["notification.p1", "notification.escalation"];

        public async Task SendAsync(OutboxDelivery message, CancellationToken ct)
        {
            // Long enough for another instance to try the same message meanwhile.
            await Task.Delay(20, ct);
            if (Interlocked.Decrement(ref FailuresLeft) >= 0)
            {
                throw new HttpRequestException("gateway down for +254700000000");
            }
            Delivered.Add(message);
        }
    }

    private static LindaAppFactory App(TestDatabase db, FixedTimeProvider clock, RecordingGateway gateway) =>
        DeskSession.App(db, clock).WithServices(s => s.AddSingleton<INotificationGateway>(gateway));

    private static async Task<int> SendAsync(LindaAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DeliverOutboxHandler>().RunAsync(default);
    }

    private static async Task<LindaAppFactory> WithP1AlertsAsync(LindaAppFactory app, int supervisors)
    {
        for (var i = 0; i < supervisors; i++)
        {
            await app.SetOnDutyAsync(await app.CreateUserAsync(StaffRoles.Supervisor), true);
        }
        await app.ReportAsync(["locked_in", "threatened"]);
        return app;
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Outbox_TwoSendersAtOnce_DeliverEachMessageOnce(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        var clock = DeskSession.Clock();
        var gateway = new RecordingGateway();
        await using var first = App(db, clock, gateway);
        await using var second = App(db, clock, gateway);
        await WithP1AlertsAsync(first, supervisors: 6);
        await second.QueryAsync(d => d.Outbox.CountAsync());

        await Task.WhenAll(Enumerable.Range(0, 4).Select(i => Task.Run(() => SendAsync(i % 2 == 0 ? first : second))));

        var ids = await first.QueryAsync(d => d.Outbox.Select(m => m.Id).ToListAsync());
        ids.Count.ShouldBe(6);
        gateway.Delivered.Select(m => m.Id).ShouldBe(ids, ignoreOrder: true);
        var stored = await first.QueryAsync(d => d.Outbox.AsNoTracking().ToListAsync());
        stored.ShouldAllBe(m => m.SentAt == DeskSession.Start.UtcDateTime && m.Attempts == 1 && m.NextAttemptAt == null);
        gateway.Delivered.ShouldAllBe(m => m.Body.StartsWith("P1 report LR-"));
        (await SendAsync(second)).ShouldBe(0);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Outbox_FailedDelivery_IsRetriedWithBackoff_WithoutKeepingTheGatewaysWords(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        var clock = DeskSession.Clock();
        var gateway = new RecordingGateway { FailuresLeft = 2 };
        await using var app = await WithP1AlertsAsync(App(db, clock, gateway), supervisors: 1);

        (await SendAsync(app)).ShouldBe(0);
        var failed = await app.QueryAsync(d => d.Outbox.AsNoTracking().SingleAsync());
        (await SendAsync(app)).ShouldBe(0);
        clock.Advance(TimeSpan.FromSeconds(30));
        (await SendAsync(app)).ShouldBe(0);
        var failedAgain = await app.QueryAsync(d => d.Outbox.AsNoTracking().SingleAsync());
        clock.Advance(TimeSpan.FromSeconds(59));
        (await SendAsync(app)).ShouldBe(0);
        clock.Advance(TimeSpan.FromSeconds(1));
        (await SendAsync(app)).ShouldBe(1);

        failed.Attempts.ShouldBe(1);
        failed.NextAttemptAt.ShouldBe(DeskSession.Start.UtcDateTime.AddSeconds(30));
        failed.LastError.ShouldBe("HttpRequestException");
        failedAgain.Attempts.ShouldBe(2);
        failedAgain.NextAttemptAt.ShouldBe(DeskSession.Start.UtcDateTime.AddSeconds(90));
        var sent = await app.QueryAsync(d => d.Outbox.AsNoTracking().SingleAsync());
        (sent.Attempts, sent.SentAt, sent.LastError).ShouldBe((3, (DateTime?)DeskSession.Start.UtcDateTime.AddSeconds(90), (string?)null));
        gateway.Delivered.ShouldHaveSingleItem().Attempt.ShouldBe(3);
    }

    [Fact]
    public async Task Outbox_GivesUpAfterTheConfiguredAttempts()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        var clock = DeskSession.Clock();
        var gateway = new RecordingGateway { FailuresLeft = 100 };
        await using var app = await WithP1AlertsAsync(App(db, clock, gateway).With("Linda:Intake:OutboxMaxAttempts", "3"), supervisors: 1);

        for (var i = 0; i < 6; i++)
        {
            await SendAsync(app);
            clock.Advance(TimeSpan.FromHours(1));
        }

        var message = await app.QueryAsync(d => d.Outbox.AsNoTracking().SingleAsync());
        (message.Attempts, message.NextAttemptAt, message.SentAt).ShouldBe((3, (DateTime?)null, (DateTime?)null));
        gateway.Delivered.ShouldBeEmpty();
    }

    [Fact]
    public async Task DefaultGateway_LogsTheMessageIdButNeverTheBodyOrRecipient()
    {
        var logger = new CapturingLogger();
        var gateway = new LoggingNotificationGateway(logger);

        await gateway.SendAsync(new OutboxDelivery(Guid.NewGuid(), "notification.p1", "+254712000444", "P1 report LR-AAAA-BBBB: secret words", 1), default);

        var line = logger.Lines.ShouldHaveSingleItem();
        line.ShouldContain("notification.p1");
        line.ShouldNotContain("secret words");
        line.ShouldNotContain("+254712000444");
    }

    private sealed class CapturingLogger : ILogger<LoggingNotificationGateway>
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add(formatter(state, exception) + " " + string.Join(" ", (state as IEnumerable<KeyValuePair<string, object?>>)?.Select(p => p.Value) ?? []));
    }
}
