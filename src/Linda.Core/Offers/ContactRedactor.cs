using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Linda.Core.Screening;

namespace Linda.Core.Offers;

/// <summary>
/// Replaces the contact details in an ad's text with synthetic ones, so that officers' labelled ads can join the
/// evaluation set without a real phone number, e-mail address, handle or website entering the repository. Phones
/// become numbers of the synthetic range +254 700 000 xxx that the evaluation set uses, e-mails and websites the
/// reserved <c>example.com</c> domain (RFC 2606), handles <c>synthetic_handle_N</c>. The same detail gets the same
/// placeholder throughout one redactor's life (one export), so that ads which shared a number still share one.
/// </summary>
/// <remarks>
/// The checker's own extractor finds the details (numbers written with spaces, dots or words included); a second pass
/// then replaces whatever still looks like one: any run of nine or more digits, an e-mail address, an "@handle".
/// Names of people in the text are not found: a person reviews the file before it is committed (see the evaluation
/// set's README). Not thread-safe: one instance per export.
/// </remarks>
public sealed partial class ContactRedactor(EntityExtractor extractor)
{
    private readonly Dictionary<string, int> _phones = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _emails = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _handles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _websites = new(StringComparer.Ordinal);

    public ContactRedactor()
        : this(OfferScreener.Default.Extractor)
    {
    }

    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var entities = extractor.Extract(new OfferInput(text));
        // Placeholders are made only for the spans kept, so a candidate that loses to an overlapping one uses up no number.
        var found = new List<(int Start, int Length, Func<string> Replacement)>();
        void Add(TextSpan span, Func<string> replacement)
        {
            if (span.Field == OfferFields.Text && span.Length > 0 && span.End <= text.Length)
            {
                found.Add((span.Start, span.Length, replacement));
            }
        }
        foreach (var phone in entities.Phones)
        {
            foreach (var span in phone.Spans)
            {
                Add(span, () => Phone(phone.E164, span.Text));
            }
        }
        foreach (var handle in entities.Handles)
        {
            foreach (var span in handle.Spans)
            {
                Add(span, () => Handle(handle, span.Text));
            }
        }
        foreach (var email in entities.Emails)
        {
            foreach (var span in email.Spans)
            {
                Add(span, () => Email(email.Address));
            }
        }
        foreach (var website in entities.Websites)
        {
            foreach (var span in website.Spans)
            {
                Add(span, () => Website(website.Domain));
            }
        }
        foreach (Match match in EmailPattern().Matches(text))
        {
            found.Add((match.Index, match.Length, () => Email(match.Value.ToLowerInvariant())));
        }
        foreach (Match match in HandlePattern().Matches(text))
        {
            found.Add((match.Index, match.Length, () => "@" + HandleName(match.Value.ToLowerInvariant())));
        }
        foreach (Match match in DigitsPattern().Matches(text))
        {
            found.Add((match.Index, match.Length, () => Phone("digits:" + new string([.. match.Value.Where(char.IsAsciiDigit)]), match.Value)));
        }
        // Earliest first, the longest of those that start together; anything overlapping a kept span is already covered.
        var kept = new List<(int Start, int Length, Func<string> Replacement)>();
        foreach (var span in found.OrderBy(f => f.Start).ThenByDescending(f => f.Length))
        {
            if (kept.Count == 0 || span.Start >= kept[^1].Start + kept[^1].Length)
            {
                kept.Add(span);
            }
        }
        var result = new StringBuilder(text.Length);
        var at = 0;
        foreach (var (start, length, replacement) in kept)
        {
            result.Append(text, at, start - at).Append(replacement());
            at = start + length;
        }
        return result.Append(text, at, text.Length - at).ToString();
    }

    private static int Number(Dictionary<string, int> seen, string key)
    {
        if (!seen.TryGetValue(key, out var n))
        {
            n = seen.Count + 1;
            seen[key] = n;
        }
        return n;
    }

    /// <summary>
    /// A synthetic number in the form it was written: a wa.me link stays a link, a number beginning with + or 254
    /// stays international, any other national.
    /// </summary>
    private string Phone(string key, string written)
    {
        // A thousand numbers in the synthetic range; past that they repeat, which only merges placeholders.
        var last = (Number(_phones, key) % 1000).ToString("D3", CultureInfo.InvariantCulture);
        var link = written.IndexOf("wa.me/", StringComparison.OrdinalIgnoreCase);
        if (link >= 0)
        {
            return $"{written[..(link + "wa.me/".Length)]}254700000{last}";
        }
        var trimmed = written.TrimStart();
        return trimmed.StartsWith('+') || trimmed.StartsWith("254", StringComparison.Ordinal) ? $"+254 700 000 {last}" : $"0700 000 {last}";
    }

    private string Handle(HandleEntity handle, string written)
    {
        if (handle.Platform == MessagingPlatform.WhatsApp)
        {
            if (written.Contains("chat.whatsapp.com", StringComparison.OrdinalIgnoreCase))
            {
                return $"https://chat.whatsapp.com/SyntheticInvite{Number(_handles, "invite:" + handle.Value)}";
            }
            return Phone(handle.Value.StartsWith('+') ? handle.Value : "wa:" + handle.Value, written.Contains("wa.me/", StringComparison.OrdinalIgnoreCase) ? written : "https://wa.me/");
        }
        var name = HandleName(handle.Value);
        return written.Contains("t.me/", StringComparison.OrdinalIgnoreCase) ? $"https://t.me/{name}" : "@" + name;
    }

    private string HandleName(string value) => $"synthetic_handle_{Number(_handles, value.TrimStart('@'))}";

    private string Email(string address) => $"contact{Number(_emails, address)}@example.com";

    private string Website(string domain) => $"agency{Number(_websites, domain)}.example.com";

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    /// <summary>An "@handle" that is not the domain of an e-mail address.</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9._%+\-])@[A-Za-z0-9_]{3,}(?:\.[A-Za-z0-9_]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex HandlePattern();

    /// <summary>Nine digits or more, possibly with single spaces, dots or hyphens between them: a phone number left over.</summary>
    [GeneratedRegex(@"(?<![0-9])\+?[0-9](?:[ .\-]?[0-9]){8,}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex DigitsPattern();
}
