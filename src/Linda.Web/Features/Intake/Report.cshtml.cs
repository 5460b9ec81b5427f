using System.Globalization;
using System.Security.Cryptography;
using Linda.Core.Intake;
using Linda.Core.Reference;
using Linda.Core.Triage;
using Linda.Web.Features.Offers;
using Linda.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Linda.Web.Features.Intake;

/// <summary>
/// The public report form: no account, English and Kiswahili, a plain POST that works without JavaScript. It
/// sends the same <see cref="ReportRequest"/> as the API through the same handler; on success it redirects to
/// the confirmation, carrying the reference and follow-up code in TempData (an encrypted cookie read once),
/// never in the URL.
/// </summary>
[AllowAnonymous]
public sealed class ReportModel(SubmitReportHandler handler, HandOffOfferHandler handOff, IStringLocalizer<SharedResource> T) : PageModel
{
    public const string ReferenceKey = "report.reference";
    public const string FollowUpCodeKey = "report.followUpCode";
    public const string UrgentKey = "report.urgent";

    [BindProperty]
    public ReportForm Input { get; set; } = new();

    /// <summary>Translated messages by contract field ("contact.timeZone"), in the order the form shows them.</summary>
    public Dictionary<string, string> Errors { get; } = [];

    /// <summary>The form had already been sent once with a different report; sending again makes a new report.</summary>
    public bool AlreadySent { get; private set; }

    /// <summary>Set when the form was opened from a job-offer check with the offer copied in; nothing is stored yet.</summary>
    public OfferHandOff? FromOffer { get; private set; }

    public string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "sw" ? "sw" : "en";

    public void OnGet() => Input = new ReportForm { IdempotencyKey = NewIdempotencyKey() };

    /// <summary>
    /// "Report someone in danger" on the job-offer check: the form opens with the offer, the agency and the country
    /// filled in, for the person to complete and send. Nothing is stored until they do.
    /// </summary>
    public async Task OnPostFromOfferAsync([FromForm] OfferHandOffForm offer, CancellationToken ct)
    {
        ModelState.Clear();
        Input = new ReportForm { IdempotencyKey = NewIdempotencyKey() };
        FromOffer = await handOff.PrepareAsync(offer, ReportValidator.DescriptionMaxLength, ReportValidator.NameMaxLength, ReportValidator.NameMaxLength, Language, ct);
        if (FromOffer is { } from)
        {
            Input.Description = from.Text;
            Input.AgencyName = from.AgencyName;
            Input.Country = from.Country;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Only the report validator decides; a tampered checkbox value simply reads as "not ticked".
        ModelState.Clear();
        var submitted = await handler.SubmitAsync(Input.ToRequest(Language), SignalChannel.Web, ct);
        foreach (var error in submitted.Errors.OrderBy(e => ReportForm.Order(e.Field)))
        {
            var (key, arguments) = ReportFieldMessages.For(error);
            Errors.TryAdd(error.Field, T[key, arguments]);
        }
        if (submitted.Recorded is not { } recorded)
        {
            return Page();
        }
        if (recorded.Conflict)
        {
            // This form's key was used for a different report (the person went back and changed it): keep what they
            // typed, explain, and let a second press send it as a new report.
            AlreadySent = true;
            Input.IdempotencyKey = NewIdempotencyKey();
            return Page();
        }
        TempData[ReferenceKey] = recorded.Reference;
        TempData[FollowUpCodeKey] = recorded.FollowUpCode;
        TempData[UrgentKey] = recorded.Urgency == Urgency.P1;
        return RedirectToPage("/Intake/Received");
    }

    /// <summary>Attributes that tie a field to its hint and its error message.</summary>
    public string? DescribedBy(string field, string? hintId = null)
    {
        var ids = new List<string>();
        if (hintId is not null)
        {
            ids.Add(hintId);
        }
        if (Errors.ContainsKey(field))
        {
            ids.Add(ReportForm.IdOf(field) + "-error");
        }
        return ids.Count == 0 ? null : string.Join(' ', ids);
    }

    public string? Invalid(string field) => Errors.ContainsKey(field) ? "true" : null;

    /// <summary>128 random bits, so that a double submit of this rendering of the form makes one report.</summary>
    private static string NewIdempotencyKey() => "web-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>Time zones for safe times: the corridor first (DESIGN.md), as "country (city)".</summary>
    public static readonly IReadOnlyList<(string Id, string Country, string City)> CorridorTimeZones =
    [
        ("Africa/Nairobi", "KEN", "Nairobi"), ("Asia/Riyadh", "SAU", "Riyadh"), ("Asia/Qatar", "QAT", "Doha"),
        ("Asia/Dubai", "ARE", "Dubai"), ("Asia/Muscat", "OMN", "Muscat"), ("Asia/Kuwait", "KWT", "Kuwait"),
        ("Asia/Bahrain", "BHR", "Manama"), ("Asia/Beirut", "LBN", "Beirut"), ("Asia/Amman", "JOR", "Amman"),
    ];

    /// <summary>
    /// Other places Kenyans go for work or are trafficked to (including the scam compounds of South-East Asia). The
    /// full IANA list would add ~30 KB to a page meant for 2G; anywhere else is covered by the UTC offsets below.
    /// </summary>
    public static readonly IReadOnlyList<(string Id, string Country)> OtherCountryTimeZones =
    [
        ("Asia/Jerusalem", "ISR"), ("Asia/Baghdad", "IRQ"), ("Europe/Istanbul", "TUR"), ("Africa/Cairo", "EGY"),
        ("Africa/Kampala", "UGA"), ("Africa/Dar_es_Salaam", "TZA"), ("Africa/Johannesburg", "ZAF"), ("Europe/London", "GBR"),
        ("Europe/Berlin", "DEU"), ("Europe/Warsaw", "POL"), ("America/New_York", "USA"), ("America/Toronto", "CAN"),
        ("Asia/Kuala_Lumpur", "MYS"), ("Asia/Bangkok", "THA"), ("Asia/Yangon", "MMR"), ("Asia/Phnom_Penh", "KHM"),
        ("Asia/Vientiane", "LAO"), ("Asia/Kolkata", "IND"), ("Asia/Shanghai", "CHN"),
    ];

    /// <summary>Whole-hour offsets as IANA "Etc/GMT" zones, whose sign is inverted: Etc/GMT-3 is UTC+3.</summary>
    public static readonly IReadOnlyList<(string Id, string Label)> OffsetTimeZones =
    [
        .. Enumerable.Range(-12, 27).Select(hours => (
            hours == 0 ? "Etc/UTC" : $"Etc/GMT{(hours > 0 ? "-" : "+")}{Math.Abs(hours)}",
            hours == 0 ? "UTC" : $"UTC{(hours > 0 ? "+" : "\u2212")}{Math.Abs(hours)}")),
    ];

    public static string CountryName(string alpha3, string language) => Countries.Find(alpha3)!.NameIn(language);
}

/// <summary>The report form's fields, named after the JSON contract; everything is optional text until validated.</summary>
public sealed class ReportForm
{
    public string? ReporterRelation { get; set; }
    public List<string> Categories { get; set; } = [];
    public string? Description { get; set; }
    public string? Country { get; set; }
    public string? City { get; set; }
    public string? County { get; set; }
    public string? Since { get; set; }
    public string? AgencyName { get; set; }
    public string? EmployerName { get; set; }
    public string? PersonName { get; set; }
    public string? PersonPhone { get; set; }
    public string? ContactChannel { get; set; }
    public string? SafeTimes { get; set; }
    public string? TimeZone { get; set; }
    public bool DoNotCall { get; set; }
    public bool NoMessages { get; set; }
    public string? CodeWord { get; set; }
    public bool ConsentToFollowUp { get; set; }
    public string? IdempotencyKey { get; set; }

