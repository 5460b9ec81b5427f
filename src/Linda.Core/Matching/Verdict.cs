namespace Linda.Core.Matching;

/// <summary>The answer to "is this agency licensed?" (API values in snake case: <c>suspended_or_deregistered</c>).</summary>
public enum Verdict
{
    Licensed,
    Expired,
    SuspendedOrDeregistered,
    NotFound,
    Lookalike,
}
