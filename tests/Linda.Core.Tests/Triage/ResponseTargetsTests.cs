using Linda.Core.Triage;
using Shouldly;

namespace Linda.Core.Tests.Triage;

public class ResponseTargetsTests
{
    private static readonly DateTime Received = new(2026, 11, 28, 10, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(Urgency.P1, 0.25)]
    [InlineData(Urgency.P2, 24)]
    [InlineData(Urgency.P3, 72)]
    [InlineData(Urgency.P4, 168)]
    public void Default_targets_follow_the_hotline_standard(Urgency urgency, double hours) =>
        ResponseTargets.Default.DueAt(Received, urgency).ShouldBe(Received.AddHours(hours));

    [Fact]
    public void Time_left_goes_negative_once_the_target_is_missed()
    {
        var targets = ResponseTargets.Default;

        targets.TimeLeft(Received, Urgency.P1, Received.AddMinutes(5)).ShouldBe(TimeSpan.FromMinutes(10));
        targets.TimeLeft(Received, Urgency.P1, Received.AddMinutes(20)).ShouldBe(TimeSpan.FromMinutes(-5));
    }

    [Fact]
    public void Configured_targets_must_be_positive_and_ordered()
    {
        ResponseTargets.Default.Problems().ShouldBeEmpty();
        var bad = ResponseTargets.Default with { P1 = TimeSpan.Zero, P3 = TimeSpan.FromHours(1) };

        bad.Problems().ShouldBe(
        [
            "The response target for P1 must be positive.",
            "The response target for P3 must not be shorter than for P2.",
        ]);
    }
}