    /// <summary>Contract fields in the order the form shows them (for the error summary).</summary>
    private static readonly string[] FieldOrder =
    [
        "reporterRelation", "categories", "description", "country", "city", "county", "since", "agencyName", "employerName",
        "personName", "personPhone", "contact.channel", "contact.safeTimes", "contact.timeZone", "contact.codeWord",
    ];

    public static int Order(string field) => Array.IndexOf(FieldOrder, field) is var i and >= 0 ? i : FieldOrder.Length;

    /// <summary>The element id of a contract field ("contact.timeZone" → "contact-timeZone").</summary>
    public static string IdOf(string field) => field.Replace('.', '-');

    /// <summary>Where the error summary's link for a field goes: the field, or the first choice of a group.</summary>
    public static string AnchorOf(string field) => field switch
    {
        "reporterRelation" => "reporterRelation-" + ReporterRelations.All[0],
        "categories" => "categories-" + SignalCategories.All[0],
        "contact.channel" => "contact-channel-" + ContactChannels.All[0],
        "language" or "idempotencyKey" => "report-form",
        _ => IdOf(field),
    };

    public ReportRequest ToRequest(string language) => new()
    {
        Language = language,
        ReporterRelation = ReporterRelation,
        Categories = Categories,
        Description = Description,
        Country = Country,
        City = City,
        County = County,
        Since = Since,
        AgencyName = AgencyName,
        EmployerName = EmployerName,
        PersonName = PersonName,
        PersonPhone = PersonPhone,
        Contact = new ReportContact
        {
            Channel = ContactChannel,
            SafeTimes = SafeTimes,
            TimeZone = TimeZone,
            DoNotCall = DoNotCall,
            NoMessages = NoMessages,
            CodeWord = CodeWord,
        },
        ConsentToFollowUp = ConsentToFollowUp,
        IdempotencyKey = IdempotencyKey,
    };
}
