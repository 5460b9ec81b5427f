using System.Net;
using Linda.Core.Agencies;
using Linda.Core.Auditing;
using Linda.Core.Identity;
using Linda.Web.Tests.Admin;
using Linda.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Tests.Agencies.Feedback;

/// <summary>Officers moderate community feedback: the queue, each report, the state machine, linking, and who may.</summary>
public sealed class FeedbackModerationTests
{
    private static Task<HttpResponseMessage> ActAsync(HttpClient client, Guid id, string handler, params (string Key, string Value)[] fields) =>
        client.PostFieldsAsync($"/staff/agencies/feedback/{id}", fields, $"/staff/agencies/feedback/{id}?handler={handler}");

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Officer_VerifiesThenPublishes_AndTheFifthPublishedReportMakesThePublicFiguresAppear(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = FeedbackArrange.App(db);
        var agency = await app.AddAgencyAsync("RA/2025/12/20", "ZAWADI BRIGHT PLACEMENTS LIMITED");
        for (var i = 0; i < 4; i++)
        {
            await app.AddFeedbackAsync(agency.Id, FeedbackStatus.Published, f => f.PassportKept = true);
        }
        using var officer = await app.SignInOfficerAsync();
        using var reporter = app.CreateClient();
        var reference = await reporter.SubmitAsync(new { licenceNumber = "RA/2025/12/20", issues = new[] { "passport_kept" }, text = "Synthetic words never shown" });
        var id = (await app.FeedbackAsync(reference)).Id;
        using var visitor = app.CreateBrowserClient();
        var before = await visitor.GetHtmlAsync("/agencies/verify?q=RA/2025/12/20");

        var verified = await ActAsync(officer, id, "Verify");
        var afterVerify = await visitor.GetHtmlAsync("/agencies/verify?q=RA/2025/12/20");
        var published = await ActAsync(officer, id, "Publish");
        var after = await visitor.GetHtmlAsync("/agencies/verify?q=RA/2025/12/20");

        before.ShouldContain("There are not yet enough checked reports about this agency to show anything.");
        verified.RedirectTarget().ShouldBe($"/staff/agencies/feedback/{id}");
        afterVerify.ShouldContain("There are not yet enough checked reports", Case.Sensitive, "verified but unpublished reports do not count");
        var page = await officer.FollowAsync(published);
        page.ShouldContain("data-testid=\"status\">Published<");
        page.ShouldContain("data-testid=\"moderated\">by oversightofficer-");
        AdminSession.TableRows(page, "feedback-history").Count(r => r[2] == AuditActions.Updated).ShouldBe(2);
        after.ShouldContain("Based on 5 checked reports.");
        after.ShouldContain("5 reports say a passport was kept from the worker.");
        after.ShouldNotContain("Synthetic words never shown");
        (await CliRunner.RunAsync(db, "audit", "verify")).ExitCode.ShouldBe(0);
    }

    [Fact]
    public async Task InvalidMoves_AreRefusedWithAReason_AndChangeNothing()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = FeedbackArrange.App(db);
        var underReview = await app.AddFeedbackAsync(null, FeedbackStatus.UnderReview);
        var rejected = await app.AddFeedbackAsync(null, FeedbackStatus.Rejected, f => f.RejectionReason = "Synthetic");
        using var officer = await app.SignInOfficerAsync();

        var publishEarly = await ActAsync(officer, underReview.Id, "Publish");
        var rejectWithoutReason = await ActAsync(officer, underReview.Id, "Reject", ("reason", "  "));
        var verifyRejected = await ActAsync(officer, rejected.Id, "Verify");

