using SnippetHarness;

namespace AsyncPatterns.Tests;

/// <summary>The repository under test, found from the test binary's location, and the suite that checks it.</summary>
internal static class Repo
{
    public static readonly string Root = FindRoot();

    /// <summary>One suite per test run: examples compile and run once, whichever test asks first.</summary>
    public static readonly SnippetSuite Snippets = new(Root);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "docfx.json")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No docfx.json above {AppContext.BaseDirectory}: run the tests from inside the repository.");
    }
}
