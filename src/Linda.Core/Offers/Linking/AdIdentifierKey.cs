namespace Linda.Core.Offers.Linking;

/// <summary>
/// One identifier in comparable form, as <see cref="Screening.OfferEntities.Identifiers"/> gives it: "phone"
/// (E.164), "whatsapp", "telegram", "email", "website", "licence" or "agency". The linker compares agency names
/// without regard to case or spacing (<see cref="AdIdentifierKeyComparer"/>) and every other kind exactly.
/// </summary>
public readonly record struct AdIdentifierKey(string Kind, string Value);
