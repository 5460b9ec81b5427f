namespace Linda.Core.Intake;

/// <summary>How to reach the person safely (DESIGN.md, <c>contact</c>).</summary>
public sealed class ReportContact
{
    public string? Channel { get; set; }
    public string? SafeTimes { get; set; }
    public string? TimeZone { get; set; }
    public bool DoNotCall { get; set; }
    public bool NoMessages { get; set; }
    public string? CodeWord { get; set; }
}

/// <summary>
/// A distress report as the public form and <c>POST /api/v1/reports</c> send it. Property names are the JSON
/// contract in DESIGN.md; <see cref="ReportValidator"/> is the one place that decides what is acceptable.
/// </summary>
public sealed class ReportRequest
{
    public string? Language { get; set; }
    public string? ReporterRelation { get; set; }
    public List<string>? Categories { get; set; }
    public string? Description { get; set; }
    public string? Country { get; set; }
    public string? City { get; set; }
    public string? County { get; set; }
    public string? Since { get; set; }
    public string? AgencyName { get; set; }
    public string? EmployerName { get; set; }
    public string? PersonName { get; set; }
    public string? PersonPhone { get; set; }
    public ReportContact? Contact { get; set; }
    public bool ConsentToFollowUp { get; set; }
    public string? IdempotencyKey { get; set; }
}

/// <summary>Who is reporting.</summary>
public static class ReporterRelations
{
    public static readonly IReadOnlyList<string> All = ["self", "family", "friend", "community", "organisation"];
}

/// <summary>How the person prefers to be contacted.</summary>
public static class ContactChannels
{
    public static readonly IReadOnlyList<string> All = ["call", "sms", "whatsapp", "none"];
}
