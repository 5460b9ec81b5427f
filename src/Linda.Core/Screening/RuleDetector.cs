namespace Linda.Core.Screening;

/// <summary>How a rule finds its evidence: most rules are phrases; a few weigh extracted facts against tables of the rule file.</summary>
public enum RuleDetector
{
    /// <summary>Any of the rule's patterns (outside a negated clause, when the rule is negatable).</summary>
    Phrases,

    /// <summary>Money asked from the worker, weighted by its size against the salary (the rule file's fee tiers).</summary>
    Fee,

    /// <summary>A salary far above the going rate for the role and destination.</summary>
    Salary,

    /// <summary>Contacts that are only WhatsApp or Telegram, or the rule's "only by WhatsApp" phrases.</summary>
    Messaging,

    /// <summary>A bait role (customer service, data entry, crypto) in a scam-compound country, or a compound's name.</summary>
    ScamCompound,

    /// <summary>The agency, licence number and contacts checked against the licence registry (only when one is given).</summary>
    Registry,
}
