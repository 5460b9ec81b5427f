using System.Globalization;
using Linda.Core.Reference;
using Linda.Core.Screening;
using Linda.Web.Features.Agencies.Verification;

namespace Linda.Web.Features.Offers;

/// <summary>The body of <c>POST /api/v1/job-offers/check</c> (DESIGN.md, "Stable interfaces"); only <c>text</c> is required.</summary>
/// <param name="Text">The offer as pasted, up to 20,000 characters.</param>
/// <param name="Agency">The agency name the person was given.</param>
/// <param name="Licence">The licence number the person was given.</param>
/// <param name="Destination">The destination: ISO 3166-1 alpha-3 code or a country or city name.</param>
/// <param name="Language">"en" or "sw"; the request's culture when absent.</param>
public sealed record OfferCheckRequest(string Text, string? Agency = null, string? Licence = null, string? Destination = null, string? Language = null);

/// <summary>The checker's answer: risk, score, explained flags with evidence, extracted entities and next steps.</summary>
public sealed record OfferCheckAnswer(
    string Risk,
    int Score,
    IReadOnlyList<OfferCheckFlag> Flags,
    OfferCheckEntities Entities,
    IReadOnlyList<string> NextSteps,
    string Language);

/// <summary>A red flag: stable code, severity (low|medium|high), title and explanation in the answer's language, the figures behind it, and where it was found.</summary>
public sealed record OfferCheckFlag(string Code, string Severity, string Title, string Explanation, string? Detail, IReadOnlyList<OfferCheckSpan> Evidence);

/// <summary>Where something was found: the request field ("text", "agency", "licence", "destination"), offset and length in UTF-16 code units, and the text.</summary>
public sealed record OfferCheckSpan(string Field, int Start, int Length, string Text);

public sealed record OfferCheckEntities(
    IReadOnlyList<OfferCheckPhone> Phones,
    IReadOnlyList<OfferCheckHandle> Handles,
    IReadOnlyList<OfferCheckEmail> Emails,
    IReadOnlyList<OfferCheckWebsite> Websites,
    IReadOnlyList<OfferCheckMoney> Money,
    IReadOnlyList<OfferCheckDestination> Destinations,
    IReadOnlyList<OfferCheckJobTitle> JobTitles,
    IReadOnlyList<OfferCheckLicence> Licences,
    IReadOnlyList<OfferCheckAgency> Agencies);

public sealed record OfferCheckPhone(string E164, bool WhatsApp, bool Telegram, IReadOnlyList<OfferCheckSpan> Spans);

/// <summary>Platform "whatsapp" or "telegram"; value as in <see cref="HandleEntity"/>.</summary>
public sealed record OfferCheckHandle(string Platform, string Value, IReadOnlyList<OfferCheckSpan> Spans);

public sealed record OfferCheckEmail(string Address, IReadOnlyList<OfferCheckSpan> Spans);

public sealed record OfferCheckWebsite(string Domain, IReadOnlyList<OfferCheckSpan> Spans);

/// <summary>Purpose "fee", "salary" or "unknown"; perMonth is how many of the amount's period make a month.</summary>
public sealed record OfferCheckMoney(decimal Amount, string Currency, string Purpose, double PerMonth, OfferCheckSpan Span);

public sealed record OfferCheckDestination(string Country, string Name, IReadOnlyList<string> Places, IReadOnlyList<OfferCheckSpan> Spans);

public sealed record OfferCheckJobTitle(string Title, string Role, IReadOnlyList<OfferCheckSpan> Spans);

public sealed record OfferCheckLicence(string Number, IReadOnlyList<OfferCheckSpan> Spans);

/// <summary>Verdict as in the agency verification answer (licensed, expired, suspended_or_deregistered, not_found, lookalike), or null when no registry check was made.</summary>
public sealed record OfferCheckAgency(string Name, string? Verdict, string? RegisteredName, string? LicenceNumber, IReadOnlyList<OfferCheckSpan> Spans);

