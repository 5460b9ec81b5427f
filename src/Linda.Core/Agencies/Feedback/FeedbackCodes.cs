namespace Linda.Core.Agencies.Feedback;

/// <summary>The codes a submission uses for what happened, who a fee was paid to, and currencies.</summary>
public static class FeedbackCodes
{
    public const string FeesAsked = "fees_asked";
    public const string PassportKept = "passport_kept";
    public const string ContractChanged = "contract_changed";
    public const string JobDifferent = "job_different";
    public const string NoLicenceDisplayed = "no_licence_displayed";
    public const string TravelAgencyRecruiting = "travel_agency_recruiting";
    public const string Abuse = "abuse";

    /// <summary>What happened, in the order the form lists it (issue 3, "Community feedback").</summary>
    public static readonly IReadOnlyList<string> Issues =
        [FeesAsked, PassportKept, ContractChanged, JobDifferent, NoLicenceDisplayed, TravelAgencyRecruiting, Abuse];

    /// <summary>Who a fee was paid to, by code.</summary>
    public static readonly IReadOnlyDictionary<string, FeePayee> Payees = new Dictionary<string, FeePayee>(StringComparer.Ordinal)
    {
        ["agency"] = FeePayee.Agency,
        ["individual"] = FeePayee.Individual,
        ["mobile_money"] = FeePayee.MobileMoney,
        ["other"] = FeePayee.Other,
    };

    /// <summary>
    /// ISO 4217 currencies a Kenyan worker is asked to pay or promised a salary in: exactly those of the one reviewed
    /// exchange-rate table (<see cref="Reference.ExchangeRates"/>), so that every fee and salary reported can be compared.
    /// </summary>
    public static IReadOnlyList<string> Currencies => Reference.ExchangeRates.Currencies;

    public static string PayeeCode(FeePayee payee) => Payees.FirstOrDefault(p => p.Value == payee).Key ?? "unknown";
}
