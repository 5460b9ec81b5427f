namespace Linda.Core.Triage;

/// <summary>What is happening, as the report form and <c>POST /api/v1/reports</c> name it (DESIGN.md).</summary>
public static class SignalCategories
{
    public const string LockedIn = "locked_in";
    public const string PhysicalAbuse = "physical_abuse";
    public const string SexualAbuse = "sexual_abuse";
    public const string DocumentsTaken = "documents_taken";
    public const string Unpaid = "unpaid";
    public const string NoFoodOrCare = "no_food_or_care";
    public const string Threatened = "threatened";
    public const string Detained = "detained";
    public const string Stranded = "stranded";
    public const string WantsToReturn = "wants_to_return";
    public const string Missing = "missing";
    public const string MinorInvolved = "minor_involved";
    public const string Other = "other";

    /// <summary>Every code, in the order the form lists them.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        LockedIn, PhysicalAbuse, SexualAbuse, DocumentsTaken, Unpaid, NoFoodOrCare, Threatened, Detained,
        Stranded, WantsToReturn, Missing, MinorInvolved, Other,
    ];

    public static bool IsKnown(string? code) => code is not null && All.Contains(code, StringComparer.Ordinal);
}
