using Linda.Core.Auditing;

namespace Linda.Core.Tests.Auditing;

public sealed class AuditChainTests
{
    private static List<AuditEvent> Chain(int count)
    {
        var events = new List<AuditEvent>();
        string? previous = null;
        for (var i = 1; i <= count; i++)
        {
            var e = new AuditEvent
            {
                Sequence = i,
                OccurredAt = new DateTime(2026, 11, 28, 9, 0, 0, DateTimeKind.Utc).AddTicks(i * 1_234_567),
                ActorId = $"user-{i % 3}",
                Action = i % 2 == 0 ? AuditActions.Read : AuditActions.Updated,
                SubjectType = "Signal",
                SubjectId = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ChangedProperties = i % 2 == 0 ? null : "Status,AssigneeId",
            };
            AuditChain.Seal(e, previous);
            previous = e.Hash;
            events.Add(e);
        }
        return events;
    }

    [Fact]
    public void Verify_UntouchedChain_IsIntact()
    {
        var result = AuditChain.Verify(Chain(20));

        result.IsIntact.ShouldBeTrue();
        result.EntriesChecked.ShouldBe(20);
    }

    [Fact]
    public void Verify_EditedEntry_NamesThatEntry()
    {
        var chain = Chain(10);
        chain[4].Action = AuditActions.Deleted;

        var result = AuditChain.Verify(chain);

        result.IsIntact.ShouldBeFalse();
        result.FirstBrokenSequence.ShouldBe(5);
        result.Reason!.ShouldContain("edited");
    }

    [Fact]
    public void Verify_EditedEntryWithRecomputedHash_BreaksTheNextLink()
    {
        var chain = Chain(10);
        chain[4].ActorId = "someone-else";
        chain[4].Hash = AuditChain.ComputeHash(chain[4]);

        var result = AuditChain.Verify(chain);

        result.FirstBrokenSequence.ShouldBe(6);
        result.Reason!.ShouldContain("link");
    }

    [Fact]
    public void Verify_DeletedEntry_NamesTheMissingSequence()
    {
        var chain = Chain(10);
        chain.RemoveAt(6);

        var result = AuditChain.Verify(chain);

        result.FirstBrokenSequence.ShouldBe(7);
        result.Reason!.ShouldContain("missing");
    }

    [Fact]
    public void ComputeHash_FieldBoundaries_CannotBeShifted()
    {
        var a = new AuditEvent { Sequence = 1, OccurredAt = DateTime.UnixEpoch, Action = "ab", SubjectType = "c" };
        var b = new AuditEvent { Sequence = 1, OccurredAt = DateTime.UnixEpoch, Action = "a", SubjectType = "bc" };

        AuditChain.ComputeHash(a).ShouldNotBe(AuditChain.ComputeHash(b));
    }

    [Fact]
    public void Seal_TruncatesTimeToMicroseconds_SoTheHashSurvivesADatabaseRoundTrip()
    {
        var e = new AuditEvent { Sequence = 1, OccurredAt = new DateTime(638_000_000_000_000_007, DateTimeKind.Utc), Action = "x" };
        AuditChain.Seal(e, null);

        e.OccurredAt.Ticks.ShouldBe(638_000_000_000_000_000);
        var roundTripped = new DateTime(e.OccurredAt.Ticks, DateTimeKind.Unspecified);
        var copy = new AuditEvent { Sequence = 1, OccurredAt = roundTripped, Action = "x", Hash = e.Hash };
        AuditChain.ComputeHash(copy).ShouldBe(e.Hash);
    }
}
