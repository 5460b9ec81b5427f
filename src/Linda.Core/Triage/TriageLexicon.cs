namespace Linda.Core.Triage;

/// <summary>
/// Facts triage looks for, and the words that show them in a report's free text, in English and Kiswahili.
/// Phrases are regular-expression fragments matched as whole words against lower-case text, so Kiswahili verb
/// forms are listed as written ("ananipiga" is "he is beating me" now; "alinipiga", "he beat me", is past).
/// Ticked categories (<see cref="SignalCategories"/>) give the same facts without any words.
/// This file is data: read it, review it, extend it; the rules that turn facts into urgency are in <see cref="TriageRules"/>.
/// </summary>
public static class TriageLexicon
{
    public const string Suicidal = "suicidal";
    public const string ViolenceNow = "violence_now";
    public const string MedicalEmergency = "medical_emergency";
    public const string ThreatToLife = "threat_to_life";
    public const string Threatened = "threatened";
    public const string LockedIn = "locked_in";
    public const string PhysicalAbuse = "physical_abuse";
    public const string SexualAbuse = "sexual_abuse";
    public const string DocumentsTaken = "documents_taken";
    public const string Deportation = "deportation";
    public const string NoFoodOrCare = "no_food_or_care";
    public const string Stranded = "stranded";
    public const string Detained = "detained";
    public const string Missing = "missing";
    public const string Minor = "minor";
    public const string Unpaid = "unpaid";
    public const string ExcessiveHours = "excessive_hours";
    public const string ContractSubstitution = "contract_substitution";
    public const string WantsToReturn = "wants_to_return";

    /// <summary>The fact each ticked category gives.</summary>
    public static readonly IReadOnlyDictionary<string, string> FactOfCategory = new Dictionary<string, string>
    {
        [SignalCategories.LockedIn] = LockedIn,
        [SignalCategories.PhysicalAbuse] = PhysicalAbuse,
        [SignalCategories.SexualAbuse] = SexualAbuse,
        [SignalCategories.DocumentsTaken] = DocumentsTaken,
        [SignalCategories.Unpaid] = Unpaid,
        [SignalCategories.NoFoodOrCare] = NoFoodOrCare,
        [SignalCategories.Threatened] = Threatened,
        [SignalCategories.Detained] = Detained,
        [SignalCategories.Stranded] = Stranded,
        [SignalCategories.WantsToReturn] = WantsToReturn,
        [SignalCategories.Missing] = Missing,
        [SignalCategories.MinorInvolved] = Minor,
    };

