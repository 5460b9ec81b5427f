using System.Net;
using System.Net.Sockets;
using Linda.Core.Agencies;
using Linda.Core.Agencies.Feedback;
using Linda.Core.Intake;
using Linda.Core.Matching;
using Linda.Core.Privacy;
using Linda.Data;
using Linda.Web.Features.Agencies.Verification;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Agencies.Feedback;

/// <summary>
/// Stores feedback that passed <see cref="FeedbackValidator"/>, from the public form or the API: links it to the
/// registry agency when that is unambiguous, computes the blind indexes and raises spam and duplicate signals for the
/// moderators. Nothing is ever refused here: a signal is a hint, a moderator decides.
/// </summary>
public sealed class SubmitFeedbackHandler(
    LindaDbContext db,
    BlindIndex blindIndex,
    RegistryMatcher registry,
    TimeProvider time)
{
    /// <summary>More reports than this from one source within <see cref="BurstWindow"/> is a burst.</summary>
    public const int BurstLimit = 5;

    public static readonly TimeSpan BurstWindow = TimeSpan.FromMinutes(10);

    // Blind-index purposes: equal values of different kinds never share an index entry.
    public const string ContactPhonePurpose = "agency-feedback/contact-phone";
    public const string TextPurpose = "agency-feedback/text";
    public const string SourcePurpose = "agency-feedback/source-day";

    /// <summary>Rows flagged along with a new report are capped, so one report never rewrites a whole table.</summary>
    private const int MaxEarlierFlagged = 50;

    /// <summary>
    /// The latest date anywhere on Earth now (UTC+14): "not in the future" must never refuse a month that has already
    /// begun where the reporter is, in Nairobi or in the Gulf.
    /// </summary>
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime.AddHours(14));

    /// <summary>Stores the feedback and returns its reference. <paramref name="source"/> is hashed with the day, never stored.</summary>
    public async Task<string> HandleAsync(ValidFeedback input, FeedbackChannel channel, IPAddress? source, CancellationToken ct)
    {
        var now = db.UtcNow;
        var feedback = input.ToFeedback(await NewReferenceAsync(ct), now, channel);
        feedback.AgencyId = await MatchAgencyAsync(input, ct);
        feedback.ContactPhoneIndex = input.ContactPhoneIsE164 ? blindIndex.Compute(ContactPhonePurpose, input.ContactPhone!) : null;
        feedback.TextIndex = FeedbackText.IndexValue(input.Text) is { } text ? blindIndex.Compute(TextPurpose, text) : null;
        feedback.SourceIndex = SourceKey(source) is { } key ? blindIndex.Compute(SourcePurpose, $"{key}|{now:yyyy-MM-dd}") : null;
        await RaiseSignalsAsync(feedback, now, ct);
        db.AgencyFeedback.Add(feedback);
        await db.SaveChangesAsync(ct);
        return feedback.Reference;
    }

    /// <summary>
    /// The registry agency the feedback is about: the exact licence number when one was given and is known, else a
    /// name that the matcher reads as exactly one registry agency (a licensed, expired, suspended or deregistered
    /// verdict with a single same-agency match). A look-alike, an unknown or an ambiguous name stays unlinked.
    /// </summary>
    private async Task<Guid?> MatchAgencyAsync(ValidFeedback input, CancellationToken ct)
    {
        if (input.LicenceKey is { } licenceKey)
        {
            var byLicence = await db.Agencies.AsNoTracking().Where(a => a.LicenceKey == licenceKey).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct);
            if (byLicence is not null)
            {
                return byLicence;
            }
        }
        return input.AgencyName.Length == 0 ? null : await registry.ResolveAsync(input.AgencyName, null, ct);
    }

    private async Task RaiseSignalsAsync(AgencyFeedback feedback, DateTime now, CancellationToken ct)
    {
        if (feedback.ContactPhoneIndex is { } phone)
        {
            // An agency not in the registry is "the same" when it was given the same name and licence number.
            var sameAgency = feedback.AgencyId is { } agencyId
                ? db.AgencyFeedback.Where(f => f.AgencyId == agencyId)
                : db.AgencyFeedback.Where(f => f.AgencyId == null && f.AgencyNameGiven.ToLower() == feedback.AgencyNameGiven.ToLower()
                    && f.LicenceNumberGiven == feedback.LicenceNumberGiven);
            await FlagAsync(feedback, sameAgency.Where(f => f.ContactPhoneIndex == phone), FeedbackSpamSignals.SameContact, 1, ct);
        }
        if (feedback.TextIndex is { } text)
        {
            await FlagAsync(feedback, db.AgencyFeedback.Where(f => f.TextIndex == text), FeedbackSpamSignals.SameText, 1, ct);
        }
        if (feedback.SourceIndex is { } source)
        {
            var since = now - BurstWindow;
            await FlagAsync(feedback, db.AgencyFeedback.Where(f => f.SourceIndex == source && f.ReceivedAt >= since), FeedbackSpamSignals.Burst, BurstLimit, ct);
        }
    }

    /// <summary>Raises <paramref name="signal"/> on the new report, and on the earlier ones, when at least <paramref name="earlierNeeded"/> earlier reports share it.</summary>
    private async Task FlagAsync(AgencyFeedback feedback, IQueryable<AgencyFeedback> earlier, FeedbackSpamSignals signal, int earlierNeeded, CancellationToken ct)
    {
        if (await earlier.CountAsync(ct) < earlierNeeded)
        {
            return;
        }
        feedback.SpamSignals |= signal;
        foreach (var other in await earlier.OrderByDescending(f => f.ReceivedAt).Take(MaxEarlierFlagged).ToListAsync(ct))
        {
            other.SpamSignals |= signal;
        }
    }

    private async Task<string> NewReferenceAsync(CancellationToken ct)
    {
        // A collision is about one in 10¹¹ per pair; checking costs one indexed read and keeps a clash from becoming a 500.
        for (var attempt = 0; ; attempt++)
        {
            var reference = ReferenceCodes.New("FB");
            if (attempt >= 4 || !await db.AgencyFeedback.AnyAsync(f => f.Reference == reference, ct))
            {
                return reference;
            }
        }
    }

    /// <summary>
    /// The client address as the burst check sees it: an IPv4 address, or the /64 network of an IPv6 address (one
    /// household or phone gets a whole /64, and can change the rest at will). Null when unknown.
    /// </summary>
    public static string? SourceKey(IPAddress? address)
    {
        if (address is null)
        {
            return null;
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
