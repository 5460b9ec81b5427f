namespace Linda.Core.Triage;

/// <summary>How fast the hotline must respond. Lower is more urgent.</summary>
public enum Urgency
{
    /// <summary>Immediate danger: violence now, locked in under threat, suicidal, a minor in danger, a medical emergency.</summary>
    P1 = 1,

    /// <summary>Crisis within 24 hours: passport taken with deportation near, no food, stranded, detained.</summary>
    P2 = 2,

    /// <summary>Ongoing exploitation: unpaid wages, excessive hours, contract substitution.</summary>
    P3 = 3,

    /// <summary>Information, referral or a labour issue.</summary>
    P4 = 4,
}
