namespace Linda.Core.Intake;

/// <summary>
/// A hotline call as the operator logged it. What the caller said is a <see cref="ValidReport"/>, checked by the
/// same <see cref="ReportValidator"/> as a web report; the caller's number is E.164.
/// </summary>
/// <param name="HandledDuringCall">The operator answered the caller there and then (information given): responded and resolved.</param>
public sealed record HotlineCall(CallType Type, string? CallerPhone, int? DurationSeconds, ValidReport Report, bool HandledDuringCall);

public static class CallTypes
{
    /// <summary>Longest call the log accepts (four hours): a longer one is a typing mistake.</summary>
    public const int MaxDurationSeconds = 4 * 60 * 60;

    /// <summary>What a call that told nothing (silent, wrong number) leaves: its language and, when known, the country.</summary>
    public static ValidReport NothingSaid(string language, string? country = null) => new(
        language, null, [], null, country, null, null, null, null, null, null, null,
        null, null, null, false, false, null, false, null);

    /// <summary>Calls that carry a case, a question or a follow-up; silent, prank, wrong-number and abusive calls are only counted.</summary>
    public static bool IsTriaged(this CallType type) =>
        type is CallType.CaseReport or CallType.InformationRequest or CallType.ReferralRequest or CallType.FollowUp;
}
