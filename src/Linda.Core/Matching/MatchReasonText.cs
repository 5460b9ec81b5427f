using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Linda.Core.Agencies;

namespace Linda.Core.Matching;

/// <summary>
/// The words shown for a <see cref="MatchReason"/>, in English ("en") and Kiswahili ("sw"). Texts are data:
/// one row per code, "{name}" where a value goes. Dates read "3 Oct 2026" / "3 Okt 2026"; counts up to ten are
/// written as words; a licence state inside a sentence takes the form that sentence needs.
/// </summary>
public static class MatchReasonText
{
    private static readonly FrozenDictionary<string, (string En, string Sw)> Texts = new Dictionary<string, (string En, string Sw)>
    {
        [MatchReasonCodes.NameIdentical] = ("same name (ignoring case, punctuation, spacing and 'Ltd'/'Limited')", "jina ni lilelile (bila kujali herufi kubwa au ndogo, alama, nafasi na 'Ltd'/'Limited')"),
        [MatchReasonCodes.MatchesAlias] = ("matches the agency's other registered name '{alias}'", "inalingana na jina lingine lililosajiliwa la wakala, '{alias}'"),
        [MatchReasonCodes.WordsInDifferentOrder] = ("same words in a different order", "maneno ni yaleyale kwa mpangilio tofauti"),
        [MatchReasonCodes.ArticleDiffers] = ("same name with or without 'Al-'", "jina ni lilelile, likiwa na 'Al-' au bila"),
        [MatchReasonCodes.NameDiffersByLetters] = ("name differs by {count} letters", "jina linatofautiana kwa herufi {count}"),
        [OneLetter] = ("name differs by one letter", "jina linatofautiana kwa herufi moja"),
        [MatchReasonCodes.SoundsAlike] = ("'{query}' is another spelling of '{registered}'", "'{query}' ni tahajia nyingine ya '{registered}'"),
        [MatchReasonCodes.SectorWordDiffers] = ("name differs only by '{query}' vs '{registered}'", "jina linatofautiana tu kwa '{query}' badala ya '{registered}'"),
        [MatchReasonCodes.SectorWordMissing] = ("the registered name also has the word '{word}'", "jina lililosajiliwa lina pia neno '{word}'"),
        [MatchReasonCodes.SectorWordExtra] = ("the registered name does not have the word '{word}'", "jina lililosajiliwa halina neno '{word}'"),
        [MatchReasonCodes.CoreSharedBySeveral] = ("several registered agencies are called '{name}'; the other words of the name tell them apart", "mawakala kadhaa waliosajiliwa wanaitwa '{name}'; maneno mengine ya jina yanawatofautisha"),
        [MatchReasonCodes.DistinctiveNameDiffers] = ("the distinctive part of the name differs: '{query}' vs '{registered}'", "sehemu bainifu ya jina inatofautiana: '{query}' na '{registered}'"),
        [MatchReasonCodes.SharesWords] = ("also has '{words}' in its name", "jina lake pia lina '{words}'"),
        [MatchReasonCodes.SimilarSpelling] = ("name is spelt similarly", "jina lina tahajia inayofanana"),
        [MatchReasonCodes.NameDoesNotMatch] = ("the name given does not match this agency's registered name '{registered}'", "jina lililotolewa halilingani na jina lililosajiliwa la wakala huyu, '{registered}'"),
        [MatchReasonCodes.SameLicenceNumber] = ("same licence number {licence}", "namba ya leseni ni ileile, {licence}"),
        [MatchReasonCodes.SamePhone] = ("same phone number", "namba ya simu ni ileile"),
        [MatchReasonCodes.SameEmail] = ("same e-mail address", "barua pepe ni ileile"),
        [MatchReasonCodes.SameWebsite] = ("same website", "tovuti ni ileile"),
        [MatchReasonCodes.SameEmailDomain] = ("e-mail address at the agency's own domain {domain}", "barua pepe iko kwenye kikoa cha wakala mwenyewe, {domain}"),
        [MatchReasonCodes.LicenceNumberBelongsToOtherAgency] = ("licence number {licence} belongs to a different agency, {agency}", "namba ya leseni {licence} ni ya wakala mwingine, {agency}"),
        [MatchReasonCodes.PhoneBelongsToOtherAgency] = ("phone belongs to a different {state} agency, {agency}", "namba ya simu ni ya wakala mwingine {state}, {agency}"),
        [MatchReasonCodes.EmailBelongsToOtherAgency] = ("e-mail belongs to a different {state} agency, {agency}", "barua pepe ni ya wakala mwingine {state}, {agency}"),
        [MatchReasonCodes.WebsiteBelongsToOtherAgency] = ("website belongs to a different {state} agency, {agency}", "tovuti ni ya wakala mwingine {state}, {agency}"),
        [MatchReasonCodes.LicenceNumberNotRegistered] = ("licence number {licence} is not in the registry", "namba ya leseni {licence} haimo kwenye sajili"),
        [MatchReasonCodes.RegisteredLicenceNumber] = ("this agency's licence number is {licence}", "namba ya leseni ya wakala huyu ni {licence}"),
        [MatchReasonCodes.PhoneNotRegistered] = ("this phone number is not registered for the agency", "namba hii ya simu haijasajiliwa kwa wakala huyu"),
        [MatchReasonCodes.EmailNotRegistered] = ("this e-mail address is not registered for the agency", "barua pepe hii haijasajiliwa kwa wakala huyu"),
        [MatchReasonCodes.WebsiteNotRegistered] = ("this website is not registered for the agency", "tovuti hii haijasajiliwa kwa wakala huyu"),
        [MatchReasonCodes.ResemblesExpiredAgency] = ("closely resembles an agency whose licence has expired", "inafanana sana na wakala ambaye leseni yake imeisha"),
        [MatchReasonCodes.ResemblesSuspendedAgency] = ("closely resembles an agency whose licence is suspended", "inafanana sana na wakala ambaye leseni yake imesimamishwa"),
        [MatchReasonCodes.ResemblesDeregisteredAgency] = ("closely resembles an agency that was deregistered", "inafanana sana na wakala aliyefutiwa usajili"),
        [MatchReasonCodes.LicenceValidUntil] = ("licence valid until {date}", "leseni ni halali hadi tarehe {date}"),
        [MatchReasonCodes.LicenceValid] = ("licence valid", "leseni ni halali"),
        [MatchReasonCodes.LicenceExpiredOn] = ("licence expired on {date}", "leseni iliisha tarehe {date}"),
        [MatchReasonCodes.LicenceExpired] = ("licence expired", "leseni imeisha"),
        [MatchReasonCodes.LicenceSuspended] = ("licence suspended", "leseni imesimamishwa"),
        [MatchReasonCodes.AgencyDeregistered] = ("agency deregistered", "wakala amefutiwa usajili"),
        [MatchReasonCodes.LicenceStateUnknown] = ("the registry does not show whether the licence is valid", "sajili haionyeshi kama leseni ni halali"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>A licence state as it reads inside "belongs to a different … agency".</summary>
    private static readonly FrozenDictionary<string, (string En, string Sw)> StateWords = new Dictionary<string, (string En, string Sw)>
    {
        [nameof(LicenceState.Licensed)] = ("licensed", "mwenye leseni"),
        [nameof(LicenceState.Expired)] = ("expired", "ambaye leseni yake imeisha"),
        [nameof(LicenceState.Suspended)] = ("suspended", "aliyesimamishwa"),
        [nameof(LicenceState.Deregistered)] = ("deregistered", "aliyefutiwa usajili"),
        [nameof(LicenceState.Unknown)] = ("unverified", "ambaye hali yake haijulikani"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly string[] MonthsEn = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static readonly string[] MonthsSw = ["Jan", "Feb", "Mac", "Apr", "Mei", "Jun", "Jul", "Ago", "Sep", "Okt", "Nov", "Des"];

    private static readonly string[] NumbersEn = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    private static readonly string[] NumbersSw = ["sifuri", "moja", "mbili", "tatu", "nne", "tano", "sita", "saba", "nane", "tisa", "kumi"];

    private const string OneLetter = MatchReasonCodes.NameDiffersByLetters + "/1";

    /// <summary>Whether both languages have a text for <paramref name="code"/>.</summary>
    public static bool HasText(string code) => Texts.ContainsKey(code);

    /// <summary>
    /// The reason in <paramref name="language"/> ("sw" for Kiswahili; anything else gives English). An unknown code
    /// gives the code itself, so a newer server never breaks an older page.
    /// </summary>
    public static string Describe(MatchReason reason, string language)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var swahili = string.Equals(language, "sw", StringComparison.OrdinalIgnoreCase);
        var code = reason.Code == MatchReasonCodes.NameDiffersByLetters && reason.Values.TryGetValue("count", out var count) && count == "1"
            ? OneLetter
            : reason.Code;
        if (code is null || !Texts.TryGetValue(code, out var texts))
        {
            return reason.Code ?? "";
        }
        var template = swahili ? texts.Sw : texts.En;
        var text = new StringBuilder(template.Length + 32);
        var at = 0;
        while (at < template.Length)
        {
            var open = template.IndexOf('{', at);
            var close = open < 0 ? -1 : template.IndexOf('}', open);
            if (open < 0 || close < 0)
            {
                text.Append(template, at, template.Length - at);
                break;
            }
            text.Append(template, at, open - at);
            var key = template[(open + 1)..close];
            text.Append(reason.Values.TryGetValue(key, out var value) ? Format(key, value, swahili) : "");
            at = close + 1;
        }
        return text.ToString();
    }

    private static string Format(string key, string value, bool swahili)
    {
        switch (key)
        {
            case "date" when DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                var months = swahili ? MonthsSw : MonthsEn;
                return string.Create(CultureInfo.InvariantCulture, $"{date.Day} {months[date.Month - 1]} {date.Year}");
            case "count" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 10:
                return swahili ? NumbersSw[n] : NumbersEn[n];
            case "state" when StateWords.TryGetValue(value, out var words):
                return swahili ? words.Sw : words.En;
            default:
                return value;
        }
    }
}