/// <summary>
/// "Does this job offer show red flags?" for the public page and <c>POST /api/v1/job-offers/check</c>: the checker of
/// Linda.Core/Screening with the live registry. Nothing submitted is stored or logged.
/// </summary>
public sealed class CheckOfferHandler(OfferScreener screener, RegistryMatcher registry)
{
    /// <summary>
    /// What is wrong with the request, by field (the API's property names), or null when it can be checked: one
    /// validator for the page and the API. The messages never repeat what was sent.
    /// </summary>
    public static Dictionary<string, string[]>? Validate(string? text, string? agency, string? licence, string? destination, string? language)
    {
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(text))
        {
            problems["text"] = ["Paste the text of the job offer."];
        }
        else if (text.Length > OfferInput.MaxTextLength)
        {
            problems["text"] = [MaxLengthMessage(OfferInput.MaxTextLength)];
        }
        else if (!IsPlainText(text))
        {
            problems["text"] = ["The offer must be plain text."];
        }
        Limit(problems, "agency", agency, OfferInput.MaxAgencyLength);
        Limit(problems, "licence", licence, OfferInput.MaxLicenceLength);
        Limit(problems, "destination", destination, OfferInput.MaxDestinationLength);
        if (language is not null && language is not ("en" or "sw"))
        {
            problems["language"] = ["Use \"en\" or \"sw\"."];
        }
        return problems.Count == 0 ? null : problems;
    }

    /// <summary>"Use at most N characters.", with N written the way the page and the translations write it.</summary>
    public static string MaxLengthMessage(int length) =>
        string.Create(CultureInfo.InvariantCulture, $"Use at most {length:#,0} characters.");

    public async Task<OfferCheckAnswer> HandleAsync(OfferCheckRequest request, CancellationToken ct)
    {
        var language = request.Language ?? (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "sw" ? "sw" : "en");
        var matcher = await registry.GetAsync(ct);
        var result = screener.Screen(new OfferInput(request.Text, Blank(request.Agency), Blank(request.Licence), Blank(request.Destination)), matcher);
        return new OfferCheckAnswer(
            Lower(result.Risk),
            result.Score,
            result.Flags.Select(f => new OfferCheckFlag(f.Code, Lower(f.Severity), f.Title(language), f.Explanation(language), f.Detail(language), Spans(f.Evidence))).ToList(),
            Entities(result.Entities, language),
            result.NextSteps(language),
            language);
    }

    private static OfferCheckEntities Entities(OfferEntities e, string language) => new(
        e.Phones.Select(p => new OfferCheckPhone(p.E164, p.WhatsApp, p.Telegram, Spans(p.Spans))).ToList(),
        e.Handles.Select(h => new OfferCheckHandle(Lower(h.Platform), h.Value, Spans(h.Spans))).ToList(),
        e.Emails.Select(m => new OfferCheckEmail(m.Address, Spans(m.Spans))).ToList(),
        e.Websites.Select(w => new OfferCheckWebsite(w.Domain, Spans(w.Spans))).ToList(),
        e.Money.Select(m => new OfferCheckMoney(m.Amount, m.Currency, Lower(m.Purpose), Math.Round(m.PerMonth, 4), Span(m.Span))).ToList(),
        e.Destinations.Select(d => new OfferCheckDestination(d.Country, Countries.Find(d.Country)?.NameIn(language) ?? d.Country, d.Places, Spans(d.Spans))).ToList(),
        e.JobTitles.Select(j => new OfferCheckJobTitle(j.Title, j.Role, Spans(j.Spans))).ToList(),
        e.Licences.Select(l => new OfferCheckLicence(l.Number, Spans(l.Spans))).ToList(),
        e.Agencies.Select(a => new OfferCheckAgency(
            a.Name,
            a.Check is null ? null : VerifyAgencyHandler.VerdictCode(a.Check.Verdict),
            a.Check?.RegisteredName,
            a.Check?.LicenceNumber,
            Spans(a.Spans))).ToList());

    private static List<OfferCheckSpan> Spans(IEnumerable<TextSpan> spans) => spans.Select(Span).ToList();

    private static OfferCheckSpan Span(TextSpan s) => new(s.Field, s.Start, s.Length, s.Text);

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static void Limit(Dictionary<string, string[]> problems, string field, string? value, int max)
    {
        if (value is not null && value.Length > max)
        {
            problems[field] = [MaxLengthMessage(max)];
        }
        else if (value is not null && !IsPlainText(value))
        {
            problems[field] = ["Use plain text."];
        }
    }

    /// <summary>Text a person could have typed or pasted: no control characters but tab and line breaks, no broken surrogate pairs.</summary>
    private static bool IsPlainText(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                return false;
            }
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))
                {
                    return false;
                }
                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                return false;
            }
        }
        return true;
    }
}
