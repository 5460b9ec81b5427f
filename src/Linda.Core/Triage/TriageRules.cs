using static Linda.Core.Triage.TriageLexicon;

namespace Linda.Core.Triage;

/// <summary>
/// A rule: when every fact in <see cref="AllOf"/> is present, and at least one of <see cref="AnyOf"/> when that
/// is not empty, the report is at least as urgent as <see cref="Urgency"/>, for the reason given in both languages.
/// </summary>
public sealed record TriageRule(string Code, Urgency Urgency, string[] AllOf, string[] AnyOf, string En, string Sw)
{
    public string Text(string language) => language == "sw" ? Sw : En;
}

/// <summary>The rules that turn facts into a suggested urgency. Data, in the order an operator reads them.</summary>
public static class TriageRules
{
    /// <summary>The reason given when no rule fires.</summary>
    public static readonly TriageRule NoDangerFound = new(
        "information_or_referral", Urgency.P4, [], [],
        "no sign of danger or exploitation was found: information, referral or a labour issue",
        "hakuna dalili ya hatari au unyonyaji iliyopatikana: taarifa, rufaa au suala la kazi");

    private static readonly string[] DangerToMinor =
        [PhysicalAbuse, SexualAbuse, LockedIn, Threatened, ThreatToLife, Missing, ViolenceNow, NoFoodOrCare, Detained, Stranded, MedicalEmergency];

    public static readonly IReadOnlyList<TriageRule> All =
    [
        new("suicidal", Urgency.P1, [Suicidal], [], "the person may harm themself", "mtu huyu anaweza kujidhuru"),
        new("violence_now", Urgency.P1, [ViolenceNow], [], "violence is happening now", "vurugu zinatokea sasa hivi"),
        new("medical_emergency", Urgency.P1, [MedicalEmergency], [], "a medical emergency", "dharura ya kiafya"),
        new("threat_to_life", Urgency.P1, [ThreatToLife], [], "a threat to kill", "tishio la kuua"),
        new("locked_in_threatened", Urgency.P1, [LockedIn, Threatened], [], "locked in and threatened", "amefungiwa ndani na anatishiwa"),
        new("locked_in_abused", Urgency.P1, [LockedIn], [PhysicalAbuse, SexualAbuse], "locked in and abused", "amefungiwa ndani na ananyanyaswa"),
        new("minor_in_danger", Urgency.P1, [Minor], DangerToMinor, "a child in danger", "mtoto yuko hatarini"),

        new("sexual_abuse", Urgency.P2, [SexualAbuse], [], "sexual abuse", "unyanyasaji wa kingono"),
        new("physical_abuse", Urgency.P2, [PhysicalAbuse], [], "physical abuse", "kupigwa au kuumizwa"),
        new("locked_in", Urgency.P2, [LockedIn], [], "cannot leave", "hawezi kutoka"),
        new("threatened", Urgency.P2, [Threatened], [], "threatened", "anatishiwa"),
        new("documents_taken_deportation", Urgency.P2, [DocumentsTaken, Deportation], [], "documents taken and deportation near", "hati zimechukuliwa na kufukuzwa kunakaribia"),
        new("detained", Urgency.P2, [Detained], [], "detained", "amezuiliwa"),
        new("deportation", Urgency.P2, [Deportation], [], "facing deportation", "anakabiliwa na kufukuzwa nchini"),
        new("no_food_or_care", Urgency.P2, [NoFoodOrCare], [], "no food or medical care", "hana chakula au matibabu"),
        new("stranded", Urgency.P2, [Stranded], [], "stranded", "amekwama"),
        new("missing", Urgency.P2, [Missing], [], "missing or cannot be reached", "amepotea au hapatikani"),
        new("minor_involved", Urgency.P2, [Minor], [], "a child is involved", "mtoto anahusika"),

        new("documents_taken", Urgency.P3, [DocumentsTaken], [], "passport, phone or documents taken", "pasipoti, simu au hati zimechukuliwa"),
        new("unpaid", Urgency.P3, [Unpaid], [], "wages not paid", "mshahara haujalipwa"),
        new("excessive_hours", Urgency.P3, [ExcessiveHours], [], "excessive hours without rest", "saa nyingi za kazi bila kupumzika"),
        new("contract_substitution", Urgency.P3, [ContractSubstitution], [], "contract or job not as promised", "mkataba au kazi si kama ilivyoahidiwa"),
        new("wants_to_return", Urgency.P3, [WantsToReturn], [], "wants to come home", "anataka kurudi nyumbani"),
    ];
}
