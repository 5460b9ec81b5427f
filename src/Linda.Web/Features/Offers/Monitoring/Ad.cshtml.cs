using Linda.Core.Identity;
using Linda.Core.Offers;
using Linda.Core.Screening;
using Linda.Data;
using Linda.Web.Features.Agencies.Verification;
using Linda.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Offers.Monitoring;

/// <summary>An identifier found in an ad, with how many ads hold it and whether it is too common to link them.</summary>
public sealed record IdentifierRow(long Id, string Kind, string Value, int Ads, bool Common);

/// <summary>A red flag of the rule file, in the officer's language; null texts for a code the rule file no longer has.</summary>
public sealed record FlagRow(string Code, string? Severity, string? Title, string? Explanation);

/// <summary>
/// One monitored ad for an officer: its text (always escaped), its red flags explained from the rule file, the
/// identifiers found in it (each leading to the other ads that share it), where and when it was seen, the agencies
/// it claims and the registry agency it is linked to, its operation; and the review actions (label, escalate to a
/// case, escalate to the agency's risk). Ads are public posts, so reading one is not audited; every action is.
/// </summary>
public sealed class AdModel(LindaDbContext db, ReviewAdsHandler review, RegistryMatcher registry, OfferScreener screener, AdMonitoringSettings settings) : ReviewPageModel(db, review)
{
    public JobAd Ad { get; private set; } = null!;
    public string SourceName { get; private set; } = "";
    public (Guid Id, string Name, string Licence)? Agency { get; private set; }
    public AdOperation? Operation { get; private set; }
    public IReadOnlyList<IdentifierRow> Identifiers { get; private set; } = [];
    public IReadOnlyList<FlagRow> Flags { get; private set; } = [];
    public string? LabelledBy { get; private set; }
    public string? EscalatedBy { get; private set; }
    public string? CaseReference { get; private set; }
    public bool SeesCase { get; private set; }
    public IReadOnlyList<AgencyCandidate> Candidates { get; private set; } = [];


    protected override ReviewScope Scope => ReviewScope.Ad;

    protected override async Task<bool> ShowAsync(Guid id, CancellationToken ct)
    {
        var ad = await Db.JobAds.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (ad is null)
        {
            return false;
        }
        Ad = ad;
        SourceName = await Db.AdSources.AsNoTracking().Where(s => s.Id == ad.SourceId).Select(s => s.Name).FirstOrDefaultAsync(ct) ?? "";
        if (ad.AgencyId is { } agencyId)
        {
            var agency = await Db.Agencies.AsNoTracking().Where(a => a.Id == agencyId).Select(a => new { a.Id, a.Name, a.LicenceNumber }).FirstOrDefaultAsync(ct);
            Agency = agency is null ? null : (agency.Id, agency.Name, agency.LicenceNumber);
        }
        if (ad.OperationId is { } operationId)
        {
            Operation = await Db.AdOperations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == operationId, ct);
        }
        Identifiers = await IdentifiersAsync(Db, settings, Db.AdIdentifiers.Where(i => i.AdId == id), ct);

        var language = AdText.Language;
        Flags = [.. ad.FlagCodes.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(code =>
            screener.Rules.Find(code) is { } rule
                ? new FlagRow(code, rule.Severity.ToString().ToLowerInvariant(), rule.Title.In(language), rule.Explanation.In(language))
                : new FlagRow(code, null, null, null))];

        var staff = new[] { ad.LabelledById, ad.AgencyEscalatedById }.OfType<Guid>().ToList();
        var names = await Db.Users.AsNoTracking().Where(u => staff.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email ?? "", ct);
        LabelledBy = ad.LabelledById is { } labeller ? names.GetValueOrDefault(labeller) : null;
        EscalatedBy = ad.AgencyEscalatedById is { } escalator ? names.GetValueOrDefault(escalator) : null;
        if (ad.CaseId is { } caseId)
        {
            var found = await Db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => new { c.Reference, c.OrganisationId }).FirstOrDefaultAsync(ct);
            CaseReference = found?.Reference;
            SeesCase = found is not null && found.OrganisationId == User.OrganisationId()
                && (User.IsInRole(StaffRoles.Caseworker) || User.IsInRole(StaffRoles.Supervisor) || User.IsInRole(StaffRoles.HotlineOperator));
        }
        if (ad.AgencyId is null)
        {
            Find ??= AdText.Names(ad.ClaimedAgencies).FirstOrDefault();
            Candidates = await AgencySearch.FindAsync(registry, Find, ct);
        }
        return true;
    }

    /// <summary>
    /// The distinct identifiers of <paramref name="found"/> with how many ads hold each anywhere, and whether that makes
    /// them common (too many ads, or configured as never linking).
    /// </summary>
    public static async Task<IReadOnlyList<IdentifierRow>> IdentifiersAsync(LindaDbContext db, AdMonitoringSettings settings, IQueryable<AdIdentifier> found, CancellationToken ct)
    {
        var mine = await found.AsNoTracking().GroupBy(i => new { i.Kind, i.Value })
            .Select(g => new { g.Key.Kind, g.Key.Value, Id = g.Min(i => i.Id) }).ToListAsync(ct);
        var values = mine.Select(m => m.Value).Distinct().ToList();
        var counts = new Dictionary<(string, string), int>();
        foreach (var chunk in values.Chunk(500))
        {
            foreach (var c in await db.AdIdentifiers.AsNoTracking().Where(i => chunk.Contains(i.Value))
                .GroupBy(i => new { i.Kind, i.Value }).Select(g => new { g.Key.Kind, g.Key.Value, Count = g.Count() }).ToListAsync(ct))
            {
                counts[(c.Kind, c.Value)] = c.Count;
            }
        }
        var options = settings.ToLinkOptions();
        return [.. mine.Select(m =>
            {
                var ads = counts.GetValueOrDefault((m.Kind, m.Value));
                return new IdentifierRow(m.Id, m.Kind, m.Value, ads,
                    ads > options.CommonAfter || options.AlwaysCommon.Contains(new Core.Offers.Linking.AdIdentifierKey(m.Kind, m.Value)));
            })
            .OrderByDescending(r => r.Ads).ThenBy(r => r.Kind, StringComparer.Ordinal).ThenBy(r => r.Value, StringComparer.Ordinal)];
    }
}
