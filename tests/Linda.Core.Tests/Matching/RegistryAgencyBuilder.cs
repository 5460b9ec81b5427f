using Linda.Core.Agencies;
using Linda.Core.Matching;

namespace Linda.Core.Tests.Matching;

/// <summary>Builds synthetic registry agencies: licensed until the end of 2027 unless told otherwise.</summary>
public sealed class RegistryAgencyBuilder(string name)
{
    private static int s_next;

    private readonly string _id = $"test-{Interlocked.Increment(ref s_next)}";
    private string? _licence;
    private LicenceState _state = LicenceState.Licensed;
    private DateOnly? _validUntil = new(2027, 12, 31);
    private readonly List<string> _aliases = [];
    private readonly List<string> _phones = [];
    private readonly List<string> _emails = [];
    private readonly List<string> _websites = [];

    public static RegistryAgencyBuilder Agency(string name) => new(name);

    public RegistryAgencyBuilder Licence(string number)
    {
        _licence = number;
        return this;
    }

    public RegistryAgencyBuilder ExpiredOn(DateOnly date)
    {
        _state = LicenceState.Expired;
        _validUntil = date;
        return this;
    }

    public RegistryAgencyBuilder InState(LicenceState state)
    {
        _state = state;
        return this;
    }

    public RegistryAgencyBuilder Alias(string alias)
    {
        _aliases.Add(alias);
        return this;
    }

    public RegistryAgencyBuilder Phone(string e164)
    {
        _phones.Add(e164);
        return this;
    }

    public RegistryAgencyBuilder Email(string email)
    {
        _emails.Add(email);
        return this;
    }

    public RegistryAgencyBuilder Website(string website)
    {
        _websites.Add(website);
        return this;
    }

    public RegistryAgency Build() => new(_id, name, _licence, _state, _validUntil, [.. _aliases], [.. _phones], [.. _emails], [.. _websites]);

    public static implicit operator RegistryAgency(RegistryAgencyBuilder builder) => builder.Build();
}