        publishEarly.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await publishEarly.HtmlAsync()).ShouldContain("Only a verified report can be published.");
        (await rejectWithoutReason.HtmlAsync()).ShouldContain("Give the reason for rejecting the report.");
        (await verifyRejected.HtmlAsync()).ShouldContain("Only a report under review can be verified.");
        (await app.FeedbackAsync(underReview.Reference)).Status.ShouldBe(FeedbackStatus.UnderReview);
        (await app.FeedbackAsync(underReview.Reference)).ModeratedBy.ShouldBeNull();
        (await app.FeedbackAsync(rejected.Reference)).Status.ShouldBe(FeedbackStatus.Rejected);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task RejectingAPublishedReport_WithdrawsItFromThePublicFigures(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = FeedbackArrange.App(db);
        var agency = await app.AddAgencyAsync("RA/2025/12/20", "ZAWADI BRIGHT PLACEMENTS LIMITED");
        var reports = new List<AgencyFeedback>();
        for (var i = 0; i < 5; i++)
        {
            reports.Add(await app.AddFeedbackAsync(agency.Id, FeedbackStatus.Published, f => f.FeesAsked = true));
        }
        using var officer = await app.SignInOfficerAsync();
        using var visitor = app.CreateBrowserClient();
        (await visitor.GetHtmlAsync("/agencies/verify?q=RA/2025/12/20")).ShouldContain("5 reports say the agency asked for recruitment fees.");

        var response = await ActAsync(officer, reports[0].Id, "Reject", ("reason", "Synthetic: the reporter wrote about another agency"));

        var page = await officer.FollowAsync(response);
        page.ShouldContain("data-testid=\"status\">Rejected<");
        page.ShouldContain("Synthetic: the reporter wrote about another agency");
        (await visitor.GetHtmlAsync("/agencies/verify?q=RA/2025/12/20")).ShouldContain("There are not yet enough checked reports");
    }

    [Fact]
    public async Task MarkDuplicate_RejectsItNamingTheOriginal_AndRefusesUnknownOrSelf()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = FeedbackArrange.App(db);
        var original = await app.AddFeedbackAsync(null, FeedbackStatus.Verified);
        var copy = await app.AddFeedbackAsync(null, FeedbackStatus.UnderReview);
        using var officer = await app.SignInOfficerAsync();

        var unknown = await ActAsync(officer, copy.Id, "Duplicate", ("duplicateOf", "FB-ZZZZ-ZZZZ"));
        var self = await ActAsync(officer, copy.Id, "Duplicate", ("duplicateOf", copy.Reference));
        var marked = await ActAsync(officer, copy.Id, "Duplicate", ("duplicateOf", original.Reference.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal)));

        (await unknown.HtmlAsync()).ShouldContain("Enter the reference of an existing report");
        (await self.HtmlAsync()).ShouldContain("A report cannot be a duplicate of itself.");
        var page = await officer.FollowAsync(marked);
        page.ShouldContain($"Duplicate of {original.Reference}");
        var stored = await app.FeedbackAsync(copy.Reference);
        stored.DuplicateOfId.ShouldBe(original.Id);
        stored.Status.ShouldBe(FeedbackStatus.Rejected);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task FeedbackOnAnUnknownAgency_WaitsInTheUnlinkedQueue_AndCanBeLinkedAndUnlinkedLater(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = FeedbackArrange.App(db);
        using var reporter = app.CreateClient();
        var reference = await reporter.SubmitAsync(new { agencyName = "Kilele Fresh Placements", issues = new[] { "no_licence_displayed" } });
        var id = (await app.FeedbackAsync(reference)).Id;
        using var officer = await app.SignInOfficerAsync();
        var unlinkedQueue = await officer.GetHtmlAsync("/staff/agencies/feedback?unlinked=true");
        var noCandidates = await officer.GetHtmlAsync($"/staff/agencies/feedback/{id}");

        // The agency is registered later; the officer finds it from the report and links it.
        var agency = await app.AddAgencyAsync("RA/2026/11/99", "KILELE FRESH PLACEMENTS LIMITED");
        var search = await officer.GetHtmlAsync($"/staff/agencies/feedback/{id}?find=RA-2026-11-99");
        var linked = await ActAsync(officer, id, "Link", ("agencyId", agency.Id.ToString()));
        var afterLink = await officer.FollowAsync(linked);
        var agencyPage = await officer.GetHtmlAsync($"/staff/agencies/{agency.Id}");
        var queueAfter = await officer.GetHtmlAsync("/staff/agencies/feedback?unlinked=true");
        var unlinked = await ActAsync(officer, id, "Unlink");

        var row = AdminSession.TableRows(unlinkedQueue, "feedback-queue").ShouldHaveSingleItem();
        row[0].ShouldBe(reference);
        row[2].ShouldBe("Kilele Fresh Placements (not linked)");
        row[3].ShouldBe("no licence displayed");
        noCandidates.ShouldContain("data-testid=\"no-candidates\"");
        AdminSession.TableRows(search, "candidates")[0][0].ShouldBe("KILELE FRESH PLACEMENTS LIMITED");
        afterLink.ShouldContain($"href=\"/staff/agencies/{agency.Id}\">KILELE FRESH PLACEMENTS LIMITED</a>");
        AdminSession.TableRows(agencyPage, "agency-feedback").ShouldHaveSingleItem()[0].ShouldBe(reference);
        AdminSession.TableRows(queueAfter, "feedback-queue").ShouldBeEmpty();
        await officer.FollowAsync(unlinked);
        (await app.FeedbackAsync(reference)).AgencyId.ShouldBeNull();
        var bogus = await ActAsync(officer, id, "Link", ("agencyId", Guid.NewGuid().ToString()));
        (await bogus.HtmlAsync()).ShouldContain("Choose an agency from the registry.");
    }

    [Fact]
    public async Task Queue_ShowsUnderReviewOldestFirstWithSignals_AndFiltersByStatus()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = FeedbackArrange.App(db);
        var newer = await app.AddFeedbackAsync(null, FeedbackStatus.UnderReview, f => f.ReceivedAt = FeedbackArrange.Now.UtcDateTime.AddHours(-1));
        var older = await app.AddFeedbackAsync(null, FeedbackStatus.UnderReview, f =>
        {
            f.ReceivedAt = FeedbackArrange.Now.UtcDateTime.AddDays(-3);
            f.SpamSignals = FeedbackSpamSignals.SameText | FeedbackSpamSignals.Burst;
        });
        var published = await app.AddFeedbackAsync(null, FeedbackStatus.Published);
        using var officer = await app.SignInOfficerAsync();

        var queue = AdminSession.TableRows(await officer.GetHtmlAsync("/staff/agencies/feedback"), "feedback-queue");
        var publishedOnly = AdminSession.TableRows(await officer.GetHtmlAsync("/staff/agencies/feedback?status=Published"), "feedback-queue");
        var any = AdminSession.TableRows(await officer.GetHtmlAsync("/staff/agencies/feedback?status=all"), "feedback-queue");

        queue.Select(r => r[0]).ShouldBe([older.Reference, newer.Reference]);
        queue[0][4].ShouldBe("same text, burst");
        publishedOnly.ShouldHaveSingleItem()[0].ShouldBe(published.Reference);
        any.Count.ShouldBe(3);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Review_ShowsTheDecryptedTextAndContact_AndEveryViewIsAudited(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = FeedbackArrange.App(db);
        using var reporter = app.CreateClient();
        var reference = await reporter.SubmitAsync(new
        {
            agencyName = "Synthetic Agency",
            text = "Synthetic <b>words</b>\nsecond line",
            contact = new { name = "Synthetic Contact", phone = "0712 345 678", note = "SMS only" },
        });
        var id = (await app.FeedbackAsync(reference)).Id;
        var officerUser = await app.CreateUserAsync(StaffRoles.OversightOfficer);
        using var officer = app.CreateBrowserClient();
        await officer.SignInAndEnrolTwoFactorAsync(officerUser.Email!);

        var first = await officer.GetAsync($"/staff/agencies/feedback/{id}");
        await officer.GetHtmlAsync($"/staff/agencies/feedback/{id}");

        var raw = await first.Content.ReadAsStringAsync();
        raw.ShouldNotContain("<b>words", Case.Sensitive, "the text is shown as text, never as markup");
        var html = System.Net.WebUtility.HtmlDecode(raw);
        html.ShouldContain("Synthetic <b>words</b>\nsecond line");
        html.ShouldContain("+254712345678");
        html.ShouldContain("Synthetic Contact");
        var reads = await app.QueryFeedbackAsync(d => d.AuditEvents.AsNoTracking()
            .Where(e => e.Action == AuditActions.FeedbackRead && e.SubjectId == id.ToString()).ToListAsync());
        reads.Count.ShouldBe(2);
        reads.ShouldAllBe(e => e.ActorId == officerUser.Id.ToString() && e.SubjectType == nameof(AgencyFeedback));
        (await officer.GetAsync($"/staff/agencies/feedback/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/staff/agencies/feedback")]
    [InlineData("/staff/agencies/feedback/{id}")]
    public async Task Anonymous_IsSentToSignIn(string path)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = FeedbackArrange.App(db);
        var feedback = await app.AddFeedbackAsync(null, FeedbackStatus.UnderReview);
        using var client = app.CreateBrowserClient();

        var page = await client.GetAsync(path.Replace("{id}", feedback.Id.ToString(), StringComparison.Ordinal));
        var action = await client.PostAsync($"/staff/agencies/feedback/{feedback.Id}?handler=Verify", new FormUrlEncodedContent([]));

        page.RedirectTarget().ShouldStartWith("/staff/account/signin");
        ((int)action.StatusCode).ShouldBeOneOf(302, 400);
        (await app.FeedbackAsync(feedback.Reference)).Status.ShouldBe(FeedbackStatus.UnderReview);
    }

    [Theory]
    [InlineData(StaffRoles.Analyst)]
    [InlineData(StaffRoles.Caseworker)]
    [InlineData(StaffRoles.Admin)]
    public async Task OtherRoles_Get403(string role)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = FeedbackArrange.App(db);
        var feedback = await app.AddFeedbackAsync(null, FeedbackStatus.UnderReview);
        var user = await app.CreateUserAsync(role);
        using var client = app.CreateBrowserClient();
        if (role == StaffRoles.Analyst)
        {
            await client.SignInAsync(user.Email!);
        }
        else
        {
            await client.SignInAndEnrolTwoFactorAsync(user.Email!);
        }

        var queue = await client.GetAsync("/staff/agencies/feedback");
        var review = await client.GetAsync($"/staff/agencies/feedback/{feedback.Id}");
        var (_, token) = await client.GetFormAsync("/staff");
        var verify = await client.PostAsync($"/staff/agencies/feedback/{feedback.Id}?handler=Verify",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        queue.RedirectTarget().ShouldStartWith("/staff/account/denied");
        review.RedirectTarget().ShouldStartWith("/staff/account/denied");
        verify.RedirectTarget().ShouldStartWith("/staff/account/denied");
        (await client.GetAsync(queue.RedirectTarget())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.FeedbackAsync(feedback.Reference)).Status.ShouldBe(FeedbackStatus.UnderReview);
        (await app.QueryFeedbackAsync(d => d.AuditEvents.CountAsync(e => e.Action == AuditActions.FeedbackRead))).ShouldBe(0);
    }
}
