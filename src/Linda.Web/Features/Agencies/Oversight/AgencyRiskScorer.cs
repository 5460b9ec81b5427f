using Linda.Core.Agencies;
using Linda.Core.Agencies.Risk;
using Linda.Core.Matching;
using Linda.Core.Offers;
using Linda.Data;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Agencies.Oversight;

/// <summary>One agency's risk with what the watchlist shows beside it.</summary>
public sealed record AgencyRiskRow(Guid Id, string LicenceNumber, string Name, LicenceState State, AgencyRiskScore Risk, IReadOnlyList<string> Destinations);

/// <summary>
/// Loads what the risk model needs and scores agencies. All agencies take a fixed handful of queries whatever the
/// registry's size (agencies, sanctions, IRIS milestones, moderated feedback, flagged job ads, destinations, sanctioned
/// agencies), each a narrow projection: feedback is read without its encrypted columns and job ads without their
/// text, so nothing is decrypted. Look-alikes of sanctioned agencies are remembered between requests
/// (<see cref="LookalikeCache"/>).
/// </summary>
public sealed class AgencyRiskScorer(LindaDbContext db, TimeProvider time, LookalikeCache lookalikeCache)
{
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public async Task<IReadOnlyList<AgencyRiskRow>> ScoreAllAsync(CancellationToken ct) => await ScoreAsync(null, ct);

    public async Task<AgencyRiskRow?> ScoreOneAsync(Guid agencyId, CancellationToken ct) => (await ScoreAsync(agencyId, ct)).SingleOrDefault();

    private async Task<IReadOnlyList<AgencyRiskRow>> ScoreAsync(Guid? only, CancellationToken ct)
    {
        var today = Today;
        var agencies = await db.Agencies.AsNoTracking()
            .Where(a => only == null || a.Id == only)
            .Select(a => new { a.Id, a.LicenceNumber, a.Name, a.IssuedOn, a.ExpiresOn })
            .ToListAsync(ct);
        if (agencies.Count == 0)
        {
            return [];
        }
        var sanctions = (await db.AgencySanctions.AsNoTracking()
                .Where(s => only == null || s.AgencyId == only)
                .Select(s => new { s.AgencyId, s.Kind, s.EffectiveOn, s.EndsOn })
                .ToListAsync(ct))
            .ToLookup(s => s.AgencyId, s => new RiskSanction(s.Kind, s.EffectiveOn, s.EndsOn));
        // Stages are stored by name: the furthest is found here, not by the database's string ordering.
        var iris = (await db.IrisMilestones.AsNoTracking()
                .Where(m => only == null || m.AgencyId == only)
                .Select(m => new { m.AgencyId, m.Stage, m.ReachedOn })
                .ToListAsync(ct))
            .GroupBy(m => m.AgencyId)
            .ToDictionary(g => g.Key, g =>
            {
                var stage = g.Max(m => m.Stage);
                return (Stage: stage, ReachedOn: g.Where(m => m.Stage == stage).Min(m => m.ReachedOn));
            });
        var feedback = (await db.AgencyFeedback.AsNoTracking()
                .Where(f => f.AgencyId != null && (only == null || f.AgencyId == only))
                .Where(f => f.Status == FeedbackStatus.Verified || f.Status == FeedbackStatus.Published)
                .Select(f => new
                {
                    AgencyId = f.AgencyId!.Value,
                    f.Status,
                    f.ReceivedAt,
                    f.HappenedOn,
                    f.PassportKept,
                    f.Abuse,
                    f.ContractChanged,
                    f.JobDifferent,
                    f.NoLicenceDisplayed,
                    f.TravelAgencyActingAsRecruiter,
                    f.FeesAsked,
                    f.FeeAmount,
                    f.FeeCurrency,
                    f.SalaryPromised,
                    f.SalaryCurrency,
                })
                .ToListAsync(ct))
            .ToLookup(f => f.AgencyId, f => new RiskFeedback
            {
                Status = f.Status,
                ReceivedOn = DateOnly.FromDateTime(f.ReceivedAt),
                HappenedOn = f.HappenedOn,
                PassportKept = f.PassportKept,
                Abuse = f.Abuse,
                ContractChanged = f.ContractChanged,
                JobDifferent = f.JobDifferent,
                NoLicenceDisplayed = f.NoLicenceDisplayed,
                TravelAgencyActingAsRecruiter = f.TravelAgencyActingAsRecruiter,
                FeesAsked = f.FeesAsked,
                FeeAmount = f.FeeAmount,
                FeeCurrency = f.FeeCurrency,
                SalaryPromised = f.SalaryPromised,
                SalaryCurrency = f.SalaryCurrency,
            });
        // Only ads an officer confirmed as a scam or escalated: a few rows per agency, never the ads' text.
        var jobAds = (await db.JobAds.AsNoTracking()
                .Where(j => j.AgencyId != null && (only == null || j.AgencyId == only))
                .Where(j => j.AgencyEscalatedAt != null || j.Label == AdLabel.ConfirmedScam)
                .Select(j => new { AgencyId = j.AgencyId!.Value, j.Id, j.LastSeenAt, j.Label, j.AgencyEscalatedAt })
                .ToListAsync(ct))
            .ToLookup(j => j.AgencyId, j => new RiskJobAd(j.Id, DateOnly.FromDateTime(j.LastSeenAt), j.Label == AdLabel.ConfirmedScam, j.AgencyEscalatedAt != null));
        var destinations = (await db.AgencyDestinations.AsNoTracking()
                .Where(d => only == null || d.AgencyId == only)
                .Select(d => new { d.AgencyId, d.Country })
                .ToListAsync(ct))
            .ToLookup(d => d.AgencyId, d => d.Country.Trim());
        var aliases = (await db.AgencyAliases.AsNoTracking()
                .Where(x => only == null || x.AgencyId == only)
                .Select(x => new { x.AgencyId, x.Name })
                .ToListAsync(ct))
            .ToLookup(x => x.AgencyId, x => x.Name);
        var lookalikeOf = lookalikeCache.For(await SanctionedAgenciesAsync(today, ct));

        var rows = new List<AgencyRiskRow>(agencies.Count);
        foreach (var a in agencies)
        {
            var agencySanctions = sanctions[a.Id].ToList();
            var state = LicenceValidity.Compute(a.ExpiresOn, agencySanctions.Select(ToSanction), today);
            var (stage, reachedOn) = iris.TryGetValue(a.Id, out var reached) ? reached : (IrisStage.NotEngaged, (DateOnly?)null);
            var input = new AgencyRiskInput
            {
                Today = today,
                State = state,
                IssuedOn = a.IssuedOn,
                ExpiresOn = a.ExpiresOn,
                Sanctions = agencySanctions,
                IrisStage = stage,
                IrisStageReachedOn = reachedOn,
                Feedback = [.. feedback[a.Id]],
                JobAds = [.. jobAds[a.Id]],
                LookalikeOf = lookalikeOf(a.Id, a.Name, [.. aliases[a.Id].Order(StringComparer.Ordinal)]),
            };
            rows.Add(new AgencyRiskRow(a.Id, a.LicenceNumber, a.Name, state, AgencyRisk.Compute(input), [.. destinations[a.Id].Order(StringComparer.Ordinal)]));
        }
        return rows;
    }

