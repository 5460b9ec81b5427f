using System.Text.RegularExpressions;
using Linda.Core.Offers;
using Linda.Core.Screening;
using Linda.Core.Tests.Screening;

namespace Linda.Core.Tests.Offers;

/// <summary>Officers' labelled ads must reach the repository with no real contact detail left in them.</summary>
public sealed partial class ContactRedactorTests
{
    [Theory]
    [InlineData("Call 0712 345 678 today", "Call 0700 000 001 today")]
    [InlineData("Call +254-712-345-678 today", "Call +254 700 000 001 today")]
    [InlineData("Call 254712345678 today", "Call +254 700 000 001 today")]
    [InlineData("Piga zero seven one two three four five six seven eight leo", "Piga 0700 000 001 leo")]
    [InlineData("Write to hr.desk@kazi-abroad.co.ke now", "Write to contact1@example.com now")]
    [InlineData("Telegram @hr_asia_jobs.", "Telegram @synthetic_handle_1.")]
    [InlineData("Join t.me/lao_jobs_hr for details", "Join https://t.me/synthetic_handle_1 for details")]
    [InlineData("Instagram @kazi.abroad.ke and more", "Instagram @synthetic_handle_1 and more")]
    [InlineData("Ref 0712.345.678.9", "Ref 0700 000 001")]
    [InlineData("Chat https://wa.me/254712345678 now", "Chat https://wa.me/254700000001 now")]
    public void Redact_ReplacesTheContactWithASyntheticOne(string text, string expected) =>
        new ContactRedactor().Redact(text).ShouldBe(expected);

    [Fact]
    public void Redact_KeepsWhatIsNoContact()
    {
        const string text = "Salary AED 4,500 per month, fee Ksh 25,000 to M-Pesa till 123456. Travel 12/01/2027. Licence RA/2025/10/24.";

        new ContactRedactor().Redact(text).ShouldBe(text);
    }

    [Fact]
    public void Redact_GivesTheSameDetailTheSamePlaceholder_AcrossAds()
    {
        var redactor = new ContactRedactor();

        var first = redactor.Redact("WhatsApp 0712 345 678 or 0733 111 222, wa.me/254712345678");
        var second = redactor.Redact("Call +254 733 111 222 or mail a.b@kazi-abroad.co.ke");

        var third = redactor.Redact("WhatsApp +254 744 555 666 or @kazi_hr_synthetic, then 0711 000 999");

        first.ShouldBe("WhatsApp 0700 000 001 or 0700 000 002, wa.me/254700000001");
        second.ShouldBe("Call +254 700 000 002 or mail contact1@example.com");
        // Numbers are given in order of appearance, none skipped for a detail found twice over.
        third.ShouldBe("WhatsApp +254 700 000 003 or @synthetic_handle_1, then 0700 000 004");
    }

    [Fact]
    public void Redact_LeavesNoNineDigitsNoAddressAndNoHandle_OnTheEvaluationSet()
    {
        var redactor = new ContactRedactor();
        foreach (var offer in EvaluationSet.Load(EvaluationSet.Development).Concat(EvaluationSet.Load(EvaluationSet.HeldOut)))
        {
            var redacted = redactor.Redact(offer.Text);

            foreach (Match digits in NineDigits().Matches(redacted))
            {
                digits.Value.Replace(" ", "", StringComparison.Ordinal).ShouldMatch(@"^(\+254|0)700000\d{3}$", offer.Id);
            }
            foreach (Match address in Address().Matches(redacted))
            {
                address.Value.ShouldMatch(@"^contact\d+@example\.com$", offer.Id);
            }
        }
    }

    [Fact]
    public void Redact_DoesNotChangeWhatTheCheckerSays_OnTheEvaluationSet()
    {
        var redactor = new ContactRedactor();
        var offers = EvaluationSet.Load(EvaluationSet.Development).Concat(EvaluationSet.Load(EvaluationSet.HeldOut)).ToList();

        var changed = offers
            .Where(o => OfferScreener.Default.Screen(new OfferInput(o.Text)).Risk != OfferScreener.Default.Screen(new OfferInput(redactor.Redact(o.Text))).Risk)
            .Select(o => o.Id)
            .ToList();

        changed.ShouldBeEmpty();
    }

    [GeneratedRegex(@"\+?[0-9](?:[ .\-]?[0-9]){8,}")]
    private static partial Regex NineDigits();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")]
    private static partial Regex Address();
}
