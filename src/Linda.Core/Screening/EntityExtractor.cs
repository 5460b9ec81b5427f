using System.Globalization;
using System.Text.RegularExpressions;
using Linda.Core.Matching;
using Linda.Core.Phones;
using Linda.Core.Reference;

namespace Linda.Core.Screening;

/// <summary>
/// Finds the facts of an offer: phone numbers (E.164, including numbers written in words), WhatsApp and Telegram
/// contacts, e-mails, websites, amounts of money and what they are for, destinations, job titles, licence numbers and
/// agency names. Thread-safe; linear in the text (its expressions do not backtrack, or are bounded).
/// </summary>
public sealed class EntityExtractor(ScreeningRules rules)
{
    private const RegexOptions Linear = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    /// <summary>Most agency names taken from one text (an ad rarely names more than two).</summary>
    private const int MaxAgencyNames = 5;

    private static readonly Regex Email = new(@"[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,24}", Linear, ScreeningRules.MatchTimeout);

    private static readonly Regex MessagingLink = new(
        @"(?:https?://)?(?:www\.)?(?:wa\.me|api\.whatsapp\.com/send/?\?phone=|chat\.whatsapp\.com|t\.me|telegram\.me|telegram\.dog)/?[^\s<>""']*",
        Linear, ScreeningRules.MatchTimeout);

    private static readonly string[] MessagingHosts = ["wa.me", "whatsapp.com", "t.me", "telegram.me", "telegram.dog"];

    private static readonly Regex Url = new(@"(?:https?://|www\.)[^\s<>""']+", Linear, ScreeningRules.MatchTimeout);

    private static readonly Regex BareDomain = new(
        @"\b[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(?:com|net|org|info|biz|jobs|co\.ke|or\.ke|ac\.ke|go\.ke|ke|ae|sa|qa|om|kw|bh|co\.uk|uk|io|africa|online|site|agency|xyz)\b(?:/[^\s<>""']*)?",
        Linear, ScreeningRules.MatchTimeout);

    private static readonly Regex Licence = new(
        @"\b(?:ra|na)[\s/\\._\-]{0,3}(?:19|20)\d{2}[\s/\\._\-]{1,3}\d{1,2}[\s/\\._\-]{1,3}\d{1,4}\b",
        Linear, ScreeningRules.MatchTimeout);

    private static readonly Regex LicenceAfterWord = new(
        @"\b(?:licen[cs]e|lic|leseni)\.?\s*(?:no\.?|number|namba|nambari|#)?\s*:?\s*(?<n>(?:19|20)\d{2}[/\\._\-]\d{1,2}[/\\._\-]\d{1,4})\b",
        Linear, ScreeningRules.MatchTimeout);

