using System.Text.RegularExpressions;
using Linda.Core.Agencies;
using Linda.Core.Agencies.Risk;
using Linda.Core.Identity;
using Linda.Core.Intake;
using Linda.Core.Offers;
using Linda.Core.Screening;
using Linda.Core.Triage;
using Linda.Data;
using Linda.Data.Identity;
using Linda.Web.Tests.Admin;
using Linda.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Linda.Web.Tests.Agencies;

/// <summary>
/// What the agency page shows of job-ad monitoring and the hotline: ads an officer confirmed or escalated count in the
/// risk with links to each ad; the linked ads, reports and cases are listed without personal data.
/// </summary>
public sealed class AgencyJobAdsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    private static LindaAppFactory App(TestDatabase db) =>
        new LindaAppFactory(db).WithServices(s => s.AddSingleton<TimeProvider>(new FixedTimeProvider(Now)));

    private static async Task<HttpClient> SignInAsync(LindaAppFactory app, string role, params string[] moreRoles)
    {
        var user = await app.CreateUserAsync(role);
        if (moreRoles.Length > 0)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            (await users.AddToRolesAsync((await users.FindByIdAsync(user.Id.ToString()))!, moreRoles)).Succeeded.ShouldBeTrue();
        }
        var client = app.CreateBrowserClient();
        await client.SignInAndEnrolTwoFactorAsync(user.Email!);
        return client;
    }

    private static async Task<Guid> AddAgencyAsync(LindaAppFactory app, string licence, string name) =>
        await app.QueryAsync(async d =>
        {
            var agency = new Agency
            {
                LicenceNumber = licence,
                LicenceKey = LicenceNumbers.Normalise(licence)!,
                Name = name,
                IssuedOn = new DateOnly(2025, 1, 10),
                ExpiresOn = new DateOnly(2027, 1, 10),
                CreatedAt = d.UtcNow,
                UpdatedAt = d.UtcNow,
            };
            d.Agencies.Add(agency);
            await d.SaveChangesAsync();
            return agency.Id;
        });

    private static async Task<JobAd> AddAdAsync(LindaAppFactory app, Guid? agencyId, string title, AdLabel label, bool escalated = false, int daysAgo = 0, int score = 70)
    {
        return await app.QueryAsync(async d =>
        {
            var source = d.AdSources.FirstOrDefault() ?? d.AdSources.Add(new AdSource { Name = "Synthetic file", Kind = AdSourceKind.File, CreatedAt = d.UtcNow }).Entity;
            var seen = Now.UtcDateTime.AddDays(-daysAgo);
            var ad = new JobAd
            {
                SourceId = source.Id,
                Title = title,
                Text = $"{title}. Synthetic ad text, call 0700 000 123.",
                FirstSeenAt = seen.AddDays(-3),
                LastSeenAt = seen,
                Score = score,
                Risk = score >= 60 ? RiskLevel.High : score >= 30 ? RiskLevel.Medium : RiskLevel.Low,
                AgencyId = agencyId,
                Label = label,
                LabelledAt = label == AdLabel.Unreviewed ? null : seen,
                AgencyEscalatedAt = escalated ? seen : null,
            };
            d.JobAds.Add(ad);
            await d.SaveChangesAsync();
            return ad;
        });
    }

    private static string FactorRow(string html, string code)
    {
        var row = Regex.Match(html, $"<tr data-factor=\"{code}\">(.*?)</tr>", RegexOptions.Singleline);
        row.Success.ShouldBeTrue($"no factor row {code}");
        return row.Groups[1].Value;
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task ConfirmedAndEscalatedAds_RaiseTheAgencysRisk_WithCountsAndLinksToEachAd(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = App(db);
        var agencyId = await AddAgencyAsync(app, "RA/2025/3/1", "SYNTHETIC AD POSTERS LIMITED");
        var otherId = await AddAgencyAsync(app, "RA/2025/3/2", "SYNTHETIC QUIET RECRUITERS LIMITED");
        var confirmed = await AddAdAsync(app, agencyId, "Cleaners needed in Dubai", AdLabel.ConfirmedScam);
        var escalated = await AddAdAsync(app, agencyId, "Drivers for Riyadh", AdLabel.Benign, escalated: true, daysAgo: 2);
        var unreviewed = await AddAdAsync(app, agencyId, "Nurses for Doha", AdLabel.Unreviewed, score: 90);
        var benign = await AddAdAsync(app, agencyId, "Office clerk, Nairobi", AdLabel.Benign, score: 5);
        await AddAdAsync(app, otherId, "Another agency's scam", AdLabel.ConfirmedScam);
        await AddAdAsync(app, null, "Unlinked scam", AdLabel.ConfirmedScam, escalated: true);
        using var client = await SignInAsync(app, StaffRoles.OversightOfficer);

        var page = await client.GetHtmlAsync($"/staff/agencies/{agencyId}");
        var other = await client.GetHtmlAsync($"/staff/agencies/{otherId}");
        var watchlist = await client.GetHtmlAsync($"/staff/agencies/watchlist?factor={RiskModel.FlaggedJobAds}");

        var factor = FactorRow(page, RiskModel.FlaggedJobAds);
        factor.ShouldContain("<td>+16.0</td>");
        factor.ShouldContain("2 monitored job ads: 1 confirmed as a scam, 1 escalated by an officer; all seen in the last 12 months.");
        factor.ShouldContain($"<a href=\"/staff/offers/ads/{confirmed.Id}\">Confirmed scam, last seen 28 Nov 2026</a>");
        factor.ShouldContain($"<a href=\"/staff/offers/ads/{escalated.Id}\">Escalated, last seen 26 Nov 2026</a>");
        factor.ShouldNotContain(unreviewed.Id.ToString());
        factor.ShouldNotContain(benign.Id.ToString());
        page.ShouldContain("data-testid=\"risk-score\">16<");
        FactorRow(other, RiskModel.FlaggedJobAds).ShouldContain("<td>+10.0</td>");
        AdminSession.TableRows(watchlist, "watchlist").Select(r => r[2]).ShouldBe(["SYNTHETIC AD POSTERS LIMITED", "SYNTHETIC QUIET RECRUITERS LIMITED"]);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task AgencyPage_ListsItsMonitoredAds_WithScoreRiskLabelAndDates(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = App(db);
        var agencyId = await AddAgencyAsync(app, "RA/2025/3/1", "SYNTHETIC AD POSTERS LIMITED");
        var confirmed = await AddAdAsync(app, agencyId, "Cleaners needed in Dubai", AdLabel.ConfirmedScam, escalated: true, daysAgo: 1);
        var fresh = await AddAdAsync(app, agencyId, "Office clerk, Nairobi", AdLabel.Unreviewed, score: 5);
        await AddAdAsync(app, null, "Unlinked ad", AdLabel.ConfirmedScam);
        using var client = await SignInAsync(app, StaffRoles.OversightOfficer);

        var page = await client.GetHtmlAsync($"/staff/agencies/{agencyId}");

        AdminSession.TableRows(page, "agency-job-ads").ShouldBe(
        [
            ["Office clerk, Nairobi", "5", "low", "not reviewed", "2026-11-25", "2026-11-28"],
            ["Cleaners needed in Dubai", "70", "high", "confirmed scam, escalated to the agency's risk", "2026-11-24", "2026-11-27"],
        ]);
        page.ShouldContain($"<a href=\"/staff/offers/ads/{fresh.Id}\">Office clerk, Nairobi</a>");
        page.ShouldContain($"<a href=\"/staff/offers/ads/{confirmed.Id}\">Cleaners needed in Dubai</a>");
        page.ShouldContain("<caption>2 ads, last seen first</caption>");
        // The ad's text and contacts stay on the ad's own page.
        page.ShouldNotContain("0700 000 123");
    }

    private static async Task<Signal> AddSignalAsync(LindaAppFactory app, Guid? agencyId, string reference, int hoursAgo, Urgency urgency, SignalStatus status = SignalStatus.Open, Guid? caseId = null, Urgency? confirmed = null) =>
        await app.QueryAsync(async d =>
        {
            var signal = new Signal
            {
                Reference = reference,
                Channel = SignalChannel.Web,
                ReceivedAt = Now.UtcDateTime.AddHours(-hoursAgo),
                Categories = "unpaid",
                Description = "Synthetic secret narrative about the worker",
                PersonName = "Synthetic Person Omega",
                PersonPhone = "+254700000999",
                AgencyName = "Synthetic ad posters",
                AgencyId = agencyId,
                SuggestedUrgency = urgency,
                ConfirmedUrgency = confirmed,
                Status = status,
                CaseId = caseId,
            };
            d.Signals.Add(signal);
            await d.SaveChangesAsync();
            return signal;
        });

    private static async Task<Core.Intake.Case> AddCaseAsync(LindaAppFactory app, string reference, Guid organisationId) =>
        await app.QueryAsync(async d =>
        {
            var opened = new Core.Intake.Case { Reference = reference, OrganisationId = organisationId, OpenedAt = Now.UtcDateTime.AddHours(-1), PersonName = "Synthetic Person Omega" };
            d.Cases.Add(opened);
            await d.SaveChangesAsync();
            return opened;
        });

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task AgencyPage_ListsReportsAndTheirCases_WithoutPersonalData_AndLinksOnlyForThoseWithAccess(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = App(db);
        var agencyId = await AddAgencyAsync(app, "RA/2025/3/1", "SYNTHETIC AD POSTERS LIMITED");
        using var officer = await SignInAsync(app, StaffRoles.OversightOfficer);
        using var deskOfficer = await SignInAsync(app, StaffRoles.Supervisor, StaffRoles.OversightOfficer);
        var ours = await app.OrganisationIdAsync(StaffSession.OrganisationName);
        var elsewhere = await app.CreateOrganisationAsync("Another Synthetic Organisation");
        var ourCase = await AddCaseAsync(app, "LC-1111-1111", ours);
        var theirCase = await AddCaseAsync(app, "LC-2222-2222", elsewhere.Id);
        var urgent = await AddSignalAsync(app, agencyId, "LR-AAAA-0001", 1, Urgency.P1, SignalStatus.LinkedToCase, ourCase.Id);
        var older = await AddSignalAsync(app, agencyId, "LR-AAAA-0002", 30, Urgency.P3, SignalStatus.LinkedToCase, theirCase.Id, confirmed: Urgency.P2);
        await AddSignalAsync(app, null, "LR-AAAA-0003", 2, Urgency.P1);

        var officerPage = await officer.GetHtmlAsync($"/staff/agencies/{agencyId}");
        var deskPage = await deskOfficer.GetHtmlAsync($"/staff/agencies/{agencyId}");

        IReadOnlyList<IReadOnlyList<string>> signals =
        [
            ["LR-AAAA-0001", "2026-11-28 11:00", "P1 immediate danger", "linked to a case"],
            ["LR-AAAA-0002", "2026-11-27 06:00", "P2 crisis within 24 h", "linked to a case"],
        ];
        AdminSession.TableRows(officerPage, "agency-signals").ShouldBe(signals);
        AdminSession.TableRows(deskPage, "agency-signals").ShouldBe(signals);
        AdminSession.TableRows(officerPage, "agency-cases").Select(r => r[0]).ShouldBe(["LC-1111-1111", "LC-2222-2222"], ignoreOrder: true);
        officerPage.ShouldNotContain("/staff/desk/signals/");
        officerPage.ShouldNotContain("/staff/cases/");
        deskPage.ShouldContain($"<a href=\"/staff/desk/signals/{urgent.Id}\">LR-AAAA-0001</a>");
        deskPage.ShouldContain($"<a href=\"/staff/desk/signals/{older.Id}\">LR-AAAA-0002</a>");
        deskPage.ShouldContain($"<a href=\"/staff/cases/{ourCase.Id}\">LC-1111-1111</a>");
        deskPage.ShouldNotContain($"/staff/cases/{theirCase.Id}");
        foreach (var html in new[] { officerPage, deskPage })
        {
            html.ShouldNotContain("LR-AAAA-0003");
            html.ShouldNotContain("Synthetic Person Omega");
            html.ShouldNotContain("Synthetic secret narrative");
            html.ShouldNotContain("700000999");
        }
    }

    [Fact]
    public async Task LongLists_ArePaged_AndEachListKeepsItsOwnPage()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = App(db);
        var agencyId = await AddAgencyAsync(app, "RA/2025/3/1", "SYNTHETIC AD POSTERS LIMITED");
        for (var i = 0; i < 27; i++)
        {
            await AddSignalAsync(app, agencyId, $"LR-PAGE-{i:D4}", i, Urgency.P4);
        }
        for (var i = 0; i < 3; i++)
        {
            await AddAdAsync(app, agencyId, $"Synthetic ad {i}", AdLabel.Unreviewed, daysAgo: i);
        }
        using var client = await SignInAsync(app, StaffRoles.OversightOfficer);

        var first = await client.GetHtmlAsync($"/staff/agencies/{agencyId}?adsPage=3");
        var second = await client.GetHtmlAsync($"/staff/agencies/{agencyId}?reportsPage=2&adsPage=1");
        var nonsense = await client.GetHtmlAsync($"/staff/agencies/{agencyId}?reportsPage=abc");
        var beyond = await client.GetHtmlAsync($"/staff/agencies/{agencyId}?reportsPage=99");

        AdminSession.TableRows(first, "agency-signals").Count.ShouldBe(25);
        AdminSession.TableRows(first, "agency-signals")[0][0].ShouldBe("LR-PAGE-0000");
        first.ShouldContain("27 reports naming this agency, newest first: 1–25");
        first.ShouldContain($"href=\"/staff/agencies/{agencyId}?adsPage=3&reportsPage=2#agency-reports\" rel=\"next\"");
        AdminSession.TableRows(first, "agency-job-ads").Count.ShouldBe(3); // one page only, whatever was asked
        first.ShouldNotContain("data-testid=\"pager-adsPage\"");
        AdminSession.TableRows(second, "agency-signals").Select(r => r[0]).ShouldBe(["LR-PAGE-0025", "LR-PAGE-0026"]);
        second.ShouldContain("Page 2 of 2");
        second.ShouldContain($"href=\"/staff/agencies/{agencyId}?adsPage=1#agency-reports\" rel=\"prev\"");
        AdminSession.TableRows(nonsense, "agency-signals")[0][0].ShouldBe("LR-PAGE-0000");
        AdminSession.TableRows(beyond, "agency-signals").Count.ShouldBe(2);
    }
}