    /// <summary>
    /// The agencies that are deregistered or suspended today, with their aliases: found through their sanctions,
    /// so that this stays a few rows however large the registry.
    /// </summary>
    private async Task<IReadOnlyList<RegistryAgency>> SanctionedAgenciesAsync(DateOnly today, CancellationToken ct)
    {
        var sanctioned = await db.Agencies.AsNoTracking()
            .Where(a => a.Sanctions.Any(s => s.Kind == SanctionKind.Deregistration || s.Kind == SanctionKind.Suspension))
            .Select(a => new
            {
                a.Id,
                a.Name,
                a.LicenceNumber,
                a.ExpiresOn,
                Sanctions = a.Sanctions.Select(s => new { s.Kind, s.EffectiveOn, s.EndsOn }).ToList(),
                Aliases = a.Aliases.Select(x => x.Name).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        return
        [
            .. sanctioned
                .Select(a => new RegistryAgency(
                    a.Id.ToString(), a.Name, a.LicenceNumber,
                    LicenceValidity.Compute(a.ExpiresOn, a.Sanctions.Select(s => ToSanction(new RiskSanction(s.Kind, s.EffectiveOn, s.EndsOn))), today),
                    a.ExpiresOn, [.. a.Aliases.Order(StringComparer.Ordinal)], [], [], []))
                .Where(a => a.State is LicenceState.Deregistered or LicenceState.Suspended),
        ];
    }

    private static AgencySanction ToSanction(RiskSanction s) => new() { Kind = s.Kind, EffectiveOn = s.EffectiveOn, EndsOn = s.EndsOn, Reason = "" };
}