    /// <summary>The number of a licence found after the word "licence" (the last one in the match).</summary>
    private static readonly Regex LicenceNumber = new(@"(?:19|20)\d{2}[/\\._\-]\d{1,2}[/\\._\-]\d{1,4}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, ScreeningRules.MatchTimeout);

    private const string Number = @"(?:\d{1,3}(?:[,. ]\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)";

    private static readonly Regex Money = new(MoneyPattern, Linear, ScreeningRules.MatchTimeout);

    /// <summary>The same expression, anchored, for reading the parts of an amount already found.</summary>
    private static readonly Regex MoneyParts = new("^(?:" + MoneyPattern + ")$", Linear, ScreeningRules.MatchTimeout);

    private const string MoneyPattern =
        @"(?<pre>\b(?:kshs|ksh|kes|shs|sh|usd|sar|aed|qar|omr|kwd|bhd|sr|dhs|dh)\.?|us\$|\$)\s?(?<a>" + Number + @")(?<ka>\s?k\b)?"
        + @"|\b(?<b>" + Number + @")(?<kb>\s?k)?\s?(?<post>kshs\b|ksh\b|kes\b|/=|/-|bob\b|shillings?\b|shilingi\b|usd\b|us dollars\b|dollars?\b|\$|saudi riyals?\b|qatari riyals?\b|omani rials?\b|riyals?\b|rials?\b|sar\b|aed\b|dirhams?\b|dhs\b|qar\b|omr\b|kwd\b|bhd\b)"
        + @"|\b(?:kshs|ksh|kes|sh|shilingi)\.?\s?elfu\s(?<e>\d{1,3})\b";


    private static readonly Regex TelegramHandle = new(@"@[a-z][a-z0-9_]{3,31}", Linear, ScreeningRules.MatchTimeout);

    /// <summary>Words that name an agency: the distinctive words before one of them make the name.</summary>
    private static readonly Regex AgencyWord = new(
        @"\b(?:recruitment|recruiters|agency|agencies|manpower|consultants|consultancy|placements?|staffing|limited|ltd)\b",
        Linear, ScreeningRules.MatchTimeout);

    /// <summary>Stems of <see cref="AgencyWord"/>, for a cheap test before looking for names.</summary>
    private static readonly string[] AgencyStems = ["recruit", "agenc", "manpower", "consult", "placement", "staffing", "limited", "ltd"];

    /// <summary>Words that may follow the agency word and still belong to the name.</summary>
    private static readonly HashSet<string> AgencyTail = new(StringComparer.OrdinalIgnoreCase)
    {
        "agency", "agencies", "services", "international", "ltd", "limited", "co", "company", "kenya", "(k)", "k",
        "and", "&", "consultants", "consultancy", "recruitment", "manpower", "placement", "placements",
    };

    /// <summary>Capitalised words that start a sentence or a call to action, not a name.</summary>
    private static readonly HashSet<string> NotAName = new(StringComparer.OrdinalIgnoreCase)
    {
        "apply", "contact", "call", "join", "through", "via", "by", "at", "from", "with", "the", "dear", "our", "we", "are", "is",
        "urgent", "urgently", "hiring", "now", "visit", "email", "e-mail", "for", "licensed", "licenced", "registered", "nea",
        "a", "an", "and", "&", "of", "your", "this", "that", "to", "in", "on", "job", "jobs", "vacancy", "vacancies", "recruiting",
        "reputable", "trusted", "official", "new", "best", "top", "leading", "genuine", "real", "kenyan", "international", "private",
        "wakala", "kampuni", "kupitia", "na", "wa", "ya",
    };


    private static readonly char[] LinkTrailers = ['.', ',', ';', ':', '!', '?', ')', ']', '}', '\'', '"'];

    public OfferEntities Extract(OfferInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Extract(new OfferText(input.Text ?? ""), input);
    }

    internal OfferEntities Extract(OfferText text, OfferInput input)
    {
        var taken = new List<TextSpan>();
        var emails = FindEmails(text, taken);
        var (handles, linkedPhones) = FindMessagingLinks(text, taken);
        var websites = FindWebsites(text, taken);
        var licences = FindLicences(text, taken, input.Licence);
        var money = FindMoney(text, taken);
        var phones = FindPhones(text, taken, linkedPhones);
        FindTelegramHandles(text, taken, handles);
        return new OfferEntities(
            phones,
            handles.ToList((key, spans) => new HandleEntity(key.Platform, key.Value, spans)),
            emails,
            websites,
            money,
            FindDestinations(text, input.Destination),
            FindJobTitles(text),
            licences,
            FindAgencyNames(text, input.Agency));
    }

    private static List<EmailEntity> FindEmails(OfferText text, List<TextSpan> taken)
    {
        var found = new SpanGroups<string>();
        if (!text.Folded.Contains('@', StringComparison.Ordinal))
        {
            return [];
        }
        foreach (var (index, length) in Matching.SafeSpans(Email, text.Folded))
        {
            if (AgencyIdentifiers.Email(text.Folded.Substring(index, length)) is { } address)
            {
                var span = text.Span(index, length);
                found.Add(address, span);
                taken.Add(span);
            }
        }
        return found.ToList((address, spans) => new EmailEntity(address, spans));
    }

    private static (SpanGroups<(MessagingPlatform Platform, string Value)> Handles, List<(string E164, TextSpan Span)> Phones) FindMessagingLinks(OfferText text, List<TextSpan> taken)
    {
        var handles = new SpanGroups<(MessagingPlatform, string)>();
        var phones = new List<(string, TextSpan)>();
        if (!MessagingHosts.Any(host => text.Folded.Contains(host, StringComparison.OrdinalIgnoreCase)))
        {
            return (handles, phones);
        }
        foreach (var (index, rawLength) in Matching.SafeSpans(MessagingLink, text.Folded))
        {
            var length = text.Folded.AsSpan(index, rawLength).TrimEnd(LinkTrailers).Length;
            var link = text.Folded.Substring(index, length);
            if (Overlaps(taken, index, length))
            {
                continue;
            }
            var span = text.Span(index, length);
            var lower = link.ToLowerInvariant();
            var slash = lower.IndexOf(".me/", StringComparison.Ordinal) is var me and >= 0 ? me + 4
                : lower.IndexOf(".dog/", StringComparison.Ordinal) is var dog and >= 0 ? dog + 5
                : lower.IndexOf(".com/", StringComparison.Ordinal) is var com and >= 0 ? com + 5 : -1;
            var rest = slash < 0 ? "" : link[slash..];
            if (lower.Contains("phone=", StringComparison.Ordinal))
            {
                rest = link[(lower.IndexOf("phone=", StringComparison.Ordinal) + "phone=".Length)..];
            }
            rest = rest.Split(['?', '&', '#', '/'], 2)[0];
            if (rest.Length == 0)
            {
                continue;
            }
            if (lower.Contains("wa.me", StringComparison.Ordinal) || lower.Contains("api.whatsapp", StringComparison.Ordinal))
            {
                if (PhoneNormaliser.ToE164("+" + rest.TrimStart('+')) is { } e164)
                {
                    handles.Add((MessagingPlatform.WhatsApp, e164), span);
                    phones.Add((e164, span));
                }
            }
            else if (lower.Contains("chat.whatsapp", StringComparison.Ordinal))
            {
                // Group invite codes are case-sensitive.
                handles.Add((MessagingPlatform.WhatsApp, "chat.whatsapp.com/" + rest), span);
            }
            else
            {
                handles.Add((MessagingPlatform.Telegram, rest.StartsWith('+') ? rest : rest.ToLowerInvariant()), span);
            }
            taken.Add(span);
        }
        return (handles, phones);
    }

    private static List<WebsiteEntity> FindWebsites(OfferText text, List<TextSpan> taken)
    {
        var found = new SpanGroups<string>();
        var hasScheme = text.Folded.Contains("http", StringComparison.OrdinalIgnoreCase) || text.Folded.Contains("www.", StringComparison.OrdinalIgnoreCase);
        Regex[] patterns = hasScheme ? [Url, BareDomain] : HasDottedWord(text.Folded) ? [BareDomain] : [];
        foreach (var pattern in patterns)
        {
            foreach (var (index, rawLength) in Matching.SafeSpans(pattern, text.Folded))
            {
                var length = text.Folded.AsSpan(index, rawLength).TrimEnd(LinkTrailers).Length;
                if (length == 0 || Overlaps(taken, index, length) || (index > 0 && text.Folded[index - 1] is '@' or '.' or '-' or '/'))
                {
                    continue;
                }
                if (AgencyIdentifiers.Domain(text.Folded.Substring(index, length)) is { } domain && domain.Contains('.', StringComparison.Ordinal))
                {
                    var span = text.Span(index, length);
                    found.Add(domain, span);
                    taken.Add(span);
                }
            }
        }
        return found.ToList((domain, spans) => new WebsiteEntity(domain, spans));
    }

    /// <summary>Whether a letter or digit, a dot and a letter follow each other ("kazi.co", "example.com"): a cheap test before looking for websites.</summary>
    private static bool HasDottedWord(string folded)
    {
        for (var i = folded.IndexOf('.'); i > 0 && i + 1 < folded.Length; i = folded.IndexOf('.', i + 1))
        {
            if (char.IsAsciiLetterOrDigit(folded[i - 1]) && char.IsAsciiLetter(folded[i + 1]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a year 1900–2099 is written (four digits, "19"/"20" first): every licence number has one.</summary>
    private static bool HasYear(string folded)
    {
        for (var i = 0; i + 3 < folded.Length; i++)
        {
            if ((folded[i] == '2' && folded[i + 1] == '0' || folded[i] == '1' && folded[i + 1] == '9')
                && char.IsAsciiDigit(folded[i + 2]) && char.IsAsciiDigit(folded[i + 3]) && (i == 0 || !char.IsAsciiDigit(folded[i - 1])))
            {
                return true;
            }
        }
        return false;
    }

    private static List<LicenceEntity> FindLicences(OfferText text, List<TextSpan> taken, string? given)
    {
        var found = new SpanGroups<string>();
        var numbers = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string number, TextSpan span)
        {
            if (AgencyIdentifiers.LicenceKey(number) is { } key)
            {
                numbers.TryAdd(key, number.Trim());
                found.Add(key, span);
                if (span.Field == OfferFields.Text)
                {
                    taken.Add(span);
                }
            }
        }
        if (!string.IsNullOrWhiteSpace(given))
        {
            Add(given, new TextSpan(OfferFields.Licence, 0, given.Length, given));
        }
        if (!HasYear(text.Folded))
        {
            return found.ToList((key, spans) => new LicenceEntity(numbers[key], key, spans));
        }
        foreach (var (index, length) in Matching.SafeSpans(Licence, text.Folded))
        {
            Add(text.Original.Substring(index, length), text.Span(index, length));
        }
        if (!text.Folded.Contains("lic", StringComparison.OrdinalIgnoreCase) && !text.Folded.Contains("leseni", StringComparison.OrdinalIgnoreCase))
        {
            return found.ToList((key, spans) => new LicenceEntity(numbers[key], key, spans));
        }
        foreach (var (index, length) in Matching.SafeSpans(LicenceAfterWord, text.Folded))
        {
            var number = LicenceNumber.Match(text.Folded, index, length);
            if (number.Success && !Overlaps(taken, number.Index, number.Length))
            {
                Add(number.Value, text.Span(number.Index, number.Length));
            }
        }
        return found.ToList((key, spans) => new LicenceEntity(numbers[key], key, spans));
    }

    private List<MoneyEntity> FindMoney(OfferText text, List<TextSpan> taken)
    {
        var found = new List<MoneyEntity>();
        foreach (var (index, length) in Matching.SafeSpans(Money, text.Folded))
        {
            // Found without captures (the fast path of a non-backtracking search), then read from the few characters found.
            if (Overlaps(taken, index, length) || MoneyParts.Match(text.Folded, index, length) is not { Success: true } match
                || ParseMoney(match) is not { } parsed || parsed.Amount <= 0)
            {
                continue;
            }
            var (purpose, perMonth) = PurposeOf(text, index, index + length);
            var span = text.Span(index, length);
            found.Add(new MoneyEntity(parsed.Amount, parsed.Currency, purpose, perMonth, span));
            taken.Add(span);
        }
        return found;
    }

    private static (decimal Amount, string Currency)? ParseMoney(Match match)
    {
        if (match.Groups["e"].Success)
        {
            return (decimal.Parse(match.Groups["e"].Value, CultureInfo.InvariantCulture) * 1000, "KES");
        }
        var pre = match.Groups["pre"];
        var amountGroup = pre.Success ? match.Groups["a"] : match.Groups["b"];
        var thousands = (pre.Success ? match.Groups["ka"] : match.Groups["kb"]).Success;
        var currency = Currency(pre.Success ? pre.Value : match.Groups["post"].Value);
        if (currency is null || !TryAmount(amountGroup.Value, out var amount))
        {
            return null;
        }
        return (thousands ? amount * 1000 : amount, currency);
    }

    /// <summary>"1,500", "1.500", "1 500" and "1,500.50" group thousands; "1.5" is a decimal.</summary>
    private static bool TryAmount(string written, out decimal amount)
    {
        var text = written.Trim();
        var lastDot = text.LastIndexOf('.');
        var decimals = "";
        if (lastDot >= 0 && text.Length - lastDot - 1 is 1 or 2)
        {
            decimals = text[(lastDot + 1)..];
            text = text[..lastDot];
        }
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length is 0 or > 15)
        {
            amount = 0;
            return false;
        }
        return decimal.TryParse(decimals.Length > 0 ? $"{digits}.{decimals}" : digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount);
    }

    private static string? Currency(string written)
    {
        var value = written.Trim().TrimEnd('.').ToLowerInvariant();
        return value switch
        {
            "kshs" or "ksh" or "kes" or "shs" or "sh" or "/=" or "/-" or "bob" or "shilling" or "shillings" or "shilingi" => "KES",
            "usd" or "us$" or "$" or "us dollars" or "dollar" or "dollars" => "USD",
            "sar" or "sr" or "riyal" or "riyals" or "saudi riyal" or "saudi riyals" => "SAR",
            "aed" or "dhs" or "dh" or "dirham" or "dirhams" => "AED",
            "qar" or "qatari riyal" or "qatari riyals" => "QAR",
            "omr" or "omani rial" or "omani rials" or "rial" or "rials" => "OMR",
            "kwd" => "KWD",
            "bhd" => "BHD",
            _ => null,
        };
    }

    /// <summary>How far before an amount a cue ("salary", "fee") may be, and how far after.</summary>
    private const int CueReachBefore = 40;
    private const int CueReachAfter = 25;
    private const int PeriodReach = 20;

    /// <summary>
    /// What an amount is for: the nearest cue of the rule file before it in its sentence or after it in its clause; a
    /// fee in a negated clause ("we never charge KES 50,000") is not a fee.
    /// </summary>
    private (MoneyPurpose Purpose, double PerMonth) PurposeOf(OfferText text, int start, int end)
    {
        var before = Math.Max(text.SentenceStart(start), start - CueReachBefore);
        var after = Math.Min(text.ClauseEnd(end), end + CueReachAfter);
        var fee = Nearest(rules.FeeCue, text, before, start, end, after);
        var salary = Nearest(rules.SalaryCue, text, before, start, end, after);
        var purpose = salary <= fee && salary < int.MaxValue ? MoneyPurpose.Salary
            : fee < int.MaxValue ? MoneyPurpose.Fee
            : MoneyPurpose.Unknown;
        if (purpose == MoneyPurpose.Fee && text.IsNegatedAt(start, rules))
        {
            purpose = MoneyPurpose.Unknown;
        }
        var perMonth = 1.0;
        var periodEnd = Math.Min(text.ClauseEnd(end), end + PeriodReach);
        foreach (var (index, length) in periodEnd > end ? text.MatchesOf(rules.AnyPeriod) : [])
        {
            if (index >= end && index + length <= periodEnd)
            {
                var written = text.Folded.Substring(index, length);
                perMonth = rules.Periods.FirstOrDefault(p => Matching.SafeIsMatch(p.Cue, written)).PerMonth is var factor and > 0 ? factor : 1.0;
                break;
            }
        }
        return (purpose, perMonth);
    }

    /// <summary>Characters between the amount and the nearest cue (before it, or after it), or int.MaxValue for none.</summary>
    private static int Nearest(Regex cue, OfferText text, int before, int start, int end, int after)
    {
        var best = int.MaxValue;
        foreach (var (index, length) in text.MatchesOf(cue))
        {
            if (index >= before && index + length <= start)
            {
                best = Math.Min(best, start - (index + length));
            }
            else if (index >= end && index < after && index + length <= after)
            {
                best = Math.Min(best, index - end);
            }
        }
        return best;
    }

    private List<PhoneEntity> FindPhones(OfferText text, List<TextSpan> taken, List<(string E164, TextSpan Span)> linked)
    {
        var found = new SpanGroups<string>();
        foreach (var (e164, span) in linked)
        {
            found.Add(e164, span);
        }
        foreach (var (index, length) in DigitRuns(text.Folded))
        {
            if (index > 0 && (char.IsLetterOrDigit(text.Folded[index - 1]) || text.Folded[index - 1] is '_' or '@' or '/' or '='))
            {
                continue;
            }
            foreach (var (start, end, e164) in SplitNumbers(text.Folded, index, length))
            {
                if (!Overlaps(taken, start, end - start))
                {
                    found.Add(e164, text.Span(start, end - start));
                }
            }
        }
        foreach (var (start, end, number) in SpokenDigits.Find(text.Folded))
        {
            if (!Overlaps(taken, start, end - start) && !found.Overlaps(start, end) && PhoneNormaliser.ToE164(number) is { } e164)
            {
                found.Add(e164, text.Span(start, end - start));
            }
        }
        return found.ToList((e164, spans) => new PhoneEntity(
            e164,
            spans,
            spans.Any(s => s.Text.Contains("wa.me", StringComparison.OrdinalIgnoreCase) || s.Text.Contains("whatsapp", StringComparison.OrdinalIgnoreCase) || IsNear(rules.WhatsAppCue, text, s)),
            spans.Any(s => IsNear(rules.TelegramCue, text, s))));
    }

    /// <summary>
    /// Runs that may hold phone numbers: an optional "+", then at least nine digits with at most two of " .-()"
    /// between any two of them. A hand-written scan: it is the hottest loop of the extractor.
    /// </summary>
    private static IEnumerable<(int Index, int Length)> DigitRuns(string folded)
    {
        var i = 0;
        while (i < folded.Length)
        {
            if (!char.IsAsciiDigit(folded[i]))
            {
                i++;
                continue;
            }
            var start = i > 0 && folded[i - 1] == '+' ? i - 1 : i;
            var digits = 0;
            var end = i;
            var j = i;
            while (j < folded.Length)
            {
                if (char.IsAsciiDigit(folded[j]))
                {
                    digits++;
                    end = ++j;
                    continue;
                }
                var k = j;
                while (k < folded.Length && k - j < 2 && folded[k] is ' ' or '.' or '-' or '(' or ')')
                {
                    k++;
                }
                if (k > j && k < folded.Length && char.IsAsciiDigit(folded[k]))
                {
                    j = k;
                    continue;
                }
                break;
            }
            if (digits >= 9)
            {
                yield return (start, end - start);
            }
            i = end;
        }
    }

    /// <summary>
    /// One run of digits may hold several numbers ("0712 345 678 / 0722 …" or a number and a count): from each group
    /// of digits, the longest stretch of 9 to 15 digits that is a possible number is taken.
    /// </summary>
    private static IEnumerable<(int Start, int End, string E164)> SplitNumbers(string folded, int index, int length)
    {
        var groups = new List<(int Start, int End)>();
        var i = index;
        var stop = index + length;
        while (i < stop)
        {
            if (char.IsAsciiDigit(folded[i]))
            {
                var start = i;
                while (i < stop && char.IsAsciiDigit(folded[i]))
                {
                    i++;
                }
                groups.Add((start, i));
            }
            else
            {
                i++;
            }
        }
        var g = 0;
        while (g < groups.Count)
        {
            var taken = false;
            var counts = new List<(int Last, int Digits)>();
            var digits = 0;
            for (var last = g; last < groups.Count; last++)
            {
                digits += groups[last].End - groups[last].Start;
                if (digits > 15)
                {
                    break;
                }
                if (digits >= 9)
                {
                    counts.Add((last, digits));
                }
            }
            for (var c = counts.Count - 1; c >= 0; c--)
            {
                var start = groups[g].Start;
                var plus = start > index && folded[start - 1] == '+';
                var end = groups[counts[c].Last].End;
                var written = (plus ? "+" : "") + folded[start..end];
                if (PhoneNormaliser.ToE164(written) is { } e164)
                {
                    yield return (plus ? start - 1 : start, end, e164);
                    g = counts[c].Last + 1;
                    taken = true;
                    break;
                }
            }
            if (!taken)
            {
                g++;
            }
        }
    }

    /// <summary>Whether <paramref name="cue"/> is written just before the span in its sentence, or just after it.</summary>
    private static bool IsNear(Regex cue, OfferText text, TextSpan span)
    {
        var from = Math.Max(text.SentenceStart(span.Start), span.Start - 30);
        var to = Math.Min(text.SentenceEnd(span.End), span.End + 20);
        return (span.Start > from && text.AnyWithin(cue, from, span.Start)) || (to > span.End && text.AnyWithin(cue, span.End, to));
    }

    private void FindTelegramHandles(OfferText text, List<TextSpan> taken, SpanGroups<(MessagingPlatform Platform, string Value)> handles)
    {
        if (!text.Folded.Contains('@', StringComparison.Ordinal))
        {
            return;
        }
        foreach (var (index, length) in Matching.SafeSpans(TelegramHandle, text.Folded))
        {
            if ((index > 0 && (char.IsLetterOrDigit(text.Folded[index - 1]) || text.Folded[index - 1] is '.' or '_')) || Overlaps(taken, index, length))
            {
                continue;
            }
            var span = text.Span(index, length);
            if (IsNear(rules.TelegramCue, text, span))
            {
                handles.Add((MessagingPlatform.Telegram, span.Text[1..].ToLowerInvariant()), span);
            }
        }
    }

    private List<DestinationEntity> FindDestinations(OfferText text, string? given)
    {
        var found = new SpanGroups<string>();
        var places = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string country, string place, TextSpan span)
        {
            found.Add(country, span);
            if (!places.TryGetValue(country, out var list))
            {
                places[country] = list = [];
            }
            if (!list.Contains(place, StringComparer.OrdinalIgnoreCase))
            {
                list.Add(place);
            }
        }
        if (!string.IsNullOrWhiteSpace(given) && ResolveCountry(given) is { } country)
        {
            Add(country, given.Trim(), new TextSpan(OfferFields.Destination, 0, given.Length, given));
        }
        foreach (var (index, length) in Matching.SafeSpans(rules.PlaceMatcher, text.Folded))
        {
            var written = text.Original.Substring(index, length);
            if (rules.CountryByPlace.TryGetValue(ScreeningRules.PlaceKey(written), out var placeCountry))
            {
                Add(placeCountry, written, text.Span(index, length));
            }
        }
        return found.ToList((c, spans) => new DestinationEntity(c, places[c], spans));
    }

    /// <summary>An alpha-3 code, a place of the rule file, or a country's English or Kiswahili name; null when none fits.</summary>
    public string? ResolveCountry(string? destination)
    {
        if (string.IsNullOrWhiteSpace(destination))
        {
            return null;
        }
        var value = destination.Trim();
        if (value.Length == 3 && Countries.Find(value) is { } byCode)
        {
            return byCode.Alpha3;
        }
        if (rules.CountryByPlace.TryGetValue(ScreeningRules.PlaceKey(value), out var byPlace))
        {
            return byPlace;
        }
        var byName = Countries.All.FirstOrDefault(c => string.Equals(c.Name, value, StringComparison.OrdinalIgnoreCase) || string.Equals(c.NameSw, value, StringComparison.OrdinalIgnoreCase));
        if (byName is not null)
        {
            return byName.Alpha3;
        }
        var inside = Matching.SafeSpans(rules.PlaceMatcher, OfferText.Fold(value)).FirstOrDefault();
        return inside.Length > 0 && rules.CountryByPlace.TryGetValue(ScreeningRules.PlaceKey(value.Substring(inside.Index, inside.Length)), out var country) ? country : null;
    }

    private List<JobTitleEntity> FindJobTitles(OfferText text)
    {
        var found = new SpanGroups<(string Title, string Role)>();
        foreach (var (index, length) in Matching.SafeSpans(rules.JobTitleMatcher, text.Folded))
        {
            var written = text.Folded.Substring(index, length);
            var role = rules.JobTitleRoles.FirstOrDefault(r => Matching.SafeIsMatch(r.Title, written)).Role;
            if (role is not null)
            {
                found.Add((ScreeningRules.PlaceKey(written), role), text.Span(index, length));
            }
        }
        return found.ToList((key, spans) => new JobTitleEntity(key.Title, key.Role, spans));
    }

    private static List<AgencyEntity> FindAgencyNames(OfferText text, string? given)
    {
        var found = new SpanGroups<string>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string name, TextSpan span)
        {
            var key = ScreeningRules.PlaceKey(name);
            names.TryAdd(key, name.Trim());
            found.Add(key, span);
        }
        if (!string.IsNullOrWhiteSpace(given))
        {
            Add(given, new TextSpan(OfferFields.Agency, 0, given.Length, given));
        }
        var words = AgencyStems.Any(stem => text.Folded.Contains(stem, StringComparison.OrdinalIgnoreCase)) ? Matching.SafeSpans(AgencyWord, text.Folded) : [];
        var tokens = words.Count == 0 ? [] : NameTokens(text.Original);
        var handled = -1;
        foreach (var (index, _) in words)
        {
            if (found.Count >= MaxAgencyNames + (given is null ? 0 : 1))
            {
                break;
            }
            var at = tokens.FindIndex(t => t.Index <= index && index < t.Index + t.Length);
            if (at < 0 || at <= handled)
            {
                continue;
            }
            // Back over capitalised words (and "&"/"and"/"of"/"al-") on the same line, up to five.
            var first = at;
            while (first > 0 && at - first < 5 && SameLine(text, tokens[first - 1], tokens[first]) && IsNameWord(text, tokens[first - 1])
                && !Token(text, tokens[first - 1]).EndsWith('.'))
            {
                first--;
            }
            while (first < at && NotAName.Contains(Token(text, tokens[first]).TrimEnd('.')))
            {
                first++;
            }
            var last = at;
            while (last + 1 < tokens.Count && last - at < 3 && !Token(text, tokens[last]).EndsWith('.') && SameLine(text, tokens[last], tokens[last + 1])
                && AgencyTail.Contains(Token(text, tokens[last + 1]).TrimEnd('.')))
            {
                last++;
            }
            handled = last;
            var distinctive = Enumerable.Range(first, at - first).Count(i => !NotAName.Contains(Token(text, tokens[i])) && !AgencyTail.Contains(Token(text, tokens[i])));
            if (distinctive == 0)
            {
                continue;
            }
            var start = tokens[first].Index;
            var end = tokens[last].Index + tokens[last].Length;
            // A full stop after the name ends the sentence, except in an abbreviation ("Ltd.", "Co.").
            if (text.Original[end - 1] == '.' && Token(text, tokens[last]).TrimEnd('.').ToLowerInvariant() is not ("ltd" or "co"))
            {
                end--;
            }
            var span = text.Span(start, end - start);
            Add(span.Text, span);
        }
        return found.ToList((key, spans) => new AgencyEntity(names[key], spans, null));
    }

    /// <summary>The words of a text for agency names: runs of characters other than white space and ",;:!?()\"/|".</summary>
    private static List<(int Index, int Length)> NameTokens(string text)
    {
        var tokens = new List<(int, int)>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var separator = i == text.Length || char.IsWhiteSpace(text[i]) || text[i] is ',' or ';' or ':' or '!' or '?' or '(' or ')' or '"' or '/' or '|';
            if (separator && start >= 0)
            {
                tokens.Add((start, i - start));
                start = -1;
            }
            else if (!separator && start < 0)
            {
                start = i;
            }
        }
        return tokens;
    }

    private static string Token(OfferText text, (int Index, int Length) token) => text.Original.Substring(token.Index, token.Length);

    private static bool IsNameWord(OfferText text, (int Index, int Length) token)
    {
        var word = Token(text, token);
        return word is "&" or "and" or "of" or "AND" or "OF" || (char.IsUpper(word[0]) && word.Any(char.IsLetter));
    }

    private static bool SameLine(OfferText text, (int Index, int Length) left, (int Index, int Length) right)
    {
        var gap = text.Folded.AsSpan(left.Index + left.Length, right.Index - left.Index - left.Length);
        return gap.Length <= 3 && !gap.ContainsAny(",;:!?\n") && gap.IndexOfAnyExcept(' ') < 0;
    }

    private static bool Overlaps(List<TextSpan> spans, int start, int length)
    {
        foreach (var span in spans)
        {
            if (span.Field == OfferFields.Text && span.Start < start + length && start < span.End)
            {
                return true;
            }
        }
        return false;
    }
}
