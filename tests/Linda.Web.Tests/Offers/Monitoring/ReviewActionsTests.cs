using System.Net;
using Linda.Core.Auditing;
using Linda.Core.Identity;
using Linda.Core.Offers;
using Linda.Web.Tests.Admin;
using Linda.Web.Tests.Agencies.Feedback;
using Linda.Web.Tests.Infrastructure;
using Linda.Web.Tests.Intake.Desk;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Tests.Offers.Monitoring;

/// <summary>Labelling and escalating ads and operations: the fields they set, the audit trail, and refusals.</summary>
public sealed class ReviewActionsTests
{
    private static Task<HttpResponseMessage> ActAsync(HttpClient client, string page, string handler, params (string Key, string Value)[] fields) =>
        client.PostFieldsAsync(page, fields, $"{page}?handler={handler}");

    private static Task<JobAd> AdAsync(LindaAppFactory app, Guid id) =>
        app.QueryAsync(d => d.JobAds.AsNoTracking().SingleAsync(a => a.Id == id));

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task LabellingAnAd_SetsTheLabelNoteAndOfficer_IsAudited_AndLeavesTheQueue(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = AdArrange.App(db);
        var source = await app.AddSourceAsync();
        var ad = await app.AddAdAsync(source, 10, string.Format(AdArrange.HighRisk, "0712 345 678"));
        await app.LinkAsync();
        var (officer, user) = await app.SignInAsync(StaffRoles.OversightOfficer);
        var page = $"/staff/offers/ads/{ad.Id}";

        var labelled = await ActAsync(officer, page, "Label", ("label", "ConfirmedScam"), ("note", "  Same number as a reported fraud.  "));
        var shown = await officer.FollowAsync(labelled);

        shown.ShouldContain("Marked as confirmed scam.");
        shown.ShouldContain("data-testid=\"label-note\">Note: Same number as a reported fraud.<");
        var stored = await AdAsync(app, ad.Id);
        stored.Label.ShouldBe(AdLabel.ConfirmedScam);
        stored.LabelNote.ShouldBe("Same number as a reported fraud.");
        stored.LabelledById.ShouldBe(user.Id);
        stored.LabelledAt.ShouldBe(AdArrange.Now.UtcDateTime);
        var audit = await app.QueryAsync(d => d.AuditEvents.Where(e => e.SubjectType == nameof(JobAd) && e.SubjectId == ad.Id.ToString() && e.Action == AuditActions.Updated).ToListAsync());
        audit.ShouldHaveSingleItem().ActorId.ShouldBe(user.Id.ToString());
        audit[0].ChangedProperties!.ShouldContain(nameof(JobAd.Label));
        (await app.QueryAsync(d => d.AdOperations.SingleAsync(o => o.Id == ad.Id))).UnreviewedCount.ShouldBe(0, "the queue counts it as done at once");
        (await officer.GetHtmlAsync("/staff/offers")).ShouldNotContain($"href=\"/staff/offers/ads/{ad.Id}\"");
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task LabellingAnOperation_LabelsEveryAd_AndEscalatingItOpensOneCaseForAll(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = AdArrange.App(db);
        var source = await app.AddSourceAsync();
        var first = await app.AddAdAsync(source, 20, string.Format(AdArrange.HighRisk, "0712 345 678"));
        var second = await app.AddAdAsync(source, 10, string.Format(AdArrange.MediumRisk, "0712 345 678"));
        await app.LinkAsync();
        var (officer, user) = await app.SignInAsync(StaffRoles.OversightOfficer);
        var page = $"/staff/offers/operations/{first.Id}";

        var labelled = await officer.FollowAsync(await ActAsync(officer, page, "Label", ("label", "Benign")));
        var escalated = await officer.FollowAsync(await ActAsync(officer, page, "Case"));
        var again = await ActAsync(officer, page, "Case");

        labelled.ShouldContain("2 ads marked as benign.");
        (await AdAsync(app, first.Id)).Label.ShouldBe(AdLabel.Benign);
        (await AdAsync(app, second.Id)).Label.ShouldBe(AdLabel.Benign);
        escalated.ShouldContain("opened with 2 ads.");
        var caseIds = new[] { (await AdAsync(app, first.Id)).CaseId, (await AdAsync(app, second.Id)).CaseId };
        caseIds.Distinct().ShouldHaveSingleItem().ShouldNotBeNull();
        var opened = await app.QueryAsync(d => d.Cases.SingleAsync());
        opened.Id.ShouldBe(caseIds[0]!.Value);
        opened.Reference.ShouldStartWith("LC-");
        opened.OrganisationId.ShouldBe(user.OrganisationId);
        opened.OpenedById.ShouldBe(user.Id);
        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await again.HtmlAsync()).ShouldContain($"Already escalated to case {opened.Reference}.");
        (await app.QueryAsync(d => d.Cases.CountAsync())).ShouldBe(1);
        (await app.QueryAsync(d => d.AuditEvents.CountAsync(e => e.SubjectType == "Case" && e.Action == AuditActions.Created && e.ActorId == user.Id.ToString()))).ShouldBe(1);

        // A caseworker of the same organisation follows the case up and sees which ads it came from.
        var (caseworker, _) = await app.SignInAsync(StaffRoles.Caseworker);
        var casePage = await caseworker.GetHtmlAsync($"/staff/cases/{opened.Id}");
        AdminSession.TableRows(casePage, "case-ads").Count.ShouldBe(2);
        casePage.ShouldContain("URGENT housemaids needed in Saudi Arabia");
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task EscalatingToTheAgency_MarksAdsWithAnAgency_OrLinksTheOneTheOfficerFinds(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = AdArrange.App(db);
        var agency = await app.AddAgencyAsync("RA/2025/12/20", "SUNRISE GULF JOBS LIMITED");
        var source = await app.AddSourceAsync();
        var linked = await app.AddAdAsync(source, 20, string.Format(AdArrange.HighRisk, "0712 345 678"), arrange: a => a.AgencyId = agency.Id);
        var unlinked = await app.AddAdAsync(source, 10, string.Format(AdArrange.HighRisk, "0799 000 111"), claimed: "Sunrise Gulf Jobs Ltd");
        await app.LinkAsync();
        var (officer, user) = await app.SignInAsync(StaffRoles.OversightOfficer);

        var escalated = await officer.FollowAsync(await ActAsync(officer, $"/staff/offers/ads/{linked.Id}", "Agency"));
        var refused = await ActAsync(officer, $"/staff/offers/ads/{unlinked.Id}", "Agency");
        var search = await officer.GetHtmlAsync($"/staff/offers/ads/{unlinked.Id}");
        var unknownAgency = await ActAsync(officer, $"/staff/offers/ads/{unlinked.Id}", "Agency", ("agencyId", Guid.NewGuid().ToString()));
        var chosen = await ActAsync(officer, $"/staff/offers/ads/{unlinked.Id}", "Agency", ("agencyId", agency.Id.ToString()));

        escalated.ShouldContain("data-testid=\"agency-escalated\">Escalated to the agency's risk by");
        var first = await AdAsync(app, linked.Id);
        first.AgencyEscalatedAt.ShouldBe(AdArrange.Now.UtcDateTime);
        first.AgencyEscalatedById.ShouldBe(user.Id);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.HtmlAsync()).ShouldContain("No ad here is linked to a registry agency");
        AdminSession.TableRows(search, "candidates").ShouldContain(r => r[0] == "SUNRISE GULF JOBS LIMITED", "the claimed name is searched in the registry");
        unknownAgency.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknownAgency.HtmlAsync()).ShouldContain("Choose an agency from the registry.");
        chosen.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var second = await AdAsync(app, unlinked.Id);
        second.AgencyId.ShouldBe(agency.Id);
        second.AgencyEscalatedById.ShouldBe(user.Id);
        (await app.QueryAsync(d => d.AuditEvents.CountAsync(e => e.SubjectType == nameof(JobAd) && e.SubjectId == unlinked.Id.ToString()
            && e.ChangedProperties!.Contains(nameof(JobAd.AgencyEscalatedAt))))).ShouldBe(1);
    }

    [Fact]
    public async Task BadReviewInput_Is400_WithTheReason_AndChangesNothing()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = AdArrange.App(db);
        var source = await app.AddSourceAsync();
        var ad = await app.AddAdAsync(source, 10, string.Format(AdArrange.HighRisk, "0712 345 678"));
        await app.LinkAsync();
        using var officer = await app.SignInOfficerAsync();
        var page = $"/staff/offers/ads/{ad.Id}";

        var unknownLabel = await ActAsync(officer, page, "Label", ("label", "Maybe"));
        var unreviewed = await ActAsync(officer, page, "Label", ("label", "Unreviewed"));
        var longNote = await ActAsync(officer, page, "Label", ("label", "Benign"), ("note", new string('x', JobAd.NoteMaxLength + 1)));
        var noToken = await officer.PostAsync($"{page}?handler=Label", new FormUrlEncodedContent([new("label", "Benign")]));

        unknownLabel.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknownLabel.HtmlAsync()).ShouldContain("Choose confirmed scam or benign.");
        unreviewed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        longNote.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await longNote.HtmlAsync()).ShouldContain($"The note can be at most {JobAd.NoteMaxLength} characters.");
        noToken.StatusCode.ShouldBe(HttpStatusCode.BadRequest, "antiforgery");
        (await AdAsync(app, ad.Id)).Label.ShouldBe(AdLabel.Unreviewed);
        (await app.QueryAsync(d => d.AuditEvents.CountAsync(e => e.SubjectType == nameof(JobAd) && e.Action == AuditActions.Updated))).ShouldBe(0);
    }
}
