using Linda.Core.Auditing;
using Linda.Core.Screening;

namespace Linda.Core.Offers;

/// <summary>Where monitored ads come from: a file an officer uploaded, or an RSS/Atom feed polled in the background.</summary>
public enum AdSourceKind
{
    File,
    Feed,
}

/// <summary>An officer's verdict on an ad. Confirmed labels feed the checker's evaluation set.</summary>
public enum AdLabel
{
    Unreviewed,
    ConfirmedScam,
    Benign,
}

/// <summary>
/// A source of job ads. Feeds are polled every <see cref="PollMinutes"/> by a background job that honours the
/// server's ETag and Last-Modified; file sources record one upload each.
/// </summary>
public sealed class AdSource
{
    public const int NameMaxLength = 200;
    public const int FeedUrlMaxLength = 2000;
    public const int ErrorMaxLength = 500;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>What officers call it ("Facebook group export 12 Nov", "jobs board RSS").</summary>
    public required string Name { get; set; }

    public AdSourceKind Kind { get; set; }

    /// <summary>The RSS or Atom address (http or https), for feeds.</summary>
    public string? FeedUrl { get; set; }

    /// <summary>A feed that is not enabled is not polled.</summary>
    public bool Enabled { get; set; } = true;

    public int PollMinutes { get; set; } = 60;

    public DateTime CreatedAt { get; set; }
    public Guid? CreatedById { get; set; }

    public DateTime? LastPolledAt { get; set; }

    /// <summary>When the poller takes the feed next; the poller claims a feed by moving this forward.</summary>
    public DateTime? NextPollAt { get; set; }

    /// <summary>Why the last poll or import failed, in words without the fetched content; null when it worked.</summary>
    public string? LastError { get; set; }

    /// <summary>New ads from the last poll or import.</summary>
    public int LastNewAds { get; set; }

    /// <summary>Ads seen again (same address or near-identical text) in the last poll or import.</summary>
    public int LastSeenAgainAds { get; set; }

    public string? ETag { get; set; }
    /// <summary>The feed's Last-Modified, in UTC, sent back as If-Modified-Since.</summary>
    public DateTime? LastModified { get; set; }
}

/// <summary>
/// A job ad found online, screened by the offer checker and linked to the registry. Ads are public posts, so
/// their text is kept in clear; an ad seen again (same address, or near-identical text) updates
/// <see cref="LastSeenAt"/> instead of making a new row. Written by the thousand, so audited in bulk.
/// </summary>
[AuditedInBulk]
public sealed class JobAd
{
    public const int UrlMaxLength = 2000;
    public const int TitleMaxLength = 500;
    public const int NoteMaxLength = 1000;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The source that first brought the ad.</summary>
    public Guid SourceId { get; set; }

    /// <summary>The ad's address as published, when it has one.</summary>
    public string? Url { get; set; }

    /// <summary>Hex SHA-256 of the normalised address (<see cref="AdAddress.Key"/>); unique, for de-duplication.</summary>
    public string? UrlHash { get; set; }

    public string? Title { get; set; }

    /// <summary>The ad text, at most <see cref="OfferInput.MaxTextLength"/> characters.</summary>
    public required string Text { get; set; }

    /// <summary>64-bit SimHash of the text (<see cref="TextFingerprint"/>), for near-identical text.</summary>
    public long SimHash { get; set; }

    /// <summary>The four 16-bit bands of <see cref="SimHash"/>, indexed: two texts within 3 bits share a band.</summary>
    public int SimBand0 { get; set; }
    public int SimBand1 { get; set; }
    public int SimBand2 { get; set; }
    public int SimBand3 { get; set; }

    public DateTime FirstSeenAt { get; set; }
    public DateTime LastSeenAt { get; set; }

    /// <summary>How many times the ad was seen (first time included).</summary>
    public int SeenCount { get; set; } = 1;

    /// <summary>The publication date the source gave, if any.</summary>
    public DateTime? PublishedAt { get; set; }

    public int Score { get; set; }
    public RiskLevel Risk { get; set; }

    /// <summary>Red-flag codes, comma-separated, heaviest first.</summary>
    public string FlagCodes { get; set; } = "";

    /// <summary>Agency names the ad gives, as written, separated by " | ".</summary>
    public string? ClaimedAgencies { get; set; }

    /// <summary>Destination countries (alpha-3), comma-separated.</summary>
    public string? Destinations { get; set; }

    /// <summary>The registry agency the ad was linked to when the match was unambiguous.</summary>
    public Guid? AgencyId { get; set; }

    /// <summary>The operation (connected component of shared identifiers) the ad belongs to; set by the linking job.</summary>
    public Guid? OperationId { get; set; }

    public AdLabel Label { get; set; }
    public Guid? LabelledById { get; set; }
    public DateTime? LabelledAt { get; set; }
    public string? LabelNote { get; set; }

    /// <summary>The case opened from this ad, when an officer escalated it.</summary>
    public Guid? CaseId { get; set; }

    /// <summary>When an officer escalated the ad to its agency's risk (it then counts as a risk factor).</summary>
    public DateTime? AgencyEscalatedAt { get; set; }
    public Guid? AgencyEscalatedById { get; set; }
}

/// <summary>One identifier found in an ad, in comparable form (see <see cref="OfferEntities.Identifiers"/>).</summary>
[AuditedInBulk]
public sealed class AdIdentifier
{
    public const int ValueMaxLength = 320;

    public long Id { get; set; }
    public Guid AdId { get; set; }

    /// <summary>phone, whatsapp, telegram, email, website, licence, agency.</summary>
    public required string Kind { get; set; }

    /// <summary>E.164 for phones, lower-case for the rest; agency names as normalised by the matcher.</summary>
    public required string Value { get; set; }
}

/// <summary>
/// A group of ads that share identifiers: one operation, whatever names it uses. Recomputed by the linking job;
/// its id is the id of its oldest ad, so it stays the same while the group only grows.
/// </summary>
public sealed class AdOperation
{
    public Guid Id { get; set; }
    public int AdCount { get; set; }

    /// <summary>Distinct agency names claimed by its ads (several names on one number is itself a flag).</summary>
    public int NameCount { get; set; }

    public int IdentifierCount { get; set; }
    public DateTime FirstSeenAt { get; set; }
    public DateTime LastSeenAt { get; set; }
    public int HighestScore { get; set; }
    public RiskLevel HighestRisk { get; set; }

    /// <summary>Ads in it nobody has labelled yet.</summary>
    public int UnreviewedCount { get; set; }

    public DateTime ComputedAt { get; set; }
}
