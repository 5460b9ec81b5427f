using System.Net;
using System.Text;
using System.Text.Json;
using Linda.Core.Agencies;
using Linda.Core.Agencies.Feedback;
using Linda.Core.Auditing;
using Linda.Web.Tests.Admin;
using Linda.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Tests.Agencies.Feedback;

/// <summary>Giving feedback on an agency through the public form and <c>POST /api/v1/agencies/feedback</c>.</summary>
public sealed class FeedbackSubmissionTests
{
    private static readonly object Minimal = new { agencyName = "Synthetic Unknown Recruiters", issues = new[] { "passport_kept" } };

    private static (string Key, string Value)[] FormFields(params (string Key, string Value)[] extra) =>
    [
        ("Input.Issues", "fees_asked"),
        ("Input.Issues", "passport_kept"),
        ("Input.FeeAmount", "150,000"),
        ("Input.FeeCurrency", "KES"),
        ("Input.FeePaidTo", "mobile_money"),
        ("Input.FeePaidToDetail", "Synthetic personal number"),
        ("Input.FeeReceipt", "no"),
        ("Input.Country", "SAU"),
        ("Input.City", "Riyadh"),
        ("Input.Month", "9"),
        ("Input.Year", "2026"),
        ("Input.RatingFees", "1"),
        ("Input.RatingSupportAbroad", ""),
        ("Input.Text", "Synthetic: they kept my passport at the office."),
        ("Input.ContactName", "Synthetic Contact"),
        ("Input.ContactPhone", "0712 345 678"),
        ("Input.ContactNote", "Only after 6 pm"),
        ("Input.SalaryAmount", "1200"),
        ("Input.SalaryCurrency", "SAR"),
        .. extra,
    ];

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Form_FromTheVerifyLink_IsPrefilled_StoresTheFeedbackLinkedByLicence_AndShowsTheReference(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = FeedbackArrange.App(db);
        var agency = await app.AddAgencyAsync("RA/2025/10/24", "RIVERSIDE MANPOWER LIMITED");
        using var client = app.CreateBrowserClient();

        var form = await client.GetHtmlAsync("/agencies/feedback?licence=ra-2025-10-24");
        var response = await client.PostFieldsAsync("/agencies/feedback",
            FormFields(("Input.AgencyName", "RIVERSIDE MANPOWER LIMITED"), ("Input.LicenceNumber", "RA/2025/10/24")));

        form.ShouldContain("value=\"RIVERSIDE MANPOWER LIMITED\"");
        form.ShouldContain("value=\"RA/2025/10/24\"");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, "the confirmation is the answer to the POST: the reference never goes into a URL");
        var html = await response.HtmlAsync();
        var reference = FeedbackArrange.ShownReference(html);
        html.ShouldContain("0800 222 223");
        var stored = await app.FeedbackAsync(reference);
        stored.AgencyId.ShouldBe(agency.Id);
        stored.Channel.ShouldBe(FeedbackChannel.Web);
        stored.Language.ShouldBe("en");
        stored.Status.ShouldBe(FeedbackStatus.UnderReview);
        stored.FeesAsked.ShouldBeTrue();
        stored.PassportKept.ShouldBeTrue();
        stored.FeeAmount.ShouldBe(150000m);
        stored.FeePaidTo.ShouldBe(FeePayee.MobileMoney);
        stored.FeeReceiptGiven.ShouldBe(false);
        stored.DestinationCountry.ShouldBe("SAU");
        stored.HappenedOn.ShouldBe(new DateOnly(2026, 9, 1));
        stored.RatingFees.ShouldBe(1);
        stored.RatingSupportAbroad.ShouldBeNull();
        stored.ContactPhone.ShouldBe("+254712345678");
        stored.SalaryPromised.ShouldBe(1200m);
        stored.SalaryCurrency.ShouldBe("SAR");
        stored.Text.ShouldBe("Synthetic: they kept my passport at the office.");
    }

    [Fact]
    public async Task Form_InKiswahili_ExplainsWhatIsWrongInKiswahili_KeepsWhatWasTyped_AndStoresNothing()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = FeedbackArrange.App(db);
        using var client = app.CreateBrowserClient();

        var response = await client.PostFieldsAsync("/agencies/feedback?culture=sw",
        [
            ("Input.AgencyName", ""),
            ("Input.FeeAmount", "laki moja"),
            ("Input.Month", "12"),
            ("Input.Year", "2026"),
            ("Input.RatingFees", "9"),
            ("Input.ContactName", "Synthetic Typed Name"),
        ]);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.HtmlAsync();
        html.ShouldContain("<html lang=\"sw\">");
        html.ShouldContain("Tafadhali rekebisha yafuatayo");
        html.ShouldContain("Andika jina la wakala, au nambari yake ya leseni.");
        html.ShouldContain("Andika kiasi kwa tarakimu");
        html.ShouldContain("Mwezi hauwezi kuwa wa siku zijazo.");
        html.ShouldContain("Toa tathmini kati ya 1 na 5.");
        html.ShouldContain("href=\"#fee-amount\"");
        html.ShouldContain("aria-invalid=\"true\"");
        html.ShouldContain("value=\"Synthetic Typed Name\"");
        html.ShouldNotContain("data-testid=\"reference\"");
        (await app.QueryFeedbackAsync(d => d.AgencyFeedback.CountAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task Form_WithoutAntiforgeryToken_IsRefused()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = FeedbackArrange.App(db);
        using var client = app.CreateBrowserClient();

        var response = await client.PostAsync("/agencies/feedback",
            new FormUrlEncodedContent([new("Input.AgencyName", "Synthetic"), new("Input.Issues", "abuse")]));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.QueryFeedbackAsync(d => d.AgencyFeedback.CountAsync())).ShouldBe(0);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task Api_HappyPath_Returns201WithAReference_AndLinksAnUnambiguousName(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = FeedbackArrange.App(db);
        var agency = await app.AddAgencyAsync("RA/2025/10/24", "RIVERSIDE MANPOWER LIMITED", new DateOnly(2026, 10, 3));
        await app.AddAgencyAsync("RA/2024/01/05", "ZAWADI GLOBAL PLACEMENTS LIMITED");
        using var client = app.CreateClient();

        var response = await client.PostFeedbackJsonAsync("""
            {
              "language": "sw",
              "agencyName": "riverside manpower ltd",
              "issues": ["fees_asked", "contract_changed"],
              "fees": { "amount": 150000, "currency": "KES", "paidTo": "individual", "paidToDetail": "Synthetic", "receiptGiven": true },
              "destination": { "country": "QAT", "city": "Doha" },
              "when": "2026-08",
              "ratings": { "fees": 1, "contractHonesty": 2, "preDeparture": 3, "supportAbroad": 4 },
              "text": "Synthetic text",
              "contact": { "name": "Synthetic", "phone": "+966 50 123 4567", "note": "SMS only" },
              "salaryPromised": { "amount": 1500, "currency": "QAR" },
              "somethingNew": { "ignored": true }
            }
            """);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        var reference = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("reference").GetString()!;
        reference.ShouldMatch("^FB-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$");
        var stored = await app.FeedbackAsync(reference);
        stored.AgencyId.ShouldBe(agency.Id, "an expired agency named unambiguously is still linked");
        stored.AgencyNameGiven.ShouldBe("riverside manpower ltd");
        stored.Channel.ShouldBe(FeedbackChannel.Api);
        stored.Language.ShouldBe("sw");
        stored.ContractChanged.ShouldBeTrue();
        stored.FeeReceiptGiven.ShouldBe(true);
        stored.RatingSupportAbroad.ShouldBe(4);
        stored.ContactPhone.ShouldBe("+966501234567");
        stored.SalaryCurrency.ShouldBe("QAR");
    }

    [Fact]
    public async Task Api_UnknownOrAmbiguousAgency_IsKeptUnlinkedWithTheNameAsGiven()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = FeedbackArrange.App(db);
        await app.AddAgencyAsync("RA/2024/02/01", "TWIN PEAKS PLACEMENTS LIMITED");
        await app.AddAgencyAsync("RA/2024/02/02", "TWIN PEAKS PLACEMENTS LIMITED");
        using var client = app.CreateClient();

        var unknown = await client.SubmitAsync(new { agencyName = "Zzyzx Qwerty Holdings", issues = new[] { "abuse" } });
        var ambiguous = await client.SubmitAsync(new { agencyName = "Twin Peaks Placements", issues = new[] { "abuse" } });
        var unknownLicence = await client.SubmitAsync(new { licenceNumber = "RA/2019/01/01", issues = new[] { "abuse" } });

        (await app.FeedbackAsync(unknown)).AgencyId.ShouldBeNull();
        (await app.FeedbackAsync(unknown)).AgencyNameGiven.ShouldBe("Zzyzx Qwerty Holdings");
        (await app.FeedbackAsync(ambiguous)).AgencyId.ShouldBeNull("two registry agencies carry that name");
        (await app.FeedbackAsync(unknownLicence)).AgencyId.ShouldBeNull();
        (await app.FeedbackAsync(unknownLicence)).LicenceNumberGiven.ShouldBe("RA/2019/01/01");
    }

    public static TheoryData<string, string> BadBodies => new()
    {
        { """{ "agencyName": "Synthetic", "ratings": { "fees": "five" } }""", "ratings.fees" },
        { """{ "agencyName": "Synthetic", "ratings": { "fees": 9 } }""", "ratings.fees" },
        { """{ "agencyName": "Synthetic", "ratings": { "supportAbroad": 0 } }""", "ratings.supportAbroad" },
        { """{ "agencyName": "Synthetic", "ratings": { "fees": 2.5 } }""", "ratings.fees" },
        { """{ "agencyName": "Synthetic", "fees": { "amount": -5, "currency": "KES" } }""", "fees.amount" },
        { """{ "agencyName": "Synthetic", "fees": { "amount": "150000", "currency": "KES" } }""", "fees.amount" },
        { """{ "agencyName": "Synthetic", "fees": { "amount": 1e400, "currency": "KES" } }""", "fees.amount" },
        { """{ "agencyName": "Synthetic", "fees": { "amount": 100, "currency": "XXX" } }""", "fees.currency" },
        { """{ "agencyName": "Synthetic", "fees": { "amount": 100 } }""", "fees.currency" },
        { """{ "agencyName": "Synthetic", "fees": { "paidTo": "cousin" } }""", "fees.paidTo" },
        { """{ "agencyName": "Synthetic", "fees": { "receiptGiven": "maybe" } }""", "fees.receiptGiven" },
        { """{ "agencyName": "Synthetic", "salaryPromised": { "amount": 200000000, "currency": "SAR" } }""", "salaryPromised.amount" },
        { """{ "agencyName": "Synthetic", "issues": ["passport_kept"], "destination": { "country": "ZZZ" } }""", "destination.country" },
        { """{ "agencyName": "Synthetic", "issues": ["passport_kept"], "destination": "SAU" }""", "destination" },
        { """{ "agencyName": "Synthetic", "issues": ["passport_kept"], "when": "2099-01" }""", "when" },
        { """{ "agencyName": "Synthetic", "issues": ["passport_kept"], "when": "soon" }""", "when" },
        { """{ "agencyName": "Synthetic", "issues": ["stolen_goats"] }""", "issues" },
        { """{ "agencyName": "Synthetic", "issues": "passport_kept" }""", "issues" },
        { """{ "agencyName": "Synthetic", "issues": [1, 2] }""", "issues" },
        { """{ "agencyName": "Synthetic" }""", "issues" },
        { """{ "issues": ["abuse"] }""", "agencyName" },
        { """{ "agencyName": 42, "issues": ["abuse"] }""", "agencyName" },
        { """{ "agencyName": "Synthetic", "licenceNumber": "not a licence", "issues": ["abuse"] }""", "licenceNumber" },
        { """{ "agencyName": "Synthetic", "issues": ["abuse"], "contact": { "phone": "call me" } }""", "contact.phone" },
        { """{ "agencyName": "Synthetic", "issues": ["abuse"], "language": "fr" }""", "language" },
        { "{}", "agencyName" },
        { "null", "body" },
        { "[1, 2]", "body" },
        { "\"text\"", "body" },
        { "{ \"agencyName\": ", "agencyName" },
        { "not json at all", "body" },
        { "", "body" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Api_BadInput_Is400ProblemDetailsNamingTheField(string body, string field)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = FeedbackArrange.App(db);
        using var client = app.CreateClient();

        var response = await client.PostFeedbackJsonAsync(body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        errors.TryGetProperty(field, out _).ShouldBeTrue($"errors name {field}: {errors}");
        (await app.QueryFeedbackAsync(d => d.AgencyFeedback.CountAsync())).ShouldBe(0);
    }

    [Theory]
    [InlineData("agencyName")]
    [InlineData("text")]
    [InlineData("city")]
    [InlineData("contactNote")]
    [InlineData("licenceNumber")]
    public async Task Api_TenKilobyteStrings_Are400NamingTheField_AndNotEchoed(string which)
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = FeedbackArrange.App(db);
        using var client = app.CreateClient();
        var huge = "Q" + new string('x', 10_240);

        var (body, field) = which switch
        {
            "agencyName" => ((object)new { agencyName = huge, issues = new[] { "abuse" } }, "agencyName"),
            "text" => (new { agencyName = "Synthetic", text = huge }, "text"),
            "city" => (new { agencyName = "Synthetic", issues = new[] { "abuse" }, destination = new { city = huge } }, "destination.city"),
            "contactNote" => (new { agencyName = "Synthetic", issues = new[] { "abuse" }, contact = new { note = huge } }, "contact.note"),
            _ => (new { agencyName = "Synthetic", licenceNumber = huge, issues = new[] { "abuse" } }, "licenceNumber"),
        };
        var response = await client.PostFeedbackAsync(body);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var text = await response.Content.ReadAsStringAsync();
        JsonDocument.Parse(text).RootElement.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(text);
        text.ShouldNotContain("Qxxxxxxxxx");
    }

    [Fact]
    public async Task Api_InvalidUtf8_Is400()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = FeedbackArrange.App(db);
        using var client = app.CreateClient();
        var bytes = Encoding.UTF8.GetBytes("{ \"agencyName\": \"Synth").Concat(new byte[] { 0xC0, 0xAF, 0xFF, 0xFE }).Concat(Encoding.UTF8.GetBytes("\", \"issues\": [\"abuse\"] }")).ToArray();
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new("application/json");

        var response = await client.PostAsync("/api/v1/agencies/feedback", content);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Api_NotJson_Is415_AndAnOversizedBodyIs413()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = FeedbackArrange.App(db);
        using var client = app.CreateClient();

        var form = await client.PostAsync("/api/v1/agencies/feedback", new FormUrlEncodedContent([new("agencyName", "Synthetic")]));
        var huge = await client.PostFeedbackJsonAsync($$"""{ "agencyName": "Synthetic", "text": "{{new string('x', 1_100_000)}}" }""");

        form.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType, await form.Content.ReadAsStringAsync());
        huge.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task HostileText_IsStoredAsPlainData_NeverA500_AndShownEncoded(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = FeedbackArrange.App(db);
        using var api = app.CreateClient();
        const string Sql = "Synthetic'; DROP TABLE \"AgencyFeedback\"; --";
        const string Html = "<script>alert('x')</script><b>bold</b>";

        var reference = await api.SubmitAsync(new
        {
            agencyName = Sql,
            issues = new[] { "abuse" },
            text = Html + "\0 with a NUL",
            destination = new { city = "Ri\0yadh <i>" },
            contact = new { name = Html, note = Sql },
        });
        using var browser = app.CreateBrowserClient();
        var form = await browser.PostFieldsAsync("/agencies/feedback", [("Input.AgencyName", Html), ("Input.Text", Sql), ("Input.Issues", "abuse")]);

        var stored = await app.FeedbackAsync(reference);
        stored.AgencyNameGiven.ShouldBe(Sql);
        stored.Text.ShouldBe(Html + " with a NUL", "control characters are dropped, the rest is kept as data");
        stored.DestinationCity.ShouldBe("Riyadh <i>");
        stored.ContactName.ShouldBe(Html);
        form.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await form.Content.ReadAsStringAsync();
        page.ShouldNotContain("<script>alert");
        FeedbackArrange.ShownReference(page).ShouldStartWith("FB-");
        (await app.QueryFeedbackAsync(d => d.AgencyFeedback.CountAsync())).ShouldBe(2, "the table is intact");
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task PersonalFields_AreEncryptedInTheRawTable_AndTheAddressIsNeverStored(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        await using var app = FeedbackArrange.App(db);
        using var client = app.CreateClient();
        const string Sentinel = "Sentinel7Q";

        var reference = await client.SubmitAsync(new
        {
            agencyName = "Synthetic Recruiters",
            text = $"{Sentinel} text",
            fees = new { paidTo = "individual", paidToDetail = $"{Sentinel} detail" },
            contact = new { name = $"{Sentinel} name", phone = "+254 712 999 888", note = $"{Sentinel} note" },
        }, from: "197.248.10.20");

        var raw = await FeedbackArrange.RawRowAsync(db, reference,
            "Text", "ContactName", "ContactPhone", "ContactNote", "FeePaidToDetail", "ContactPhoneIndex", "TextIndex", "SourceIndex");
        foreach (var column in new[] { "Text", "ContactName", "ContactPhone", "ContactNote", "FeePaidToDetail" })
        {
            raw[column].ShouldNotBeNullOrEmpty(column);
            raw[column]!.ShouldNotContain(Sentinel, Case.Insensitive, column);
            raw[column]!.ShouldNotContain("712999888", customMessage: column);
        }
        raw.Values.ShouldAllBe(v => v == null || !v.Contains("197.248"));
        raw["ContactPhoneIndex"].ShouldNotBeNullOrEmpty();
        raw["SourceIndex"].ShouldNotBeNullOrEmpty();
        var stored = await app.FeedbackAsync(reference);
        stored.Text.ShouldBe($"{Sentinel} text", "the app decrypts it");
        var events = await app.QueryFeedbackAsync(d => d.AuditEvents.AsNoTracking()
            .Where(e => e.SubjectType == nameof(AgencyFeedback) && e.SubjectId == stored.Id.ToString()).ToListAsync());
        events.ShouldHaveSingleItem().Action.ShouldBe(AuditActions.Created);
        events.ShouldAllBe(e => e.IpAddress == null, "the reporter's address is not kept in the audit log either");
        (await app.QueryFeedbackAsync(d => d.AuditEvents.AnyAsync(e => e.IpAddress != null && e.IpAddress.Contains("197.248")))).ShouldBeFalse();
    }

    [Theory]
    [ClassData(typeof(AllDatabases))]
    public async Task SpamSignals_SameContactForTheSameAgency_SameText_AndBursts_AreRaisedNotRefused(DatabaseKind kind)
    {
        await using var db = await TestDatabase.CreateAsync(kind);
        var clock = new FixedTimeProvider(FeedbackArrange.Now);
        await using var app = FeedbackArrange.App(db, clock);
        await app.AddAgencyAsync("RA/2025/10/24", "RIVERSIDE MANPOWER LIMITED");
        using var client = app.CreateClient();

        var first = await client.SubmitAsync(new { licenceNumber = "RA/2025/10/24", issues = new[] { "abuse" }, contact = new { phone = "0712 345 678" } }, "41.90.0.1");
        var sameContact = await client.SubmitAsync(new { agencyName = "Riverside Manpower", issues = new[] { "fees_asked" }, contact = new { phone = "+254712345678" } }, "41.90.0.2");
        var otherAgency = await client.SubmitAsync(new { agencyName = "Zzyzx Qwerty Holdings", issues = new[] { "abuse" }, contact = new { phone = "254712345678" } }, "41.90.0.3");
        var text = await client.SubmitAsync(new { agencyName = "Zzyzx Qwerty Holdings", text = "They KEPT my passport, and asked for money!" }, "41.90.0.4");
        var sameText = await client.SubmitAsync(new { agencyName = "Another Synthetic Agency", text = "they kept my passport and asked for money" }, "41.90.0.5");

        (await app.FeedbackAsync(first)).SpamSignals.ShouldBe(FeedbackSpamSignals.SameContact, "the earlier report is flagged too");
        (await app.FeedbackAsync(sameContact)).SpamSignals.ShouldBe(FeedbackSpamSignals.SameContact);
        (await app.FeedbackAsync(otherAgency)).SpamSignals.ShouldBe(FeedbackSpamSignals.None, "the same phone about another agency is not a duplicate");
        (await app.FeedbackAsync(text)).SpamSignals.ShouldBe(FeedbackSpamSignals.SameText);
        (await app.FeedbackAsync(sameText)).SpamSignals.ShouldBe(FeedbackSpamSignals.SameText);

        var unlisted = await client.SubmitAsync(new { agencyName = "Synthetic Unlisted Agency", issues = new[] { "abuse" }, contact = new { phone = "0733 111 222" } }, "41.90.0.6");
        var unlistedAgain = await client.SubmitAsync(new { agencyName = "synthetic unlisted agency", issues = new[] { "abuse" }, contact = new { phone = "+254733111222" } }, "41.90.0.7");
        var unlistedOtherLicence = await client.SubmitAsync(new { agencyName = "Synthetic Unlisted Agency", licenceNumber = "RA/2001/01/01", issues = new[] { "abuse" }, contact = new { phone = "0733111222" } }, "41.90.0.8");
        (await app.FeedbackAsync(unlisted)).SpamSignals.ShouldBe(FeedbackSpamSignals.SameContact, "an unlisted agency is the same by the name given");
        (await app.FeedbackAsync(unlistedAgain)).SpamSignals.ShouldBe(FeedbackSpamSignals.SameContact);
        (await app.FeedbackAsync(unlistedOtherLicence)).SpamSignals.ShouldBe(FeedbackSpamSignals.None, "another licence number is another agency");

        var burst = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            burst.Add(await client.SubmitAsync(new { agencyName = $"Synthetic Burst {i}", issues = new[] { "abuse" } }, "102.0.0.9"));
            clock.Advance(TimeSpan.FromMinutes(1));
        }
        var elsewhere = await client.SubmitAsync(new { agencyName = "Synthetic Elsewhere", issues = new[] { "abuse" } }, "102.0.0.10");
        clock.Advance(TimeSpan.FromMinutes(11));
        var later = await client.SubmitAsync(new { agencyName = "Synthetic Later", issues = new[] { "abuse" } }, "102.0.0.9");

        foreach (var reference in burst)
        {
            (await app.FeedbackAsync(reference)).SpamSignals.ShouldBe(FeedbackSpamSignals.Burst, "six from one address within ten minutes");
        }
        (await app.FeedbackAsync(elsewhere)).SpamSignals.ShouldBe(FeedbackSpamSignals.None);
        (await app.FeedbackAsync(later)).SpamSignals.ShouldBe(FeedbackSpamSignals.None, "the window has passed");
        (await app.QueryFeedbackAsync(d => d.AgencyFeedback.CountAsync(f => f.Status == FeedbackStatus.UnderReview))).ShouldBe(16, "nothing is refused");
    }

    [Fact]
    public async Task When_TheMonthThatHasBegunInNairobi_IsNotInTheFuture()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        // 22:00 UTC on 30 November is 01:00 on 1 December in Nairobi.
        await using var app = FeedbackArrange.App(db, new FixedTimeProvider(new DateTimeOffset(2026, 11, 30, 22, 0, 0, TimeSpan.Zero)));
        using var client = app.CreateClient();

        var december = await client.PostFeedbackAsync(new { agencyName = "Synthetic", issues = new[] { "abuse" }, when = "2026-12" });
        var january = await client.PostFeedbackAsync(new { agencyName = "Synthetic", issues = new[] { "abuse" }, when = "2027-01" });

        december.StatusCode.ShouldBe(HttpStatusCode.Created);
        january.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task FiveFromOneAddress_IsNotYetABurst()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = FeedbackArrange.App(db);
        using var client = app.CreateClient();

        var references = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            references.Add(await client.SubmitAsync(Minimal, "102.0.0.9"));
        }

        foreach (var reference in references)
        {
            (await app.FeedbackAsync(reference)).SpamSignals.ShouldBe(FeedbackSpamSignals.None);
        }
    }

    [Fact]
    public async Task OpenApi_DescribesTheFeedbackEndpoint()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        await using var app = FeedbackArrange.App(db);
        using var client = app.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var post = document.RootElement.GetProperty("paths").GetProperty("/api/v1/agencies/feedback").GetProperty("post");
        post.GetProperty("operationId").GetString().ShouldBe("GiveAgencyFeedback");
        post.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _).ShouldBeTrue();
        post.GetProperty("responses").TryGetProperty("201", out _).ShouldBeTrue();
        post.GetProperty("responses").TryGetProperty("400", out _).ShouldBeTrue();
    }

    [Fact]
    public void Translations_EveryValidationMessageHasKiswahili()
    {
        var resx = File.ReadAllText(Path.Combine(Repository.Root, "src", "Linda.Web", "Resources", "SharedResource.sw.resx"));

        var missing = FeedbackMessages.All
            .Where(m => !resx.Contains($"<data name=\"{WebUtility.HtmlEncode(m).Replace("&#39;", "'", StringComparison.Ordinal)}\"", StringComparison.Ordinal))
            .ToList();

        missing.ShouldBeEmpty();
    }
}
