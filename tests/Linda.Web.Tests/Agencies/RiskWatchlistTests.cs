using System.Diagnostics;
using System.Net;
using System.Text;
using Linda.Core.Agencies;
using Linda.Core.Agencies.Risk;
using Linda.Core.Identity;
using Linda.Data;
using Linda.Web.Features.Agencies.Oversight;
using Linda.Web.Infrastructure;
using Linda.Web.Tests.Admin;
using Linda.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Linda.Web.Tests.Agencies;

public sealed class RiskWatchlistTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    private static LindaAppFactory App(TestDatabase db) =>
        new LindaAppFactory(db).WithServices(s => s.AddSingleton<TimeProvider>(new FixedTimeProvider(Now)));

    private static async Task<HttpClient> SignInOfficerAsync(LindaAppFactory app)
    {
        var officer = await app.CreateUserAsync(StaffRoles.OversightOfficer);
        var client = app.CreateBrowserClient();
        await client.SignInAndEnrolTwoFactorAsync(officer.Email!);
        return client;
    }

    /// <summary>
    /// Five synthetic agencies: one with two verified reports of a kept passport (recruiting for Saudi Arabia),
    /// one deregistered, one with a published fee report (Qatar), one with many reports still under review or
    /// rejected, and one with nothing.
    /// </summary>
    private static async Task<Dictionary<string, Guid>> SeedAsync(LindaAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LindaDbContext>();
        var ids = new Dictionary<string, Guid>();
        Agency Add(string key, string licence, string name)
        {
            var agency = new Agency
            {
                LicenceNumber = licence,
                LicenceKey = LicenceNumbers.Normalise(licence)!,
                Name = name,
                IssuedOn = new DateOnly(2025, 1, 10),
                ExpiresOn = new DateOnly(2027, 1, 10),
                CreatedAt = db.UtcNow,
                UpdatedAt = db.UtcNow,
            };
            db.Agencies.Add(agency);
            ids[key] = agency.Id;
            return agency;
        }
        var passport = Add("passport", "RA/2025/1/1", "SYNTHETIC PASSPORT HOLDERS LIMITED");
        var deregistered = Add("deregistered", "RA/2025/1/2", "SYNTHETIC STRUCK OFF AGENCY LIMITED");
        var fees = Add("fees", "RA/2025/1/3", "SYNTHETIC FEE TAKERS LIMITED");
        var pending = Add("pending", "RA/2025/1/4", "SYNTHETIC UNDER REVIEW LIMITED");
        Add("clean", "RA/2025/1/5", "SYNTHETIC CLEAN RECRUITERS LIMITED");
        db.AgencyDestinations.AddRange(
            new AgencyDestination { AgencyId = passport.Id, Country = "SAU", AddedAt = db.UtcNow },
            new AgencyDestination { AgencyId = fees.Id, Country = "QAT", AddedAt = db.UtcNow },
            new AgencyDestination { AgencyId = fees.Id, Country = "SAU", AddedAt = db.UtcNow });
        db.AgencySanctions.Add(new AgencySanction
        {
            AgencyId = deregistered.Id,
            Kind = SanctionKind.Deregistration,
            EffectiveOn = Today.AddMonths(-2),
            Reason = "Synthetic",
            RecordedAt = db.UtcNow,
        });
        db.AgencyFeedback.AddRange(
            Feedback(passport.Id, FeedbackStatus.Verified, f => f.PassportKept = true),
            Feedback(passport.Id, FeedbackStatus.Published, f => f.PassportKept = true),
            Feedback(fees.Id, FeedbackStatus.Published, f =>
            {
                f.FeesAsked = true;
                f.FeeAmount = 100_000;
                f.FeeCurrency = "KES";
                f.SalaryPromised = 1_000;
                f.SalaryCurrency = "QAR";
            }),
            Feedback(pending.Id, FeedbackStatus.UnderReview, f => (f.Abuse, f.PassportKept) = (true, true)),
            Feedback(pending.Id, FeedbackStatus.UnderReview, f => (f.Abuse, f.PassportKept) = (true, true)),
            Feedback(pending.Id, FeedbackStatus.Rejected, f => (f.Abuse, f.FeesAsked) = (true, true)));
        await db.SaveChangesAsync();
        return ids;
    }

    private static int _references;

    private static AgencyFeedback Feedback(Guid agencyId, FeedbackStatus status, Action<AgencyFeedback> facts)
    {
        var feedback = new AgencyFeedback
        {
            Reference = $"FB-TEST-{Interlocked.Increment(ref _references):D4}",
            Language = "en",
            AgencyId = agencyId,
            AgencyNameGiven = "Synthetic agency",
            ReceivedAt = Now.UtcDateTime.AddDays(-1),
            Status = status,
            Text = "Synthetic report text",
        };
        facts(feedback);
        return feedback;
    }

    private static List<string> Names(string html) => [.. AdminSession.TableRows(html, "watchlist").Select(r => r[2])];

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Watchlist_OrdersAgenciesByTheirVerifiedFeedbackAndSanctions_WithTheReasons(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = App(db);
        await SeedAsync(app);
        using var client = await SignInOfficerAsync(app);

        var html = await client.GetHtmlAsync("/staff/agencies/watchlist");

        var rows = AdminSession.TableRows(html, "watchlist");
        rows.Select(r => r[2]).ShouldBe(
        [
            "SYNTHETIC PASSPORT HOLDERS LIMITED", "SYNTHETIC STRUCK OFF AGENCY LIMITED", "SYNTHETIC FEE TAKERS LIMITED",
            "SYNTHETIC CLEAN RECRUITERS LIMITED", "SYNTHETIC UNDER REVIEW LIMITED",
        ]);
        rows.Select(r => r[1]).ShouldBe(["44 medium", "40 medium", "21 low", "0 low", "0 low"]);
        rows[0][5].ShouldContain("2 verified reports of passport retention in the last 12 months.");
        rows[1][5].ShouldContain("Deregistered from 28 Sep 2026.");
        rows[2][5].ShouldContain("the highest was 2.8 months of the promised salary");
        rows[0][6].ShouldBe("Saudi Arabia");
        rows[2][6].ShouldBe("Qatar, Saudi Arabia");
        html.ShouldContain("<caption>5 agencies, highest risk first</caption>");
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task UnderReviewAndRejectedFeedback_DoesNotRaiseTheScore(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = App(db);
        var ids = await SeedAsync(app);
        using var client = await SignInOfficerAsync(app);

        var details = await client.GetHtmlAsync($"/staff/agencies/{ids["pending"]}");
        var row = await app.Services.CreateAsyncScope().ServiceProvider.GetRequiredService<AgencyRiskScorer>().ScoreOneAsync(ids["pending"], default);

        row!.Risk.Score.ShouldBe(0);
        row.Risk.Factors.ShouldAllBe(f => f.Contribution == 0);
        details.ShouldContain("data-testid=\"risk-score\">0<");
        AdminSession.TableRows(details, "risk-factors").Single(r => r[0] == "Verified complaints").ShouldBe(["Verified complaints", "0.0", "+30", "No verified complaints."]);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task AgencyPage_ShowsEveryFactorWithItsContributionAndExplanation(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = App(db);
        var ids = await SeedAsync(app);
        using var client = await SignInOfficerAsync(app);

        var html = await client.GetHtmlAsync($"/staff/agencies/{ids["passport"]}");

        html.ShouldContain("data-testid=\"risk-score\">44<");
        html.ShouldContain("data-testid=\"risk-band\">medium<");
        var factors = AdminSession.TableRows(html, "risk-factors");
        factors.Count.ShouldBe(RiskModel.Factors.Count);
        factors[1].ShouldBe(["Passport retention", "+20.0", "+25", "2 verified reports of passport retention in the last 12 months."]);
        factors[6][1].ShouldBe("0.0");
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task NameOrAliasNearADeregisteredAgency_IsALookalikeFactor(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = App(db);
        var ids = await SeedAsync(app);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<LindaDbContext>();
            var byName = new Agency { LicenceNumber = "RA/2026/3/1", LicenceKey = "RA/2026/3/1", Name = "SYNTHETIK STRUCK OFF AGENCY LTD", CreatedAt = context.UtcNow, UpdatedAt = context.UtcNow };
            var byAlias = new Agency { LicenceNumber = "RA/2026/3/2", LicenceKey = "RA/2026/3/2", Name = "SYNTHETIC BLUE HERON LIMITED", CreatedAt = context.UtcNow, UpdatedAt = context.UtcNow };
            context.Agencies.AddRange(byName, byAlias);
            context.AgencyAliases.Add(new AgencyAlias { AgencyId = byAlias.Id, Name = "Struck Off Agency Synthetic", AddedAt = context.UtcNow });
            await context.SaveChangesAsync();
        }
        using var client = await SignInOfficerAsync(app);

        var html = await client.GetHtmlAsync("/staff/agencies/watchlist?factor=lookalike_of_sanctioned");

        var rows = AdminSession.TableRows(html, "watchlist");
        rows.Select(r => r[2]).ShouldBe(["SYNTHETIC BLUE HERON LIMITED", "SYNTHETIK STRUCK OFF AGENCY LTD"]);
        rows[1][5].ShouldContain("The name closely resembles SYNTHETIC STRUCK OFF AGENCY LIMITED (RA/2025/1/2), which is deregistered: name differs by one letter.");
        rows[0][5].ShouldContain("which is deregistered: same words in a different order.");
        (await client.GetHtmlAsync($"/staff/agencies/{ids["deregistered"]}")).ShouldContain("The name does not closely resemble any deregistered or suspended agency.");
    }

    [Fact]
    public async Task Lookalikes_FollowNewSanctionsAndRenames_ThoughTheyAreRemembered()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = App(db);
        Guid original, similar;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<LindaDbContext>();
            var a = new Agency { LicenceNumber = "RA/2026/4/1", LicenceKey = "RA/2026/4/1", Name = "SYNTHETIC RIVERBEND MANPOWER LIMITED", CreatedAt = context.UtcNow, UpdatedAt = context.UtcNow };
            var b = new Agency { LicenceNumber = "RA/2026/4/2", LicenceKey = "RA/2026/4/2", Name = "SYNTHETIK RIVERBEND MANPOWER LTD", CreatedAt = context.UtcNow, UpdatedAt = context.UtcNow };
            context.Agencies.AddRange(a, b);
            await context.SaveChangesAsync();
            (original, similar) = (a.Id, b.Id);
        }
        async Task<decimal> LookalikeAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            var row = await scope.ServiceProvider.GetRequiredService<AgencyRiskScorer>().ScoreOneAsync(similar, default);
            return row!.Risk.Contribution(RiskModel.LookalikeOfSanctioned);
        }
        async Task ChangeAsync(Func<LindaDbContext, Task> change)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var context = scope.ServiceProvider.GetRequiredService<LindaDbContext>();
            await change(context);
            await context.SaveChangesAsync();
        }

        var before = await LookalikeAsync();
        await ChangeAsync(c =>
        {
            c.AgencySanctions.Add(new AgencySanction { AgencyId = original, Kind = SanctionKind.Suspension, EffectiveOn = Today.AddDays(-10), EndsOn = Today.AddDays(5), Reason = "Synthetic", RecordedAt = c.UtcNow });
            return Task.CompletedTask;
        });
        var suspended = await LookalikeAsync();
        await ChangeAsync(async c => (await c.Agencies.SingleAsync(x => x.Id == similar)).Name = "SYNTHETIC BLUE OCEAN LTD");
        var renamed = await LookalikeAsync();
        await ChangeAsync(async c => (await c.Agencies.SingleAsync(x => x.Id == similar)).Name = "SYNTHETIK RIVERBEND MANPOWER LTD");
        var back = await LookalikeAsync();
        await ChangeAsync(async c => (await c.AgencySanctions.SingleAsync()).EndsOn = Today.AddDays(-1));
        var lifted = await LookalikeAsync();

        (before, suspended, renamed, back, lifted).ShouldBe((0m, 10m, 0m, 10m, 0m));
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task ScoringAllAgencies_TakesTheSameFewQueries_WhateverTheRegistrySize(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = App(db);
        await SeedAsync(app);

        async Task<(int Commands, int Agencies)> ScoreAllAsync()
        {
            await using var scope = app.Services.CreateAsyncScope();
            var context = scope.ServiceProvider.GetRequiredService<LindaDbContext>();
            using var counter = new CommandCounter(context);
            var rows = await scope.ServiceProvider.GetRequiredService<AgencyRiskScorer>().ScoreAllAsync(default);
            return (counter.Count, rows.Count);
        }
        var small = await ScoreAllAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<LindaDbContext>();
            for (var i = 0; i < 40; i++)
            {
                var agency = new Agency { LicenceNumber = $"RA/2026/9/{i + 1}", LicenceKey = $"RA/2026/9/{i + 1}", Name = $"SYNTHETIC BULK {i} LIMITED", CreatedAt = context.UtcNow, UpdatedAt = context.UtcNow };
                context.Agencies.Add(agency);
                context.AgencyDestinations.Add(new AgencyDestination { AgencyId = agency.Id, Country = "OMN", AddedAt = context.UtcNow });
                context.AgencyAliases.Add(new AgencyAlias { AgencyId = agency.Id, Name = $"Bulk {i}", AddedAt = context.UtcNow });
                context.IrisMilestones.Add(new IrisMilestone { AgencyId = agency.Id, Stage = IrisStage.Trained, ReachedOn = Today.AddYears(-1), RecordedAt = context.UtcNow });
                context.AgencyFeedback.Add(Feedback(agency.Id, FeedbackStatus.Verified, f => f.JobDifferent = true));
                if (i % 10 == 0)
                {
                    context.AgencySanctions.Add(new AgencySanction { AgencyId = agency.Id, Kind = SanctionKind.Suspension, EffectiveOn = Today, Reason = "Synthetic", RecordedAt = context.UtcNow });
                }
            }
            await context.SaveChangesAsync();
        }
        var large = await ScoreAllAsync();

        large.Agencies.ShouldBe(small.Agencies + 40);
        large.Commands.ShouldBe(small.Commands);
        small.Commands.ShouldBeInRange(6, 10);
    }

    /// <summary>Counts the database commands one context runs, from EF Core's diagnostic events.</summary>
    private sealed class CommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly LindaDbContext _context;
        private readonly List<IDisposable> _subscriptions = [];
        private int _count;

        public CommandCounter(LindaDbContext context)
        {
            _context = context;
            _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
        }

        public int Count => _count;

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name)
            {
                lock (_subscriptions)
                {
                    _subscriptions.Add(listener.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data && ReferenceEquals(data.Context, _context))
            {
                Interlocked.Increment(ref _count);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            lock (_subscriptions)
            {
                _subscriptions.ForEach(s => s.Dispose());
            }
        }
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Watchlist_FiltersByFactorDestinationAndState(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = App(db);
        await SeedAsync(app);
        using var client = await SignInOfficerAsync(app);

        Names(await client.GetHtmlAsync("/staff/agencies/watchlist?factor=passport_retention")).ShouldBe(["SYNTHETIC PASSPORT HOLDERS LIMITED"]);
        Names(await client.GetHtmlAsync("/staff/agencies/watchlist?factor=fees")).ShouldBe(["SYNTHETIC FEE TAKERS LIMITED"]);
        Names(await client.GetHtmlAsync("/staff/agencies/watchlist?country=SAU"))
            .ShouldBe(["SYNTHETIC PASSPORT HOLDERS LIMITED", "SYNTHETIC FEE TAKERS LIMITED"]);
        Names(await client.GetHtmlAsync("/staff/agencies/watchlist?country=qat&factor=complaints")).ShouldBe(["SYNTHETIC FEE TAKERS LIMITED"]);
        Names(await client.GetHtmlAsync("/staff/agencies/watchlist?state=Deregistered")).ShouldBe(["SYNTHETIC STRUCK OFF AGENCY LIMITED"]);
        Names(await client.GetHtmlAsync("/staff/agencies/watchlist?factor=sanctions&country=QAT")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Watchlist_UnknownFilterValues_AreExplainedNotAnError()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = App(db);
        await SeedAsync(app);
        using var client = await SignInOfficerAsync(app);

        var html = await client.GetHtmlAsync("/staff/agencies/watchlist?factor=%3Cscript%3E&country=XXX&state=Bogus&p=-4");
        var export = await client.GetAsync("/staff/agencies/watchlist?handler=Csv&factor=nonsense");

        html.ShouldContain("Choose a factor from the list.");
        html.ShouldContain("Choose a country from the list.");
        html.ShouldNotContain("<script>");
        Names(html).Count.ShouldBe(5);
        export.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await export.HtmlAsync()).ShouldContain("Choose a factor from the list.");
        (await app.QueryAsync(d => d.AuditEvents.CountAsync(e => e.Action == WatchlistModel.ExportAction))).ShouldBe(0);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task CsvExport_HasTheFilteredRowsWithEveryFactor_AndIsAudited(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = App(db);
        await SeedAsync(app);
        using var client = await SignInOfficerAsync(app);

        var response = await client.GetAsync("/staff/agencies/watchlist?handler=Csv&country=SAU");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.FileName.ShouldBe("agency-watchlist-2026-11-28.csv");
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldBe(
        [
            "licence_number,name,state,score,band,complaints,passport_retention,fees,recruiting_after_expiry,lookalike_of_sanctioned,sanctions,flagged_job_ads,iris_progress,clean_history,destinations",
            "RA/2025/1/1,SYNTHETIC PASSPORT HOLDERS LIMITED,Licensed,44,Medium,24.0,20.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,SAU",
            "RA/2025/1/3,SYNTHETIC FEE TAKERS LIMITED,Licensed,21,Low,8.0,0.0,13.3,0.0,0.0,0.0,0.0,0.0,0.0,QAT SAU",
        ]);
        var audit = await app.QueryAsync(d => d.AuditEvents.SingleAsync(e => e.Action == WatchlistModel.ExportAction));
        audit.SubjectType.ShouldBe("AgencyWatchlist");
        audit.SubjectId.ShouldBe("rows=2;country=SAU");
        audit.ActorId.ShouldNotBeNull();
        (await CliRunner.RunAsync(db, "audit", "verify")).ExitCode.ShouldBe(0);
    }

    [Fact]
    public async Task CsvExport_NamesThatLookLikeFormulas_AreEscaped()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = App(db);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<LindaDbContext>();
            var names = new[] { "=HYPERLINK(\"http://x.example\")", "+SYNTHETIC", "-SYNTHETIC", "@SYNTHETIC", "\tSYNTHETIC", "\rSYNTHETIC", "SYNTHETIC =SAFE" };
            for (var i = 0; i < names.Length; i++)
            {
                context.Agencies.Add(new Agency
                {
                    LicenceNumber = $"RA/2025/2/{i + 1}",
                    LicenceKey = $"RA/2025/2/{i + 1}",
                    Name = names[i],
                    CreatedAt = context.UtcNow,
                    UpdatedAt = context.UtcNow,
                });
            }
            await context.SaveChangesAsync();
        }
        using var client = await SignInOfficerAsync(app);

        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync("/staff/agencies/watchlist?handler=Csv"));

        csv.ShouldContain("RA/2025/2/1,\"'=HYPERLINK(\"\"http://x.example\"\")\",Unknown,0,Low");
        csv.ShouldContain(",'+SYNTHETIC,");
        csv.ShouldContain(",'-SYNTHETIC,");
        csv.ShouldContain(",'@SYNTHETIC,");
        csv.ShouldContain("'\tSYNTHETIC");
        csv.ShouldContain("\"'\rSYNTHETIC\"");
        csv.ShouldContain(",SYNTHETIC =SAFE,");
    }

    [Fact]
    public void SpreadsheetText_PrefixesOnlyFormulaStarts()
    {
        SpreadsheetText.Safe("=1+1").ShouldBe("'=1+1");
        SpreadsheetText.Safe("a=1").ShouldBe("a=1");
        SpreadsheetText.Safe(null).ShouldBe("");
    }

    [Theory]
    [InlineData("/staff/agencies/watchlist")]
    [InlineData("/staff/agencies/watchlist?handler=Csv")]
    [InlineData("/staff/agencies/risk-model")]
    public async Task RiskPages_Anonymous_AreSentToSignIn(string url)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = App(db);
        using var client = app.CreateBrowserClient();

        var response = await client.GetAsync(url);

        response.RedirectTarget().ShouldStartWith("/staff/account/signin");
    }

    [Theory]
    [InlineData(StaffRoles.Analyst, "/staff/agencies/watchlist")]
    [InlineData(StaffRoles.Caseworker, "/staff/agencies/watchlist?handler=Csv")]
    [InlineData(StaffRoles.HotlineOperator, "/staff/agencies/risk-model")]
    public async Task RiskPages_OtherRoles_AreForbidden(string role, string url)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = App(db);
        await SeedAsync(app);
        var user = await app.CreateUserAsync(role);
        using var client = app.CreateBrowserClient();
        await client.SignInAsync(user.Email!);

        var response = await client.GetAsync(url);

        response.RedirectTarget().ShouldStartWith("/staff/account/denied");
        (await client.GetAsync(response.RedirectTarget())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.QueryAsync(d => d.AuditEvents.CountAsync(e => e.Action == WatchlistModel.ExportAction))).ShouldBe(0);
    }

    [Fact]
    public async Task RiskDocument_ListsEveryFactorWithTheCapOfTheModel()
    {
        var document = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "docs", "risk.md"));

        foreach (var factor in RiskModel.Factors)
        {
            document.ShouldContain($"(`{factor.Code}`) | {(factor.Direction == RiskDirection.Raises ? "adds" : "takes off")} | {factor.Cap:0} |");
        }
        document.ShouldContain($"**low** below {RiskModel.MediumFrom}, **medium** from {RiskModel.MediumFrom}, **high** from {RiskModel.HighFrom}");
    }

    [Fact]
    public async Task RiskModelPage_ListsEveryFactorWithItsWeights_AndIsLinked()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = App(db);
        using var client = await SignInOfficerAsync(app);

        var html = await client.GetHtmlAsync("/staff/agencies/risk-model");
        var watchlist = await client.GetHtmlAsync("/staff/agencies/watchlist");
        var agencies = await client.GetHtmlAsync("/staff/agencies");
        var dashboard = await client.GetHtmlAsync("/staff");

        var rows = AdminSession.TableRows(html, "risk-model");
        rows.Select(r => r[0]).ShouldBe(RiskModel.Factors.Select(f => $"{f.Name}{f.Code}"));
        rows[0][4].ShouldContain("12: each report of abuse or of a kept passport");
        AdminSession.TableRows(html, "kes-rates").ShouldContain(r => r[0] == "SAR" && r[1] == "34.4");
        watchlist.ShouldContain("href=\"/staff/agencies/risk-model\"");
        agencies.ShouldContain("href=\"/staff/agencies/watchlist\"");
        dashboard.ShouldContain("href=\"/staff/agencies/watchlist\"");
    }
}
