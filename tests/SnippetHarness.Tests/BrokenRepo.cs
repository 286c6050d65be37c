using SnippetHarness;

namespace SnippetHarness.Tests;

/// <summary>The fixture repository where every example and page is wrong in one known way.</summary>
internal static class BrokenRepo
{
    public static readonly string Root = Path.Combine(FindTests(), "fixtures", "broken-repo");

    /// <summary>A shorter limit than the real suite keeps the hanging fixtures quick, yet leaves a Python start on a busy machine its time; bless mode is off whatever the environment says.</summary>
    public static readonly SnippetSuite Snippets = Prefetched(new SnippetSuite(Root, limit: TimeSpan.FromSeconds(5), accept: false,
        hostConfiguration: Configuration, hostsRoot: RepositoryRoot.Above(AppContext.BaseDirectory)));

    private static string Configuration =>
        System.Reflection.CustomAttributeExtensions.GetCustomAttributes<System.Reflection.AssemblyMetadataAttribute>(typeof(BrokenRepo).Assembly).Single(a => a.Key == "Configuration").Value!;

    public static readonly DocSite Site = new(Root);

    // Every fixture is checked by some test: start them all at once rather than one test at a time.
    private static SnippetSuite Prefetched(SnippetSuite suite)
    {
        suite.Prefetch(suite.Examples.Select(e => e.Id));
        return suite;
    }

    private static string FindTests()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "fixtures", "broken-repo")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("tests/fixtures/broken-repo not found above " + AppContext.BaseDirectory);
    }
}
