using Linda.Core.Agencies;
using Linda.Web.Tests.Admin;
using Linda.Web.Tests.Infrastructure;

namespace Linda.Web.Tests.Agencies.Feedback;

/// <summary>"What workers reported" on the public verify page: published reports only, k ≥ 5 behind every figure.</summary>
public sealed class FeedbackPublicFiguresTests
{
    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task EachFigure_IsShownOnlyWithFivePublishedReportsBehindIt_AndNeverAnyText(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = FeedbackArrange.App(db);
        var agency = await app.AddAgencyAsync("RA/2025/12/20", "ZAWADI BRIGHT PLACEMENTS LIMITED");
        // Nine published: six mention fees (and rate them), four a kept passport (and rate support abroad).
        for (var i = 0; i < 9; i++)
        {
            var n = i;
            await app.AddFeedbackAsync(agency.Id, FeedbackStatus.Published, f =>
            {
                f.FeesAsked = n < 6;
                f.RatingFees = n < 6 ? 1 + n % 2 : null;
                f.PassportKept = n < 4;
                f.RatingSupportAbroad = n < 4 ? 2 : null;
                f.Text = "SyntheticSecretText";
                f.ContactName = "SyntheticSecretContact";
            });
        }
        // Reports that must not count: under review, verified, rejected, duplicates, and another agency's.
        await app.AddFeedbackAsync(agency.Id, FeedbackStatus.UnderReview, f => f.PassportKept = true);
        await app.AddFeedbackAsync(agency.Id, FeedbackStatus.Verified, f => f.PassportKept = true);
        await app.AddFeedbackAsync(agency.Id, FeedbackStatus.Rejected, f => f.PassportKept = true);
        await app.AddFeedbackAsync(agency.Id, FeedbackStatus.Published, f => { f.PassportKept = true; f.DuplicateOfId = Guid.NewGuid(); });
        var other = await app.AddAgencyAsync("RA/2025/12/21", "KILELE FRESH PLACEMENTS LIMITED");
        await app.AddFeedbackAsync(other.Id, FeedbackStatus.Published, f => f.PassportKept = true);
        using var client = app.CreateBrowserClient();

        var english = await client.GetHtmlAsync("/agencies/verify?q=zawadi+bright+placements");
        var kiswahili = await client.GetHtmlAsync("/agencies/verify?q=RA/2025/12/20&culture=sw");

        english.ShouldContain("What workers reported");
        english.ShouldContain("Based on 9 checked reports.");
        english.ShouldContain("6 reports say the agency asked for recruitment fees.");
        english.ShouldContain("Fees: 1.5 out of 5 on average (6 ratings).");
        english.ShouldNotContain("passport was kept", Case.Sensitive, "only four published reports mention it");
        english.ShouldNotContain("Support abroad", Case.Sensitive, "only four answers behind that average");
        english.ShouldNotContain("Synthetic");
        kiswahili.ShouldContain("Wafanyakazi walichoripoti");
        kiswahili.ShouldContain("Ripoti 6 zinasema wakala aliomba ada ya kuajiri.");
        kiswahili.ShouldContain("href=\"/agencies/feedback?licence=RA%2F2025%2F12%2F20\"");
    }

    [Fact]
    public async Task FewerThanFivePublished_ShowsOnlyThatThereAreNotEnough_EvenWithNone()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = FeedbackArrange.App(db);
        var some = await app.AddAgencyAsync("RA/2025/12/20", "ZAWADI BRIGHT PLACEMENTS LIMITED");
        await app.AddAgencyAsync("RA/2025/12/21", "KILELE FRESH PLACEMENTS LIMITED");
        for (var i = 0; i < 4; i++)
        {
            await app.AddFeedbackAsync(some.Id, FeedbackStatus.Published, f => { f.FeesAsked = true; f.RatingFees = 1; });
        }
        using var client = app.CreateBrowserClient();

        var four = await client.GetHtmlAsync("/agencies/verify?q=RA/2025/12/20");
        var none = await client.GetHtmlAsync("/agencies/verify?q=RA/2025/12/21");

        foreach (var page in new[] { four, none })
        {
            page.ShouldContain("There are not yet enough checked reports about this agency to show anything.");
            page.ShouldNotContain("Based on");
            page.ShouldNotContain("data-figure");
        }
        four.ShouldBe(none.Replace("KILELE FRESH", "ZAWADI BRIGHT", StringComparison.Ordinal).Replace("RA/2025/12/21", "RA/2025/12/20", StringComparison.Ordinal)
            .Replace("RA%2F2025%2F12%2F21", "RA%2F2025%2F12%2F20", StringComparison.Ordinal),
            "an agency with four published reports looks exactly like one with none");
    }

    [Fact]
    public async Task NotFoundVerdict_ShowsNoFiguresButTheGeneralFeedbackLink()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = FeedbackArrange.App(db);
        await app.AddAgencyAsync("RA/2025/12/20", "ZAWADI BRIGHT PLACEMENTS LIMITED");
        using var client = app.CreateBrowserClient();

        var page = await client.GetHtmlAsync("/agencies/verify?q=Zzyzx+Qwerty+Holdings");

        page.ShouldContain("data-verdict=\"not_found\"");
        page.ShouldNotContain("data-testid=\"reported\"");
        page.ShouldNotContain("/agencies/feedback?licence=");
        page.ShouldContain("href=\"/agencies/feedback\"");
    }
}
