namespace Linda.Core.Agencies;

/// <summary>
/// Stages of IOM's International Recruitment Integrity System (IRIS) ethical-recruitment programme, in order.
/// </summary>
public enum IrisStage
{
    NotEngaged = 0,
    Trained = 1,
    EnrolledInCapacityBuilding = 2,
    MaturityAssessment = 3,
    Certified = 4,
}

/// <summary>An agency reached an IRIS stage on a date (e.g. trained on 12 Mar 2022, "IRIS foundation training").</summary>
public sealed class IrisMilestone
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AgencyId { get; set; }
    public IrisStage Stage { get; set; }
    public DateOnly ReachedOn { get; set; }
    public string? Note { get; set; }
    public string? RecordedBy { get; set; }
    public DateTime RecordedAt { get; set; }

    public const int NoteMaxLength = 300;
}

public sealed record IrisCounts(int Trained, int Enrolled, int UnderAssessment, int Certified);

public static class IrisProgress
{
    /// <summary>The furthest stage an agency has reached.</summary>
    public static IrisStage CurrentStage(IEnumerable<IrisMilestone> milestones) =>
        milestones.Select(m => m.Stage).DefaultIfEmpty(IrisStage.NotEngaged).Max();

    /// <summary>
    /// Registry-wide counts as the oversight dashboard states them ("trained 100, enrolled 17, under
    /// assessment 2"): each count includes the agencies that went further, except "under assessment", which
    /// counts those whose furthest stage is the maturity assessment.
    /// </summary>
    public static IrisCounts Count(IEnumerable<IrisStage> currentStages)
    {
        var stages = currentStages.ToList();
        return new IrisCounts(
            stages.Count(s => s >= IrisStage.Trained),
            stages.Count(s => s >= IrisStage.EnrolledInCapacityBuilding),
            stages.Count(s => s == IrisStage.MaturityAssessment),
            stages.Count(s => s == IrisStage.Certified));
    }
}
