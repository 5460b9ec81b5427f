using Linda.Core.Triage;
using Linda.Data;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Linda.Web.Features.Intake.Desk;

/// <summary>The <c>Linda:Intake</c> configuration section: response targets and the desk's background jobs (docs/operations.md).</summary>
public sealed class DeskSettings
{
    public const string Section = "Linda:Intake";

    public ResponseTargetSettings ResponseTargets { get; set; } = new();

    /// <summary>How often this instance looks for missed response targets; zero turns the escalation job off here.</summary>
    public TimeSpan EscalationInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often this instance delivers the outbox; zero turns the outbox sender off here.</summary>
    public TimeSpan OutboxInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Attempts before an outbox message is given up (it stays in the table with its last error).</summary>
    public int OutboxMaxAttempts { get; set; } = 10;

    /// <summary>
    /// Reads and checks the section. A target that is not a time span, not positive, or longer than a less urgent
    /// one stops start-up with a message naming the key.
    /// </summary>
    public static DeskSettings Load(IConfiguration configuration)
    {
        DeskSettings settings;
        try
        {
            settings = configuration.GetSection(Section).Get<DeskSettings>() ?? new DeskSettings();
        }
        catch (InvalidOperationException e)
        {
            throw new LindaConfigurationException(
                $"{Section} is not valid: {e.Message} Write times as d.hh:mm:ss, e.g. 00:15:00 for 15 minutes or 7.00:00:00 for 7 days.", e);
        }
        var problems = settings.ResponseTargets.ToTargets().Problems().ToList();
        if (settings.EscalationInterval < TimeSpan.Zero || settings.OutboxInterval < TimeSpan.Zero)
        {
            problems.Add("Job intervals cannot be negative (zero turns a job off).");
        }
        if (settings.OutboxMaxAttempts < 1)
        {
            problems.Add("OutboxMaxAttempts must be at least 1.");
        }
        if (problems.Count > 0)
        {
            throw new LindaConfigurationException($"{Section} is not valid: {string.Join(" ", problems)}");
        }
        return settings;
    }
}

/// <summary>Configurable response targets (<c>Linda:Intake:ResponseTargets:P1</c> …); defaults are <see cref="ResponseTargets.Default"/>.</summary>
public sealed class ResponseTargetSettings
{
    public TimeSpan P1 { get; set; } = ResponseTargets.Default.P1;
    public TimeSpan P2 { get; set; } = ResponseTargets.Default.P2;
    public TimeSpan P3 { get; set; } = ResponseTargets.Default.P3;
    public TimeSpan P4 { get; set; } = ResponseTargets.Default.P4;

    public ResponseTargets ToTargets() => new(P1, P2, P3, P4);
}

public static class DeskServices
{
    /// <summary>The hotline desk: settings (checked now), handlers, the notification gateway and the two background jobs.</summary>
    public static void AddHotlineDesk(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = DeskSettings.Load(configuration);
        services.AddSingleton(settings);
        services.AddSingleton(settings.ResponseTargets.ToTargets());
        services.AddScoped<SignalWorkHandler>();
        services.AddScoped<DeskQueueQuery>();
        services.AddScoped<RepeatContactsQuery>();
        services.AddScoped<EscalateOverdueSignalsHandler>();
        services.AddScoped<DeliverOutboxHandler>();
        // A test or a deployment that registered its own gateway earlier keeps it.
        services.TryAddSingleton<INotificationGateway, LoggingNotificationGateway>();
        services.AddHostedService<EscalationJob>();
        services.AddHostedService<OutboxSender>();
    }
}
