using Linda.Core.Offers;
using Linda.Core.Screening;
using Linda.Data;
using Linda.Web.Features.Agencies.Verification;
using Linda.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Offers.Monitoring;

/// <summary>An ad of an operation, as the operation page lists it.</summary>
public sealed record OperationAd(Guid Id, string Headline, RiskLevel Risk, int Score, AdLabel Label, string? ClaimedAgencies, DateTime FirstSeenAt, DateTime LastSeenAt, bool HasAgency);

/// <summary>An identifier of an operation: how many of its ads hold it, and how many ads anywhere.</summary>
public sealed record OperationIdentifier(long Id, string Kind, string Value, int AdsHere, int AdsAnywhere, bool Common);

/// <summary>
/// One operation (ads joined by shared identifiers): its ads, identifiers, the agency names it uses (several names
/// on one set of contacts is itself a warning sign), destinations, when it was seen, its highest risk, a picture of
/// the graph with a table saying the same, and the review actions for all its ads at once.
/// </summary>
public sealed class OperationModel(LindaDbContext db, ReviewAdsHandler review, RegistryMatcher registry, AdMonitoringSettings settings) : ReviewPageModel(db, review)
{
    public const int MaxAdsListed = 500;

    public AdOperation Operation { get; private set; } = null!;
    public IReadOnlyList<OperationAd> Ads { get; private set; } = [];
    public IReadOnlyList<OperationIdentifier> Identifiers { get; private set; } = [];

    /// <summary>Agency names as first written, with how many ads use each (names compared without case or spacing).</summary>
    public IReadOnlyList<(string Name, int Ads)> Names { get; private set; } = [];
    public IReadOnlyList<(string Country, int Ads)> Destinations { get; private set; } = [];
    public OperationGraph Graph { get; private set; } = null!;
    public IReadOnlyList<AgencyCandidate> Candidates { get; private set; } = [];


    public bool HasAgency => Ads.Any(a => a.HasAgency);

    protected override ReviewScope Scope => ReviewScope.Operation;

    protected override async Task<bool> ShowAsync(Guid id, CancellationToken ct)
    {
        var operation = await Db.AdOperations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (operation is null)
        {
            return false;
        }
        Operation = operation;
        var ads = await Db.JobAds.AsNoTracking().Where(a => a.OperationId == id).OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.Title, Start = a.Text.Substring(0, 200), a.Risk, a.Score, a.Label, a.ClaimedAgencies, a.Destinations, a.FirstSeenAt, a.LastSeenAt, a.AgencyId })
            .ToListAsync(ct);
        Ads = [.. ads.Select(a => new OperationAd(a.Id, AdText.Headline(a.Title, a.Start), a.Risk, a.Score, a.Label, a.ClaimedAgencies, a.FirstSeenAt, a.LastSeenAt, a.AgencyId is not null))];

        var inOperation = Db.AdIdentifiers.Where(i => Db.JobAds.Any(a => a.Id == i.AdId && a.OperationId == id));
        var here = (await inOperation.AsNoTracking().GroupBy(i => new { i.Kind, i.Value })
                .Select(g => new { g.Key.Kind, g.Key.Value, Count = g.Count() }).ToListAsync(ct))
            .ToDictionary(g => (g.Kind, g.Value), g => g.Count);
        Identifiers = [.. (await AdModel.IdentifiersAsync(Db, settings, inOperation, ct))
            .Select(i => new OperationIdentifier(i.Id, i.Kind, i.Value, here.GetValueOrDefault((i.Kind, i.Value)), i.Ads, i.Common))
            .OrderByDescending(i => i.AdsHere).ThenBy(i => i.Kind, StringComparer.Ordinal).ThenBy(i => i.Value, StringComparer.Ordinal)];

        Names = [.. ads.SelectMany(a => AdText.Names(a.ClaimedAgencies).DistinctBy(Normalise).Select(n => (Key: Normalise(n), Name: n)))
            .GroupBy(n => n.Key).Select(g => (g.First().Name, g.Count())).OrderByDescending(n => n.Item2).ThenBy(n => n.Name, StringComparer.Ordinal)];
        Destinations = [.. ads.SelectMany(a => AdText.Countries(a.Destinations).Distinct())
            .GroupBy(c => c).Select(g => (g.Key, g.Count())).OrderByDescending(d => d.Item2).ThenBy(d => d.Key, StringComparer.Ordinal)];

        var drawnAds = ads.Take(OperationGraph.MaxAds).Select(a => a.Id).ToList();
        var contains = await Db.AdIdentifiers.AsNoTracking().Where(i => drawnAds.Contains(i.AdId)).Select(i => new { i.AdId, i.Kind, i.Value }).ToListAsync(ct);
        Graph = new OperationGraph(
            [.. Ads.Select(a => (a.Id, a.Headline, a.Risk))],
            [.. Identifiers.Select(i => (i.Kind, i.Value, i.Common))],
            contains.Select(c => (c.AdId, c.Kind, c.Value)));
        Ads = [.. Ads.Take(MaxAdsListed)];

        if (!HasAgency)
        {
            Find ??= Names.Select(n => n.Name).FirstOrDefault();
            Candidates = await AgencySearch.FindAsync(registry, Find, ct);
        }
        return true;
    }

    private static string Normalise(string name) => LinkAdsHandler.ClaimedNames(name).FirstOrDefault() ?? "";
}
