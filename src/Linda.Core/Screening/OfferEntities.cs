namespace Linda.Core.Screening;

/// <summary>
/// Everything the checker extracted from an offer. Phones, handles, e-mails, websites, licence numbers and agency names
/// are the identifiers that link ads run by one operation; each appears once with every place it was written.
/// </summary>
public sealed record OfferEntities(
    IReadOnlyList<PhoneEntity> Phones,
    IReadOnlyList<HandleEntity> Handles,
    IReadOnlyList<EmailEntity> Emails,
    IReadOnlyList<WebsiteEntity> Websites,
    IReadOnlyList<MoneyEntity> Money,
    IReadOnlyList<DestinationEntity> Destinations,
    IReadOnlyList<JobTitleEntity> JobTitles,
    IReadOnlyList<LicenceEntity> Licences,
    IReadOnlyList<AgencyEntity> Agencies)
{
    /// <summary>
    /// The offer's identifiers as (kind, value) pairs in comparable form, for linking ads: "phone" (E.164),
    /// "whatsapp"/"telegram" (handle), "email", "website" (domain), "licence" (key), "agency" (name as written).
    /// </summary>
    public IEnumerable<(string Kind, string Value)> Identifiers() =>
        Phones.Select(p => ("phone", p.E164))
            .Concat(Handles.Select(h => (h.Platform == MessagingPlatform.WhatsApp ? "whatsapp" : "telegram", h.Value)))
            .Concat(Emails.Select(e => ("email", e.Address)))
            .Concat(Websites.Select(w => ("website", w.Domain)))
            .Concat(Licences.Select(l => ("licence", l.Key)))
            .Concat(Agencies.Select(a => ("agency", a.Name)));
}
