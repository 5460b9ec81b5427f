using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Linda.Core.Screening;

/// <summary>The languages the checker answers in: Kiswahili ("sw") or English (anything else).</summary>
public static partial class ScreeningLanguage
{
    public const string English = "en";
    public const string Swahili = "sw";

    /// <summary>Both languages in one text (code-switching, as many Kenyan ads are written).</summary>
    public const string Mixed = "mix";

    /// <summary>
    /// Common Kiswahili words of job ads: function words and the vocabulary of recruitment. A word in neither list
    /// (place names, currencies, "M-Pesa") says nothing about the language.
    /// </summary>
    private static readonly FrozenSet<string> SwahiliWords = Words("""
        na ya wa za la kwa ni kazi mshahara nafasi kupitia tuma lipa ada kama hakuna bila mwezi kwenye au katika hii huu
        yako wako wetu yetu zetu sisi utapata ukifika pesa namba piga simu siku wiki ijayo kwanza ili safari mkataba utapewa
        nyumbani wafanyakazi mwajiri pasipoti itahifadhiwa utafanya pia ndugu mapumziko usajili wakala jina kibali
        kutembelea tu zimebaki haraka leo sasa kesho kila mtu watu wanahitajika unahitajika uzoefu mahojiano utalipa tiketi
        kutoka itachukuliwa ukiwa hapa huko nchini kabla baada ndani nje bure yoyote chochote maelezo zaidi wasiliana nasi
        tupigie tutumie ujumbe kupata kufanya kwenda je una unataka ungependa karibu asante habari ndio hapana mara moja
        mbili tatu shilingi elfu laki dereva walinzi wasichana vijana wanawake wanaume hadi tangu sababu lakini pamoja kisha
        vyeti cheti kitambulisho picha fomu ofisi mwisho tarehe saa asubuhi jioni mchana
        """);

    private static readonly FrozenSet<string> EnglishWords = Words("""
        the and for to of with in is are we you your our per month monthly salary apply needed job jobs will be pay paid no
        a an on at from by this that as or required requirements experience interview contact call send free only must have
        has get can days week weeks now urgent urgently available work working company agency office hours accommodation
        food transport ticket provided include including included after before within via email whatsapp visa passport
        looking hiring vacancy vacancies position positions candidates qualified cv house help off guards security workers
        worker cleaners drivers driver more info information details inbox dm not all any first also their they them it
        its who what when where how please
        """);

    public static bool IsSwahili(string? language) => string.Equals(language?.Trim(), Swahili, StringComparison.OrdinalIgnoreCase);

    /// <summary>"sw" or "en".</summary>
    public static string Normalise(string? language) => IsSwahili(language) ? Swahili : English;

    /// <summary>
    /// Guesses the language of an ad from the common words of each language it uses: "mix" when each language has at
    /// least two such words and the lesser at least a fifth of them, else the language with more ("en" on a tie or
    /// when there are none). A guess for sorting labelled ads, not a language identifier: checked against the hand
    /// labels of the evaluation set (Screening/data).
    /// </summary>
    public static string Guess(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int swahili = 0, english = 0;
        foreach (Match word in WordPattern().Matches(text))
        {
            var lower = word.Value.ToLowerInvariant();
            swahili += SwahiliWords.Contains(lower) ? 1 : 0;
            english += EnglishWords.Contains(lower) ? 1 : 0;
        }
        if (swahili >= 2 && english >= 2 && Math.Min(swahili, english) * 5 >= swahili + english)
        {
            return Mixed;
        }
        return swahili > english ? Swahili : English;
    }

    private static FrozenSet<string> Words(string list) =>
        list.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    [GeneratedRegex("[A-Za-z']+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
