using System.Net;
using Linda.Core.Agencies;
using Linda.Core.Agencies.Feedback;
using Linda.Data;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Agencies.Feedback;

/// <summary>
/// Synthetic community feedback for Development. It is about invented "DEMO" agencies added to the registry, never
/// about a real one: invented complaints must not sit beside a real company's name, even on a laptop. One agency
/// has enough published reports to show public figures (and two ratings with too few answers to show); another has
/// too few; an unknown agency waits in the queue to be linked; some reports carry spam signals.
/// </summary>
public static class FeedbackDemoSeed
{
    public static readonly (string Licence, string Name, DateOnly ExpiresOn)[] Agencies =
    [
        ("DEMO/2026/01/01", "DEMO MSITU PLACEMENTS LIMITED", new DateOnly(2030, 12, 31)),
        ("DEMO/2026/01/02", "DEMO KILIMA MANPOWER AGENCY", new DateOnly(2025, 12, 31)),
    ];

    public const string UnknownAgency = "Demo Mawingu Travel Agents";

    private sealed record Report(int Agency, FeedbackStatus Status, FeedbackSubmission Submission, int DaysAgo);

    public static async Task SeedAsync(IServiceProvider services, string? officerId, CancellationToken ct)
    {
        var db = services.GetRequiredService<LindaDbContext>();
        if (await db.AgencyFeedback.AnyAsync(ct))
        {
            return;
        }
        foreach (var (licence, name, expiresOn) in Agencies)
        {
            var key = LicenceNumbers.Normalise(licence)!;
            if (!await db.Agencies.AnyAsync(a => a.LicenceKey == key, ct))
            {
                db.Agencies.Add(new Agency
                {
                    LicenceNumber = licence,
                    LicenceKey = key,
                    Name = name,
                    ServiceType = "Synthetic demo agency",
                    IssuedOn = expiresOn.AddYears(-3),
                    ExpiresOn = expiresOn,
                    CreatedAt = db.UtcNow,
                    UpdatedAt = db.UtcNow,
                });
            }
        }
        await db.SaveChangesAsync(ct);

        var handler = services.GetRequiredService<SubmitFeedbackHandler>();
        var today = handler.Today;
        var month = today.AddMonths(-4).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var report in Reports(month))
        {
            var submission = report.Agency switch
            {
                0 or 1 => report.Submission with { LicenceNumber = Agencies[report.Agency].Licence, AgencyName = Agencies[report.Agency].Name },
                _ => report.Submission with { AgencyName = UnknownAgency },
            };
            var valid = FeedbackValidator.Validate(submission, today).Feedback
                ?? throw new InvalidOperationException("A demo feedback report does not validate.");
            var reference = await handler.HandleAsync(valid, FeedbackChannel.Web, source: null, ct);
            var stored = await db.AgencyFeedback.SingleAsync(f => f.Reference == reference, ct);
            stored.ReceivedAt = db.UtcNow.AddDays(-report.DaysAgo);
            if (report.Status is FeedbackStatus.Verified or FeedbackStatus.Published)
            {
                FeedbackModeration.Apply(stored, FeedbackStatus.Verified, null, officerId, db.UtcNow);
            }
            if (report.Status == FeedbackStatus.Published)
            {
                FeedbackModeration.Apply(stored, FeedbackStatus.Published, null, officerId, db.UtcNow);
            }
            await db.SaveChangesAsync(ct);
        }
    }

    private static IEnumerable<Report> Reports(string month)
    {
        FeedbackSubmission Fees(decimal amount, string paidTo, params string[] issues) => new()
        {
            Issues = [FeedbackCodes.FeesAsked, .. issues],
            FeeAmount = amount,
            FeeCurrency = "KES",
            FeePaidTo = paidTo,
            FeeReceiptGiven = false,
            DestinationCountry = "SAU",
            DestinationCity = "Riyadh",
            When = month,
            SalaryAmount = 1200,
            SalaryCurrency = "SAR",
        };
        const string SameText = "Synthetic demo: they asked for a medical fee in cash and kept my passport until the day of travel.";

        // DEMO MSITU: six published, enough for figures on fees, passports and two ratings; pre-departure
        // information and support abroad have four answers each, so those two averages stay hidden.
        yield return new(0, FeedbackStatus.Published, Fees(150_000, "mobile_money", FeedbackCodes.PassportKept) with
        { RatingFees = 1, RatingContractHonesty = 2, RatingPreDeparture = 2, RatingSupportAbroad = 1, Text = "Synthetic demo report one." }, 60);
        yield return new(0, FeedbackStatus.Published, Fees(120_000, "individual", FeedbackCodes.PassportKept, FeedbackCodes.JobDifferent) with
        { RatingFees = 1, RatingContractHonesty = 1, RatingPreDeparture = 3, RatingSupportAbroad = 2 }, 55);
        yield return new(0, FeedbackStatus.Published, Fees(180_000, "agency", FeedbackCodes.PassportKept, FeedbackCodes.ContractChanged) with
        { RatingFees = 2, RatingContractHonesty = 2 }, 50);
        yield return new(0, FeedbackStatus.Published, Fees(100_000, "mobile_money", FeedbackCodes.PassportKept) with
        { RatingFees = 1, RatingSupportAbroad = 1 }, 45);
        yield return new(0, FeedbackStatus.Published, Fees(90_000, "individual", FeedbackCodes.PassportKept, FeedbackCodes.Abuse) with
        { RatingFees = 2, RatingContractHonesty = 3, RatingPreDeparture = 2, RatingSupportAbroad = 1 }, 40);
        yield return new(0, FeedbackStatus.Published, new FeedbackSubmission
        { Issues = [FeedbackCodes.JobDifferent], RatingContractHonesty = 2, RatingPreDeparture = 3, DestinationCountry = "QAT", When = month }, 35);
        yield return new(0, FeedbackStatus.UnderReview, Fees(160_000, "mobile_money", FeedbackCodes.PassportKept) with
        { Text = SameText, ContactName = "Demo Reporter", ContactPhone = "0712 000 001", ContactNote = "Synthetic: SMS only, after 6 pm" }, 3);
        yield return new(0, FeedbackStatus.UnderReview, Fees(160_000, "mobile_money", FeedbackCodes.PassportKept) with { Text = SameText.ToUpperInvariant() + "!!" }, 2);

        // DEMO KILIMA: three published and one verified: not yet enough for any public figure.
        yield return new(1, FeedbackStatus.Published, new FeedbackSubmission { Issues = [FeedbackCodes.NoLicenceDisplayed], RatingPreDeparture = 2 }, 30);
        yield return new(1, FeedbackStatus.Published, new FeedbackSubmission { Issues = [FeedbackCodes.NoLicenceDisplayed, FeedbackCodes.ContractChanged] }, 28);
        yield return new(1, FeedbackStatus.Published, new FeedbackSubmission { RatingFees = 4, RatingSupportAbroad = 4 }, 26);
        yield return new(1, FeedbackStatus.Verified, new FeedbackSubmission { Issues = [FeedbackCodes.ContractChanged], DestinationCountry = "ARE" }, 5);

        // Not in the registry: waits in the queue to be linked; the same contact twice raises a signal.
        yield return new(2, FeedbackStatus.UnderReview, new FeedbackSubmission
        { Issues = [FeedbackCodes.TravelAgencyRecruiting, FeedbackCodes.FeesAsked], FeeAmount = 50_000, FeeCurrency = "KES", ContactPhone = "+254 712 000 002", Text = "Synthetic demo: a travel office offered a cleaning job in Dubai." }, 4);
        yield return new(2, FeedbackStatus.UnderReview, new FeedbackSubmission
        { Issues = [FeedbackCodes.TravelAgencyRecruiting], ContactPhone = "0712000002" }, 1);
    }
}