    /// <summary>Phrases per fact: English first, then Kiswahili.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Phrases = new Dictionary<string, string[]>
    {
        [Suicidal] =
        [
            "kill myself", "killing myself", "suicide", "suicidal", "end my life", "take my (own )?life", "wants? to die", "better off dead",
            "kujiua", "nijiue", "najiua", "nataka kufa", "anataka kufa", "kujitoa uhai",
        ],
        [ViolenceNow] =
        [
            "(is|are|keeps?) (beating|hitting|attacking|raping) (me|her|him|us)", "beating me", "hitting me now", "attacking me",
            "ananipiga", "wananipiga", "anampiga", "wanampiga", "ananichapa", "wananichapa", "ananibaka", "anambaka", "ananishambulia", "wananishambulia",
        ],
        [MedicalEmergency] =
        [
            "bleeding", "unconscious", "can'?t breathe", "cannot breathe", "not breathing", "fainted", "collapsed", "overdose",
            "seriously (injured|hurt|ill)", "broken (bone|leg|arm)", "miscarriage", "in labou?r",
            "anavuja damu", "navuja damu", "damu nyingi", "amezimia", "nimezimia", "hawezi kupumua", "siwezi kupumua",
            "ameumia vibaya", "nimeumia vibaya", "mimba imetoka", "mgonjwa sana",
        ],
        [ThreatToLife] =
        [
            "kill (me|her|him|us)", "threatened to kill", "going to kill", "will kill",
            "ataniua", "wataniua", "atamuua", "watamuua", "kuniua", "kumuua", "watatuua",
        ],
        [Threatened] =
        [
            "threat(en(ed|ing|s)?|s)?",
            "ananitishia", "wananitishia", "amenitishia", "wamenitishia", "kunitishia", "vitisho", "tishio",
        ],
        [LockedIn] =
        [
            "locked (in|up|me|her|him|us)", "can'?t leave", "cannot leave", "not allowed (to leave|out|to go out)", "trapped", "confined",
            "amenifungia", "wamenifungia", "nimefungiwa", "amefungiwa", "tumefungiwa", "amefungwa ndani", "siwezi kutoka",
            "haruhusiwi kutoka", "siruhusiwi kutoka",
        ],
        [PhysicalAbuse] =
        [
            "beat (me|her|him|us)", "beaten", "beats (me|her|him)", "hit (me|her|him)", "slapped", "burn(ed|t) (me|her|him)", "tortured",
            "assaulted", "physically abused",
            "alinipiga", "walinipiga", "amenipiga", "wamenipiga", "alimpiga", "walimpiga", "amempiga", "kupigwa", "nilipigwa", "amepigwa",
            "anapigwa", "ananiumiza",
        ],
        [SexualAbuse] =
        [
            "raped?", "sexual(ly)? (abused?|harass(ed|ment)|assault(ed)?)", "forced (me|her) to sleep with",
            "alinibaka", "amenibaka", "walinibaka", "alimbaka", "amembaka", "kubakwa", "nilibakwa", "amebakwa",
            "unyanyasaji wa kingono", "dhuluma za kingono",
        ],
        [DocumentsTaken] =
        [
            "(took|taken|kept|keeps|holding|has|confiscated|seized) (my|her|his|our) (passport|phone|id|documents)",
            "(passport|phone|id|documents) (was|were|has been|have been) (taken|confiscated|seized)",
            "(wamechukua|amechukua|walichukua|alichukua|wameshika|ameshika|wamenyang'anya|amenyang'anya) (pasipoti|pasi|simu|kitambulisho|vyeti)",
        ],
        [Deportation] =
        [
            "deport(ed|ing|ation)?", "sent back by force",
            "kufukuzwa", "atafukuzwa", "nitafukuzwa", "watanifukuza", "watamfukuza", "kurudishwa kwa nguvu",
        ],
        [NoFoodOrCare] =
        [
            "no food", "not eaten", "haven'?t eaten", "hasn'?t eaten", "starv(ing|e|ed)", "hungry", "no medicine", "denied (medical|treatment)",
            "no medical", "no treatment",
            "sina chakula", "hakuna chakula", "bila chakula", "njaa", "sijala", "hajala", "hakuna dawa", "sina dawa", "hawanipi chakula",
        ],
        [Stranded] =
        [
            "stranded", "stuck at (the )?airport", "abandoned (at|in)", "nowhere to (sleep|stay|go)", "on the street",
            "nimekwama", "amekwama", "tumekwama", "sina mahali pa kulala", "hana mahali pa kulala", "barabarani",
        ],
        [Detained] =
        [
            "detained", "detention", "in (jail|prison)", "arrested", "police station", "deportation cent(re|er)",
            "gerezani", "jela", "mahabusu", "kizuizini", "amekamatwa", "nimekamatwa", "wamekamatwa", "kituo cha polisi",
        ],
        [Missing] =
        [
            "missing", "can'?t reach (her|him|them)", "cannot reach", "not answering", "stopped answering", "lost contact",
            "no contact", "haven'?t heard from", "disappeared",
            "amepotea", "hapatikani", "hajibu simu", "hatujamsikia", "hatumpati", "simu yake imezimwa", "hatujawasiliana",
        ],
        [Minor] =
        [
            "minor", "under ?age", "under 18", "(1[0-7]|[1-9])[- ]years?[- ]old", "aged (1[0-7]|[1-9])",
            "chini ya miaka 18", "ana miaka (1[0-7]|[1-9])", "mwenye umri wa miaka (1[0-7]|[1-9])", "umri mdogo", "msichana mdogo",
        ],
        [Unpaid] =
        [
            "not (been )?paid", "haven'?t been paid", "unpaid", "no (salary|pay|wages)", "without pay", "salary (withheld|not paid)",
            "withh(e|o)ld(ing)? (my|her|his) (salary|pay|wages)",
            "sijalipwa", "hajalipwa", "hawajanilipa", "hajanilipa", "hawanilipi", "hanilipi", "bila malipo", "bila mshahara",
        ],
        [ExcessiveHours] =
        [
            "no days? off", "no rest", "without rest", "day and night", "(1[6-9]|2[0-4]) hours", "no sleep",
            "bila kupumzika", "sipumziki", "hakuna siku ya mapumziko", "mchana na usiku", "saa (1[6-9]|2[0-4])", "silali",
        ],
        [ContractSubstitution] =
        [
            "different contract", "contract (was )?changed", "changed (my|the) contract", "new contract", "different job", "not the job",
            "not what (was|I was|she was|he was) promised",
            "mkataba tofauti", "mkataba mpya", "wamebadilisha mkataba", "amebadilisha mkataba", "kazi tofauti", "si kazi niliyoahidiwa",
        ],
        [WantsToReturn] =
        [
            "wants? to (come|go) (back )?home", "bring (me|her|him) (back )?home", "come back home", "return home", "rescue (me|her|him)",
            "help (me|her|him) (to )?come back",
            "nataka kurudi", "anataka kurudi", "nirudi nyumbani", "nisaidie kurudi", "kurudi kenya", "niokoeni", "mwokoeni",
        ],
    };
}
