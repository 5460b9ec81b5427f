using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Linda.Core.Intake;
using Linda.Core.Phones;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Linda.Web.Features.Intake.Desk;

/// <summary>
/// The call log: an operator records a hotline call as a signal while on the phone. What the caller said is checked
/// by the same <see cref="ReportValidator"/> as a web report; silent, prank, wrong-number and abusive calls are only counted.
/// </summary>
public sealed class LogCallModel(RecordSignalHandler recorder, TimeProvider time) : PageModel
{
    [BindProperty]
    public CallInput Input { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    public sealed class CallInput
    {
        [Required(ErrorMessage = "Choose what kind of call it was.")]
        [Display(Name = "Call type")]
        public CallType? CallType { get; set; }

        [Display(Name = "Caller's number")]
        public string? CallerNumber { get; set; }

        [Display(Name = "Language of the call")]
        public string Language { get; set; } = "sw";

        [Display(Name = "Duration (minutes, or m:ss)")]
        public string? Duration { get; set; }

        [Display(Name = "The caller is")]
        public string? ReporterRelation { get; set; }

        public List<string> Categories { get; set; } = [];

        [Display(Name = "Notes")]
        public string? Notes { get; set; }

        [Display(Name = "Country where the person is")]
        public string? Country { get; set; }

        [Display(Name = "Person's name (optional)")]
        public string? PersonName { get; set; }

        [Display(Name = "Person's phone (optional)")]
        public string? PersonPhone { get; set; }

        [Display(Name = "Agency or recruiter named (optional)")]
        public string? AgencyName { get; set; }

        [Display(Name = "Handled during the call (information given, nothing more to do)")]
        public bool HandledDuringCall { get; set; }
    }

    // The validator names fields as the JSON contract does; the form names them as here.
    private static readonly IReadOnlyDictionary<string, string> FormField = new Dictionary<string, string>
    {
        ["language"] = nameof(CallInput.Language),
        ["reporterRelation"] = nameof(CallInput.ReporterRelation),
        ["categories"] = nameof(CallInput.Categories),
        ["description"] = nameof(CallInput.Notes),
        ["country"] = nameof(CallInput.Country),
        ["personName"] = nameof(CallInput.PersonName),
        ["personPhone"] = nameof(CallInput.PersonPhone),
        ["agencyName"] = nameof(CallInput.AgencyName),
    };

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        string? callerPhone = null;
        if (!string.IsNullOrWhiteSpace(Input.CallerNumber))
        {
            callerPhone = PhoneNormaliser.ToE164(Input.CallerNumber);
            if (callerPhone is null)
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(CallInput.CallerNumber)}",
                    "This is not a phone number we can use. Include the country code if it is not Kenyan.");
            }
        }
        var duration = ParseDuration(Input.Duration);
        if (duration is null && !string.IsNullOrWhiteSpace(Input.Duration))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(CallInput.Duration)}", "Give the duration in minutes (4) or minutes and seconds (4:30), at most 4 hours.");
        }

        var request = new ReportRequest
        {
            Language = Input.Language,
            ReporterRelation = Input.ReporterRelation,
            Categories = Input.Categories,
            Description = Input.Notes,
            Country = Input.Country,
            PersonName = Input.PersonName,
            PersonPhone = Input.PersonPhone,
            AgencyName = Input.AgencyName,
        };
        var (report, errors) = ReportValidator.Validate(request, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        var countedOnly = Input.CallType is { } type && !type.IsTriaged();
        foreach (var error in errors)
        {
            // A silent or wrong-number call has nothing to tell: it needs neither categories nor notes.
            if (countedOnly && error.Code == FieldErrorCodes.Required)
            {
                continue;
            }
            ModelState.AddModelError($"{nameof(Input)}.{FormField.GetValueOrDefault(error.Field, nameof(CallInput.Notes))}", error.Message);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        // Only the "tell us something" rule failed, for a call that needs nothing: keep the language and country.
        report ??= CallTypes.NothingSaid(Input.Language == "en" ? "en" : "sw", Linda.Core.Reference.Countries.Find(Input.Country?.Trim())?.Alpha3);

        var signal = await recorder.RecordCallAsync(
            new HotlineCall(Input.CallType!.Value, callerPhone, duration, report, Input.HandledDuringCall && !countedOnly), ct);
        if (countedOnly)
        {
            Notice = $"{DeskText.CallType(signal.CallType!.Value)} counted ({signal.Reference}).";
            return RedirectToPage();
        }
        Notice = $"Call recorded as {signal.Reference}; suggested urgency {signal.SuggestedUrgency}.";
        return Redirect($"/staff/desk/signals/{signal.Id}");
    }

    /// <summary>"4" is four minutes, "4:30" four and a half; null when empty or not a duration.</summary>
    public static int? ParseDuration(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var parts = text.Trim().Split(':');
        int seconds;
        if (parts.Length == 1 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes))
        {
            seconds = minutes * 60;
        }
        else if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out minutes)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var rest) && rest < 60 && parts[1].Length == 2)
        {
            seconds = (minutes * 60) + rest;
        }
        else
        {
            return null;
        }
        return seconds <= CallTypes.MaxDurationSeconds ? seconds : null;
    }
}
