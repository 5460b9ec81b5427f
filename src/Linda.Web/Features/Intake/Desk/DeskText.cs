using System.Globalization;
using Linda.Core.Intake;
using Linda.Core.Triage;

namespace Linda.Web.Features.Intake.Desk;

/// <summary>How the desk words codes and times for operators (staff UI, English; DESIGN.md).</summary>
public static class DeskText
{
    private static readonly IReadOnlyDictionary<string, string> CategoryWords = new Dictionary<string, string>
    {
        [SignalCategories.LockedIn] = "locked in / cannot leave",
        [SignalCategories.PhysicalAbuse] = "physical abuse",
        [SignalCategories.SexualAbuse] = "sexual abuse",
        [SignalCategories.DocumentsTaken] = "passport or phone taken",
        [SignalCategories.Unpaid] = "not paid",
        [SignalCategories.NoFoodOrCare] = "no food or medical care",
        [SignalCategories.Threatened] = "threatened",
        [SignalCategories.Detained] = "detained",
        [SignalCategories.Stranded] = "stranded",
        [SignalCategories.WantsToReturn] = "wants to come home",
        [SignalCategories.Missing] = "missing / cannot be reached",
        [SignalCategories.MinorInvolved] = "a minor involved",
        [SignalCategories.Other] = "other",
    };

    private static readonly IReadOnlyDictionary<string, TriageRule> Rules =
        TriageRules.All.Append(TriageRules.NoDangerFound).ToDictionary(r => r.Code, StringComparer.Ordinal);

    /// <summary>Nairobi: the hotline's own time zone.</summary>
    public static readonly TimeZoneInfo DeskZone = TimeZoneInfo.FindSystemTimeZoneById("Africa/Nairobi");

    public static string Category(string code) => CategoryWords.GetValueOrDefault(code, code);

    public static IEnumerable<string> Categories(string codes) =>
        codes.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Category);

    /// <summary>The English reason of a triage rule code (<see cref="TriageRules"/>).</summary>
    public static string Reason(string code) => Rules.TryGetValue(code, out var rule) ? rule.En : code.Replace('_', ' ');

    public static IEnumerable<string> Reasons(string codes) =>
        codes.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Reason);

    public static string CallType(CallType type) => type switch
    {
        Core.Intake.CallType.CaseReport => "Case report",
        Core.Intake.CallType.InformationRequest => "Information request",
        Core.Intake.CallType.ReferralRequest => "Referral request",
        Core.Intake.CallType.FollowUp => "Follow-up",
        Core.Intake.CallType.Silent => "Silent call",
        Core.Intake.CallType.Prank => "Prank call",
        Core.Intake.CallType.WrongNumber => "Wrong number",
        Core.Intake.CallType.Abusive => "Abusive call",
        _ => type.ToString(),
    };

    public static string Status(SignalStatus status) => status switch
    {
        SignalStatus.Open => "open",
        SignalStatus.InProgress => "in progress",
        SignalStatus.LinkedToCase => "linked to a case",
        SignalStatus.Merged => "merged",
        SignalStatus.ClosedNonActionable => "closed, non-actionable",
        SignalStatus.Resolved => "resolved",
        _ => status.ToString(),
    };

    public static string Urgency(Urgency urgency) => urgency switch
    {
        Core.Triage.Urgency.P1 => "P1 immediate danger",
        Core.Triage.Urgency.P2 => "P2 crisis within 24 h",
        Core.Triage.Urgency.P3 => "P3 ongoing exploitation",
        _ => "P4 information / referral",
    };

    public static string Country(string? alpha3) =>
        alpha3 is null ? "—" : Linda.Core.Reference.Countries.Find(alpha3)?.Name ?? alpha3;

    /// <summary>A UTC time as Nairobi reads it: "2026-11-28 12:05".</summary>
    public static string Local(DateTime? utc, string none = "—") =>
        utc is { } value
            ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(value, DateTimeKind.Utc), DeskZone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
            : none;

    /// <summary>A span in the units an operator reads at a glance: "12 min", "24 h", "5 h 10 min", "3 d 4 h".</summary>
    public static string Span(TimeSpan span)
    {
        var abs = span.Duration();
        if (abs < TimeSpan.FromHours(1))
        {
            return $"{(int)abs.TotalMinutes} min";
        }
        if (abs < TimeSpan.FromDays(2))
        {
            return abs.Minutes == 0 ? $"{(int)abs.TotalHours} h" : $"{(int)abs.TotalHours} h {abs.Minutes} min";
        }
        return abs.Hours == 0 ? $"{(int)abs.TotalDays} d" : $"{(int)abs.TotalDays} d {abs.Hours} h";
    }

    /// <summary>Time left to a target: "14 min left", or "overdue by 3 min".</summary>
    public static string TimeLeft(TimeSpan left) => left < TimeSpan.Zero ? $"overdue by {Span(left)}" : $"{Span(left)} left";

    public static string Duration(int? seconds) =>
        seconds is { } s ? $"{s / 60}:{s % 60:00}" : "—";
}
