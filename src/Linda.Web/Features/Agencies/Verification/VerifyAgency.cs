using System.Globalization;
using System.Text.Json.Serialization;
using Linda.Core.Matching;
using Linda.Core.Phones;

namespace Linda.Web.Features.Agencies.Verification;

/// <summary>The verification answer of DESIGN.md ("The verification answer"), in the caller's language.</summary>
public sealed record VerificationAnswer(
    string Query,
    string Verdict,
    IReadOnlyList<VerificationMatch> Matches,
    IReadOnlyList<VerificationMatch> AlsoSimilar,
    string Advice);

public sealed record VerificationMatch(
    string Name,
    string? LicenceNumber,
    string State,
    [property: JsonPropertyName("validUntil")] string? ValidUntil,
    double Similarity,
    IReadOnlyList<string> Reasons);

/// <summary>
/// What a person asks: <see cref="Q"/> (a name, licence number, phone number, e-mail or website) and, optionally, the
/// phone number, licence number and e-mail the agency gave them, so that details of two different agencies show.
/// </summary>
public sealed record VerifyAgencyRequest(string? Q, string? Phone = null, string? Licence = null, string? Email = null)
{
    public bool HasDetails => !string.IsNullOrWhiteSpace(Phone) || !string.IsNullOrWhiteSpace(Licence) || !string.IsNullOrWhiteSpace(Email);
}

/// <summary>"Is this agency licensed?" for the public page and <c>GET /api/v1/agencies/verify</c>.</summary>
public sealed class VerifyAgencyHandler(RegistryMatcher registry)
{
    public const int MaxQueryLength = 200;

    /// <summary>Null when the query is acceptable, else what is wrong with it (one validator for page and API).</summary>
    public static string? Validate(string? q) =>
        string.IsNullOrWhiteSpace(q) ? "Enter an agency name, licence number, phone number, e-mail or website."
        : q.Length > MaxQueryLength ? $"Use at most {MaxQueryLength} characters."
        : null;

    /// <summary>
    /// What is wrong with each field of <paramref name="request"/>, by its query-parameter name (q, phone, licence,
    /// email); empty when all is well. The extra details are optional, but one that is given must be what it says.
    /// </summary>
    public static Dictionary<string, string> Validate(VerifyAgencyRequest request)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Validate(request.Q) is { } q)
        {
            problems["q"] = q;
        }
        void Check(string name, string? value, Func<string, bool> isValid, string problem)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                return;
            }
            if (value.Length > MaxQueryLength)
            {
                problems[name] = $"Use at most {MaxQueryLength} characters.";
            }
            else if (!isValid(value.Trim()))
            {
                problems[name] = problem;
            }
        }
        Check("phone", request.Phone, v => PhoneNormaliser.ToE164(v) is not null, "Enter a phone number, for example 0712 345 678 or +971 50 123 4567.");
        Check("licence", request.Licence, v => AgencyIdentifiers.LicenceKey(v) is not null, "Enter a licence number, for example RA/2025/10/24.");
        Check("email", request.Email, v => AgencyIdentifiers.Email(v) is not null, "Enter an e-mail address, for example jobs@agency.co.ke.");
        return problems;
    }

    public Task<VerificationAnswer> HandleAsync(string q, CancellationToken ct) => HandleAsync(new VerifyAgencyRequest(q), ct);

    /// <summary>Answers a request that <see cref="Validate(VerifyAgencyRequest)"/> accepted.</summary>
    public async Task<VerificationAnswer> HandleAsync(VerifyAgencyRequest request, CancellationToken ct)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "sw" ? "sw" : "en";
        var matcher = await registry.GetAsync(ct);
        var q = request.Q?.Trim() ?? "";
        var result = matcher.Verify(AgencyQuery.Parse(q, request.Phone, request.Licence, request.Email));
        return new VerificationAnswer(
            q,
            VerdictCode(result.Verdict),
            result.Matches.Select(m => Describe(m, language)).ToList(),
            result.AlsoSimilar.Select(m => Describe(m, language)).ToList(),
            Advice(result.Verdict, language));
    }

    public static string VerdictCode(Verdict verdict) => verdict switch
    {
        Verdict.Licensed => "licensed",
        Verdict.Expired => "expired",
        Verdict.SuspendedOrDeregistered => "suspended_or_deregistered",
        Verdict.Lookalike => "lookalike",
        _ => "not_found",
    };

    private static VerificationMatch Describe(AgencyMatch match, string language) => new(
        match.Agency.Name,
        match.Agency.LicenceNumber,
        match.Agency.State.ToString(),
        match.Agency.ValidUntil?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Math.Round(match.Similarity, 2),
        match.Reasons.Select(r => MatchReasonText.Describe(r, language)).ToList());

    // What to do next, for a job seeker about to pay someone: written for each verdict, in both languages.
    private static string Advice(Verdict verdict, string language) => (verdict, language) switch
    {
        (Verdict.Licensed, "sw") => "Wakala huyu ana leseni leo. Hata hivyo, usilipe ada kabla ya kupata mkataba ulioandikwa, na ulipe kwa akaunti ya kampuni pekee. Maswali? Piga 0800 222 223 bila malipo.",
        (Verdict.Licensed, _) => "This agency is licensed today. Still, never pay before you have a written contract, and pay only into the company's own account. Questions? Call 0800 222 223 (free).",
        (Verdict.Expired, "sw") => "Leseni ya wakala huyu imeisha: hawaruhusiwi kuajiri sasa. Usilipe chochote. Ripoti kwa kupiga 0800 222 223 bila malipo au kupitia ukurasa wa kuripoti.",
        (Verdict.Expired, _) => "This agency's licence has expired: it may not recruit now. Do not pay anything. Report it on 0800 222 223 (free) or through the report page.",
        (Verdict.SuspendedOrDeregistered, "sw") => "Wakala huyu amesimamishwa au amefutiwa usajili. Usilipe chochote na usikabidhi pasipoti yako. Piga 0800 222 223 bila malipo.",
        (Verdict.SuspendedOrDeregistered, _) => "This agency is suspended or deregistered. Do not pay anything or hand over your passport. Call 0800 222 223 (free).",
        (Verdict.Lookalike, "sw") => "Jina hili linafanana na wakala mwingine lakini maelezo hayalingani: huenda ni udanganyifu. Usilipe. Thibitisha moja kwa moja na wakala mwenye leseni, au piga 0800 222 223 bila malipo.",
        (Verdict.Lookalike, _) => "This looks like another agency, but the details do not match: it may be an impostor. Do not pay. Check directly with the licensed agency, or call 0800 222 223 (free).",
        (_, "sw") => "Hatukumpata wakala huyu kwenye orodha ya mawakala wenye leseni. Usilipe mpaka uhakikishe. Piga 0800 222 223 bila malipo au ripoti tangazo hilo.",
        _ => "We could not find this agency in the licensed-agency list. Do not pay until you are sure. Call 0800 222 223 (free) or report the offer.",
    };
}
