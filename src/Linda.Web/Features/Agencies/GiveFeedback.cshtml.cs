using System.Globalization;
using Linda.Core.Agencies;
using Linda.Core.Agencies.Feedback;
using Linda.Data;
using Linda.Web.Features.Agencies.Feedback;
using Linda.Web.Features.Offers;
using Linda.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Agencies;

/// <summary>
/// The public feedback form: no account, works without JavaScript, the same validator as the API. The confirmation
/// is the answer to the POST itself, so the reference never appears in a URL or the browser's history.
/// </summary>
[AllowAnonymous]
[ProtectReporterAddress]
public sealed class GiveFeedbackModel(SubmitFeedbackHandler handler, HandOffOfferHandler handOff, LindaDbContext db) : PageModel
{
    /// <summary>The form's input id of each field, for error messages and the error summary's links.</summary>
    public static readonly IReadOnlyDictionary<string, string> InputIds = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [FeedbackFields.Body] = "agency-name",
        [FeedbackFields.Language] = "agency-name",
        [FeedbackFields.AgencyName] = "agency-name",
        [FeedbackFields.LicenceNumber] = "licence-number",
        [FeedbackFields.Issues] = "issue-" + FeedbackCodes.FeesAsked,
        [FeedbackFields.FeeAmount] = "fee-amount",
        [FeedbackFields.FeeCurrency] = "fee-currency",
        [FeedbackFields.FeePaidTo] = "fee-paid-to-agency",
        [FeedbackFields.FeePaidToDetail] = "fee-paid-to-detail",
        [FeedbackFields.FeeReceiptGiven] = "fee-receipt-yes",
        [FeedbackFields.DestinationCountry] = "country",
        [FeedbackFields.DestinationCity] = "city",
        [FeedbackFields.When] = "month",
        [FeedbackFields.RatingFees] = "rating-fees-1",
        [FeedbackFields.RatingContractHonesty] = "rating-contract-1",
        [FeedbackFields.RatingPreDeparture] = "rating-predeparture-1",
        [FeedbackFields.RatingSupportAbroad] = "rating-support-1",
        [FeedbackFields.Text] = "text",
        [FeedbackFields.ContactName] = "contact-name",
        [FeedbackFields.ContactPhone] = "contact-phone",
        [FeedbackFields.ContactNote] = "contact-note",
        [FeedbackFields.SalaryAmount] = "salary-amount",
        [FeedbackFields.SalaryCurrency] = "salary-currency",
    };

    [BindProperty]
    public FeedbackForm Input { get; set; } = new();

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    /// <summary>Set once the feedback is stored: the page then shows the confirmation.</summary>
    public string? Reference { get; private set; }

    /// <summary>Set when the form was opened from a job-offer check with the offer copied in; nothing is stored yet.</summary>
    public OfferHandOff? FromOffer { get; private set; }

    public DateOnly Today => handler.Today;

    public string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "sw" ? "sw" : "en";

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? messages[0] : null;

    /// <summary>Arriving from "Tell us about this agency" on the verify page, the agency is filled in.</summary>
    public async Task OnGetAsync(string? licence, CancellationToken ct)
    {
        if (LicenceNumbers.Normalise(licence) is { } key)
        {
            var agency = await db.Agencies.AsNoTracking().Where(a => a.LicenceKey == key)
                .Select(a => new { a.Name, a.LicenceNumber }).FirstOrDefaultAsync(ct);
            if (agency is not null)
            {
                Input.AgencyName = agency.Name;
                Input.LicenceNumber = agency.LicenceNumber;
            }
        }
    }

    /// <summary>
    /// "Report this agency or offer" on the job-offer check: the form opens with the offer, agency, licence and
    /// destination filled in, for the person to review and send. Nothing is stored until they do.
    /// </summary>
    public async Task OnPostFromOfferAsync([FromForm] OfferHandOffForm offer, CancellationToken ct)
    {
        // The hand-off's own fields ("Text") would otherwise bind into the form's: it starts clean.
        Input = new FeedbackForm();
        ModelState.Clear();
        FromOffer = await handOff.PrepareAsync(offer, AgencyFeedback.TextMaxLength, FeedbackValidator.NameMaxLength, FeedbackValidator.LicenceMaxLength, Language, ct);
        if (FromOffer is { } from)
        {
            Input.AgencyName = from.AgencyName;
            Input.LicenceNumber = from.LicenceNumber;
            Input.Country = from.Country;
            Input.Text = from.Text;
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var submission = Input.ToSubmission(Language, (field, message) => errors.TryAdd(field, [message]));
        var validation = FeedbackValidator.Validate(submission, Today);
        foreach (var (field, messages) in validation.Errors)
        {
            errors.TryAdd(field, messages);
        }
        if (errors.Count > 0)
        {
            Errors = errors;
            return Page();
        }
        Reference = await handler.HandleAsync(validation.Feedback!, FeedbackChannel.Web, HttpContext.Connection.RemoteIpAddress, ct);
        return Page();
    }

    /// <summary>The form as posted: all text, read here into a <see cref="FeedbackSubmission"/>.</summary>
    public sealed class FeedbackForm
    {
        public string? AgencyName { get; set; }
        public string? LicenceNumber { get; set; }
        public List<string> Issues { get; set; } = [];
        public string? FeeAmount { get; set; }
        public string? FeeCurrency { get; set; } = "KES";
        public string? FeePaidTo { get; set; }
        public string? FeePaidToDetail { get; set; }

        /// <summary>"yes", "no" or empty.</summary>
        public string? FeeReceipt { get; set; }

        public string? Country { get; set; }
        public string? City { get; set; }
        public string? Month { get; set; }
        public string? Year { get; set; }
        public string? RatingFees { get; set; }
        public string? RatingContractHonesty { get; set; }
        public string? RatingPreDeparture { get; set; }
        public string? RatingSupportAbroad { get; set; }
        public string? Text { get; set; }
        public string? ContactName { get; set; }
        public string? ContactPhone { get; set; }
        public string? ContactNote { get; set; }
        public string? SalaryAmount { get; set; }
        public string? SalaryCurrency { get; set; }

        public FeedbackSubmission ToSubmission(string language, Action<string, string> fail) => new()
        {
            Language = language,
            AgencyName = AgencyName,
            LicenceNumber = LicenceNumber,
            Issues = Issues,
            FeeAmount = Amount(FeeAmount, FeedbackFields.FeeAmount, fail),
            FeeCurrency = FeeCurrency,
            FeePaidTo = FeePaidTo,
            FeePaidToDetail = FeePaidToDetail,
            FeeReceiptGiven = FeeReceipt switch { "yes" => true, "no" => false, _ => null },
            DestinationCountry = Country,
            DestinationCity = City,
            When = When(fail),
            RatingFees = Rating(RatingFees, FeedbackFields.RatingFees, fail),
            RatingContractHonesty = Rating(RatingContractHonesty, FeedbackFields.RatingContractHonesty, fail),
            RatingPreDeparture = Rating(RatingPreDeparture, FeedbackFields.RatingPreDeparture, fail),
            RatingSupportAbroad = Rating(RatingSupportAbroad, FeedbackFields.RatingSupportAbroad, fail),
            Text = Text,
            ContactName = ContactName,
            ContactPhone = ContactPhone,
            ContactNote = ContactNote,
            SalaryAmount = Amount(SalaryAmount, FeedbackFields.SalaryAmount, fail),
            SalaryCurrency = SalaryCurrency,
        };

        private string? When(Action<string, string> fail)
        {
            var month = Month?.Trim();
            var year = Year?.Trim();
            if (string.IsNullOrEmpty(month) && string.IsNullOrEmpty(year))
            {
                return null;
            }
            if (!int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
                || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
                || m is < 1 or > 12 || y is < 1 or > 9999)
            {
                fail(FeedbackFields.When, FeedbackMessages.WhenUnreadable);
                return null;
            }
            return string.Create(CultureInfo.InvariantCulture, $"{y:0000}-{m:00}");
        }

        private static decimal? Amount(string? text, string field, Action<string, string> fail)
        {
            if (FeedbackValidator.TryParseAmount(text, out var amount))
            {
                return amount;
            }
            fail(field, FeedbackMessages.AmountNotANumber);
            return null;
        }

        private static int? Rating(string? text, string field, Action<string, string> fail)
        {
            if (FeedbackValidator.TryParseRating(text, out var rating))
            {
                return rating;
            }
            fail(field, FeedbackMessages.RatingOutOfRange);
            return null;
        }
    }
}
