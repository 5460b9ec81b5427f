using Linda.Core.Identity;
using Linda.Core.Intake;
using Linda.Data;
using Linda.Data.Identity;
using Linda.Web.Features.Intake;
using Linda.Web.Features.Intake.Desk;
using Linda.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Linda.Web.Tests.Intake.Desk;

/// <summary>Arranges the hotline desk for a test: an app on a controlled clock, desk staff, and signals recorded as the channels record them.</summary>
public static class DeskSession
{
    /// <summary>A Saturday morning in Nairobi (06:00 UTC is 09:00 EAT).</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 28, 6, 0, 0, TimeSpan.Zero);

    /// <summary>An app whose clock only moves when the test says, with the background jobs off so the test runs them itself.</summary>
    public static LindaAppFactory App(TestDatabase db, FixedTimeProvider clock) =>
        new LindaAppFactory(db)
            .With("Linda:Intake:EscalationInterval", "00:00:00")
            .With("Linda:Intake:OutboxInterval", "00:00:00")
            .WithServices(s => s.AddSingleton<TimeProvider>(clock));

    public static FixedTimeProvider Clock() => new(Start);

    /// <summary>A staff user of <paramref name="role"/>, signed in (with two factors where the role needs them).</summary>
    public static async Task<(HttpClient Client, StaffUser User)> SignInAsync(this LindaAppFactory app, string role, string? fullName = null)
    {
        var user = await app.CreateUserAsync(role, fullName: fullName ?? $"Synthetic {role} {Guid.NewGuid().ToString("N")[..4]}");
        var client = app.CreateBrowserClient();
        if (StaffRoles.TwoFactorByDefault.Contains(role))
        {
            await client.SignInAndEnrolTwoFactorAsync(user.Email!);
        }
        else
        {
            await client.SignInAsync(user.Email!);
        }
        return (client, user);
    }

    /// <summary>A report as the web form or API records it.</summary>
    public static async Task<Signal> ReportAsync(
        this LindaAppFactory app,
        string[]? categories = null,
        string? description = null,
        SignalChannel channel = SignalChannel.Web,
        string? personPhone = null,
        string? personName = null,
        string? country = "SAU")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var today = DateOnly.FromDateTime(scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        var (report, errors) = ReportValidator.Validate(new ReportRequest
        {
            Language = "en",
            Categories = [.. categories ?? []],
            Description = description,
            Country = country,
            PersonPhone = personPhone,
            PersonName = personName,
            ConsentToFollowUp = true,
        }, today);
        errors.ShouldBeEmpty();
        var recorded = await scope.ServiceProvider.GetRequiredService<RecordSignalHandler>().RecordReportAsync(report!, channel, default);
        return await scope.ServiceProvider.GetRequiredService<LindaDbContext>().Signals.AsNoTracking().SingleAsync(s => s.Reference == recorded.Reference);
    }

    /// <summary>Runs one action of the desk's work handler in its own scope, as one request would.</summary>
    public static async Task<WorkResult> WorkAsync(this LindaAppFactory app, StaffUser actor, Func<SignalWorkHandler, DeskActor, Task<WorkResult>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var isSupervisor = await scope.ServiceProvider.GetRequiredService<LindaDbContext>().UserRoles
            .AnyAsync(ur => ur.UserId == actor.Id && scope.ServiceProvider.GetRequiredService<LindaDbContext>().Roles.Any(r => r.Id == ur.RoleId && r.Name == StaffRoles.Supervisor));
        return await action(scope.ServiceProvider.GetRequiredService<SignalWorkHandler>(), new DeskActor(actor.Id, actor.OrganisationId, isSupervisor));
    }

    public static Task<Signal> SignalAsync(this LindaAppFactory app, Guid id) =>
        app.QueryAsyncNoTracking(db => db.Signals.SingleAsync(s => s.Id == id));

    public static async Task SetOnDutyAsync(this LindaAppFactory app, StaffUser user, bool onDuty)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LindaDbContext>();
        (await db.Users.SingleAsync(u => u.Id == user.Id)).OnDuty = onDuty;
        await db.SaveChangesAsync();
    }

    private static async Task<T> QueryAsyncNoTracking<T>(this LindaAppFactory app, Func<LindaDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LindaDbContext>();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return await query(db);
    }
}
