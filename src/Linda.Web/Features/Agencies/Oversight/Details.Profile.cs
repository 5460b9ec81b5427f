using System.ComponentModel.DataAnnotations;
using Linda.Core.Agencies;
using Linda.Core.Matching;
using Linda.Core.Reference;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Linda.Web.Features.Agencies.Oversight;

/// <summary>
/// The agency's other names, phone numbers, e-mails, websites and destinations: officers add and remove them, each
/// change goes into the agency's history with the officer, and public verification matches them within seconds.
/// </summary>
public sealed partial class DetailsModel
{
    // Each form is bound and validated only by its own handler (see the handler parameters).
    public AliasInput Alias { get; set; } = new();

    public ContactInput Contact { get; set; } = new();

    public DestinationInput Destination { get; set; } = new();

    /// <summary>This agency's contacts that other agencies use too, with those agencies: a look-alike or one operation behind several names.</summary>
    public IReadOnlyList<SharedContact> Shared { get; private set; } = [];

    /// <summary>Names of the officers behind the actor ids the profile and its history keep.</summary>
    public StaffNames Staff { get; private set; } = StaffNames.None;

    public sealed record SharedContact(AgencyContactKind Kind, string Value, Guid AgencyId, string AgencyName);

    public sealed class AliasInput
    {
        [Required(ErrorMessage = "Enter the other name the agency uses.")]
        [StringLength(Agency.NameMaxLength, ErrorMessage = "Use at most {1} characters.")]
        [Display(Name = "Other name (a shop sign, a Facebook page, an earlier name)")]
        public string? Name { get; set; }
    }

    public sealed class ContactInput
    {
        [Required(ErrorMessage = "Choose phone, e-mail or website.")]
        [EnumDataType(typeof(AgencyContactKind), ErrorMessage = "Choose phone, e-mail or website.")]
        public AgencyContactKind? Kind { get; set; }

        [Required(ErrorMessage = "Enter the phone number, e-mail address or website.")]
        [StringLength(ValueMaxLength, ErrorMessage = "Use at most {1} characters.")]
        [Display(Name = "Phone number, e-mail address or website")]
        public string? Value { get; set; }

        public const int ValueMaxLength = 300;
    }

    public sealed class DestinationInput
    {
        [Required(ErrorMessage = "Choose a country.")]
        [Display(Name = "Country the agency recruits for")]
        public string? Country { get; set; }
    }

