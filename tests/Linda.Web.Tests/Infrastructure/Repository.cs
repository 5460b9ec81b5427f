namespace Linda.Web.Tests.Infrastructure;

/// <summary>Files of the repository the tests read: sources (for translation checks) and the shipped registry.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string RealRegistry => Path.Combine(Root, "data", "nea-registry-2026-07.csv");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Linda.slnx")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Linda.slnx not found above the test folder.");
    }
}
