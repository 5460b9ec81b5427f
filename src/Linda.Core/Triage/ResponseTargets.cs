namespace Linda.Core.Triage;

/// <summary>How long each urgency may wait for a response. Defaults: P1 15 minutes, P2 24 hours, P3 72 hours, P4 7 days.</summary>
public sealed record ResponseTargets(TimeSpan P1, TimeSpan P2, TimeSpan P3, TimeSpan P4)
{
    public static ResponseTargets Default { get; } = new(
        TimeSpan.FromMinutes(15), TimeSpan.FromHours(24), TimeSpan.FromHours(72), TimeSpan.FromDays(7));

    public TimeSpan For(Urgency urgency) => urgency switch
    {
        Urgency.P1 => P1,
        Urgency.P2 => P2,
        Urgency.P3 => P3,
        Urgency.P4 => P4,
        _ => throw new ArgumentOutOfRangeException(nameof(urgency), urgency, null),
    };

    /// <summary>When a response is due for a contact received at <paramref name="receivedAt"/>.</summary>
    public DateTime DueAt(DateTime receivedAt, Urgency urgency) => receivedAt + For(urgency);

    /// <summary>Time left until the target (negative once missed).</summary>
    public TimeSpan TimeLeft(DateTime receivedAt, Urgency urgency, DateTime now) => DueAt(receivedAt, urgency) - now;

    /// <summary>Every target must be positive, and a more urgent level never waits longer than a less urgent one.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        var all = new[] { (Urgency.P1, P1), (Urgency.P2, P2), (Urgency.P3, P3), (Urgency.P4, P4) };
        foreach (var (urgency, target) in all)
        {
            if (target <= TimeSpan.Zero)
            {
                problems.Add($"The response target for {urgency} must be positive.");
            }
        }
        for (var i = 1; i < all.Length; i++)
        {
            if (all[i].Item2 < all[i - 1].Item2)
            {
                problems.Add($"The response target for {all[i].Item1} must not be shorter than for {all[i - 1].Item1}.");
            }
        }
        return problems;
    }
}