    public async Task<IActionResult> OnPostAliasAsync(Guid id, [Bind(Prefix = nameof(Alias))] AliasInput alias, CancellationToken ct)
    {
        Alias = alias;
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        var name = ModelState.IsValid ? CollapseSpaces(Alias.Name!) : "";
        if (name.Length > 0 && string.Equals(name, CollapseSpaces(Agency.Name), StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError("Alias.Name", "This is the agency's registered name.");
        }
        else if (name.Length > 0 && Agency.Aliases.Any(a => string.Equals(CollapseSpaces(a.Name), name, StringComparison.OrdinalIgnoreCase)))
        {
            ModelState.AddModelError("Alias.Name", "The agency already has this other name.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.AgencyAliases.Add(new AgencyAlias { AgencyId = id, Name = name, AddedBy = db.CurrentActor.ActorId, AddedAt = db.UtcNow });
        AddHistory(AgencyChange.AliasAdded, null, name);
        return await SaveProfileAsync("aliases", "Alias.Name", ct);
    }

    public async Task<IActionResult> OnPostContactAsync(Guid id, [Bind(Prefix = nameof(Contact))] ContactInput contact, CancellationToken ct)
    {
        Contact = contact;
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        string? value = null;
        if (ModelState.IsValid)
        {
            var kind = Contact.Kind!.Value;
            value = AgencyContactValue.Normalise(kind, Contact.Value);
            if (value is null)
            {
                ModelState.AddModelError("Contact.Value", AgencyContactValue.Problem(kind));
            }
            else if (Agency.Contacts.Any(c => c.Kind == kind && c.Value == value))
            {
                ModelState.AddModelError("Contact.Value", $"The agency already has this {Describe(kind)}.");
            }
            else if (RegistryValue(kind) == value)
            {
                ModelState.AddModelError("Contact.Value", $"This is already the agency's {Describe(kind)} in the registry.");
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var added = new AgencyContact { AgencyId = id, Kind = Contact.Kind!.Value, Value = value!, AddedBy = db.CurrentActor.ActorId, AddedAt = db.UtcNow };
        db.AgencyContacts.Add(added);
        AddHistory(AgencyChange.ContactAdded, null, $"{added.Kind} {added.Value}");
        return await SaveProfileAsync("contacts", "Contact.Value", ct);
    }

    public async Task<IActionResult> OnPostDestinationAsync(Guid id, [Bind(Prefix = nameof(Destination))] DestinationInput destination, CancellationToken ct)
    {
        Destination = destination;
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        var country = ModelState.IsValid ? Countries.Find(Destination.Country) : null;
        if (ModelState.IsValid && country is null)
        {
            ModelState.AddModelError("Destination.Country", "Choose a country from the list.");
        }
        else if (country is not null && Agency.Destinations.Any(d => d.Country == country.Alpha3))
        {
            ModelState.AddModelError("Destination.Country", $"{country.Name} is already one of the agency's destinations.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.AgencyDestinations.Add(new AgencyDestination { AgencyId = id, Country = country!.Alpha3, AddedBy = db.CurrentActor.ActorId, AddedAt = db.UtcNow });
        AddHistory(AgencyChange.DestinationAdded, null, $"{country.Name} ({country.Alpha3})");
        return await SaveProfileAsync("destinations", "Destination.Country", ct);
    }

    public async Task<IActionResult> OnPostRemoveAliasAsync(Guid id, Guid aliasId, CancellationToken ct)
    {
        var alias = await db.AgencyAliases.FirstOrDefaultAsync(a => a.Id == aliasId && a.AgencyId == id, ct);
        if (alias is not null)
        {
            db.AgencyAliases.Remove(alias);
            AddHistory(AgencyChange.AliasRemoved, alias.Name, null, id);
            await db.SaveChangesAsync(ct);
            matcher.Invalidate();
        }
        // Already removed (by a colleague, or a second click): the page shows how things stand.
        return RedirectToPage(null, null, new { id }, "aliases");
    }

    public async Task<IActionResult> OnPostRemoveContactAsync(Guid id, Guid contactId, CancellationToken ct)
    {
        var contact = await db.AgencyContacts.FirstOrDefaultAsync(c => c.Id == contactId && c.AgencyId == id, ct);
        if (contact is not null)
        {
            db.AgencyContacts.Remove(contact);
            AddHistory(AgencyChange.ContactRemoved, $"{contact.Kind} {contact.Value}", null, id);
            await db.SaveChangesAsync(ct);
            matcher.Invalidate();
        }
        return RedirectToPage(null, null, new { id }, "contacts");
    }

    public async Task<IActionResult> OnPostRemoveDestinationAsync(Guid id, Guid destinationId, CancellationToken ct)
    {
        var destination = await db.AgencyDestinations.FirstOrDefaultAsync(d => d.Id == destinationId && d.AgencyId == id, ct);
        if (destination is not null)
        {
            db.AgencyDestinations.Remove(destination);
            var country = Countries.Find(destination.Country);
            AddHistory(AgencyChange.DestinationRemoved, country is null ? destination.Country : $"{country.Name} ({country.Alpha3})", null, id);
            await db.SaveChangesAsync(ct);
        }
        return RedirectToPage(null, null, new { id }, "destinations");
    }

    /// <summary>The registry's own value of this kind, in the stored form of <see cref="AgencyContactValue"/>.</summary>
    public string? RegistryValue(AgencyContactKind kind) => kind switch
    {
        AgencyContactKind.Email => AgencyIdentifiers.Email(Agency.Email),
        AgencyContactKind.Website => AgencyIdentifiers.Domain(Agency.Website),
        _ => null,
    };

    public static string Describe(AgencyContactKind kind) => kind switch
    {
        AgencyContactKind.Phone => "phone number",
        AgencyContactKind.Email => "e-mail address",
        _ => "website",
    };

    public static string CountryName(string code) => Countries.Find(code)?.Name ?? code;

    private void AddHistory(AgencyChange change, string? from, string? to, Guid? agencyId = null) =>
        db.AgencyHistory.Add(new AgencyHistoryEntry
        {
            AgencyId = agencyId ?? Agency.Id,
            OccurredAt = db.UtcNow,
            Change = change,
            From = Shorten(from),
            To = Shorten(to),
            // The officer, by id: shown by name (StaffNames), and the audit log has the rest.
            Source = db.CurrentActor.ActorId,
        });

    private static string? Shorten(string? value) => value is { Length: > 300 } ? value[..300] : value;

    private async Task<IActionResult> SaveProfileAsync(string section, string field, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique indexes: a colleague added the same thing a moment ago.
            db.ChangeTracker.Clear();
            await LoadAsync(Agency.Id, ct);
            ModelState.AddModelError(field, "Someone has just added this; the page now shows it.");
            return Page();
        }
        matcher.Invalidate();
        return RedirectToPage(null, null, new { id = Agency.Id }, section);
    }

    private static string CollapseSpaces(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private async Task LoadProfileAsync(CancellationToken ct)
    {
        Staff = await StaffNames.LoadAsync(db,
            [.. History.Select(h => h.Source), .. Agency.Aliases.Select(a => a.AddedBy), .. Agency.Contacts.Select(c => c.AddedBy), .. Agency.Destinations.Select(d => d.AddedBy)],
            ct);
        Shared = await SharedContactsAsync(ct);
    }

    /// <summary>Other agencies with one of this agency's phone numbers, e-mail addresses or websites, its registry columns included.</summary>
    private async Task<IReadOnlyList<SharedContact>> SharedContactsAsync(CancellationToken ct)
    {
        var mine = Agency.Contacts.Select(c => (c.Kind, c.Value)).ToList();
        foreach (var kind in new[] { AgencyContactKind.Email, AgencyContactKind.Website })
        {
            if (RegistryValue(kind) is { } registry)
            {
                mine.Add((kind, registry));
            }
        }
        if (mine.Count == 0)
        {
            return [];
        }
        var id = Agency.Id;
        var values = mine.Select(m => m.Value).Distinct().ToList();
        var shared = (await db.AgencyContacts.AsNoTracking()
                .Where(c => c.AgencyId != id && values.Contains(c.Value))
                .Join(db.Agencies, c => c.AgencyId, a => a.Id, (c, a) => new { c.Kind, c.Value, a.Id, a.Name })
                .ToListAsync(ct))
            .Where(c => mine.Contains((c.Kind, c.Value)))
            .Select(c => new SharedContact(c.Kind, c.Value, c.Id, c.Name))
            .ToList();
        // The registry's columns are kept as the registry wrote them: compared in their stored form.
        var emails = mine.Where(m => m.Kind == AgencyContactKind.Email).Select(m => m.Value).ToList();
        if (emails.Count > 0)
        {
            var byEmail = await db.Agencies.AsNoTracking()
                .Where(a => a.Id != id && a.Email != null && emails.Contains(a.Email.ToLower()))
                .Select(a => new { a.Id, a.Name, a.Email }).ToListAsync(ct);
            shared.AddRange(byEmail.Select(a => new SharedContact(AgencyContactKind.Email, AgencyIdentifiers.Email(a.Email)!, a.Id, a.Name)));
        }
        foreach (var host in mine.Where(m => m.Kind == AgencyContactKind.Website).Select(m => m.Value))
        {
            var byWebsite = await db.Agencies.AsNoTracking()
                .Where(a => a.Id != id && a.Website != null && a.Website.ToLower().Contains(host))
                .Select(a => new { a.Id, a.Name, a.Website }).ToListAsync(ct);
            shared.AddRange(byWebsite.Where(a => AgencyIdentifiers.Domain(a.Website) == host)
                .Select(a => new SharedContact(AgencyContactKind.Website, host, a.Id, a.Name)));
        }
        return shared.Where(s => s.Value is not null).DistinctBy(s => (s.Kind, s.Value, s.AgencyId))
            .OrderBy(s => s.Value, StringComparer.Ordinal).ThenBy(s => s.AgencyName, StringComparer.Ordinal).ToList();
    }
}
