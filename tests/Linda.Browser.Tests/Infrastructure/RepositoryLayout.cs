using System.Reflection;

namespace Linda.Browser.Tests.Infrastructure;

/// <summary>Where the repository and the built <c>linda</c> app are, as seen from the test assembly.</summary>
public static class RepositoryLayout
{
    private const string SolutionFile = "Linda.slnx";

    public static string Root { get; } = FindRoot();

    /// <summary>Debug or Release: whichever the tests were built with, so they never start a stale build of the other.</summary>
    public static string Configuration { get; } = BuildMetadata("Configuration");

    public static string TargetFramework { get; } = BuildMetadata("TargetFramework");

    public static string WebProjectDirectory => Path.Combine(Root, "src", "Linda.Web");

    public static string LindaDll => Path.Combine(WebProjectDirectory, "bin", Configuration, TargetFramework, "linda.dll");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"No {SolutionFile} above {AppContext.BaseDirectory}: run the tests from inside the repository.");
    }

    private static string BuildMetadata(string key) =>
        typeof(RepositoryLayout).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"The test assembly has no '{key}' metadata; see Linda.Browser.Tests.csproj.");
}
