using Linda.Core.Matching;

namespace Linda.Core.Tests.Matching;

/// <summary>The real registry extract and one matcher over it, built once for all tests.</summary>
public static class NeaRegistry
{
    private static readonly Lazy<IReadOnlyList<RegistryAgency>> LazyAgencies = new(() => NeaRegistryCsv.Load(NeaRegistryCsv.Today));

    private static readonly Lazy<AgencyMatcher> LazyMatcher = new(() => new AgencyMatcher(Agencies));

    public static IReadOnlyList<RegistryAgency> Agencies => LazyAgencies.Value;

    public static AgencyMatcher Matcher => LazyMatcher.Value;

    /// <summary>The one agency registered under exactly this name.</summary>
    public static RegistryAgency Named(string name) => Agencies.Single(a => a.Name == name);

    public static AgencyVerification Verify(string text) => Matcher.Verify(AgencyQuery.Parse(text));
}
