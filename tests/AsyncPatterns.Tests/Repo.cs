using SnippetHarness;

namespace AsyncPatterns.Tests;

/// <summary>The repository under test, found from the test binary's location, and the suite that checks it.</summary>
internal static class Repo
{
    public static readonly string Root = RepositoryRoot.Above(AppContext.BaseDirectory);

    /// <summary>One suite per test run: examples compile and run once, whichever test asks first.</summary>
    public static readonly SnippetSuite Snippets = new(Root, hostConfiguration: Configuration);

    /// <summary>The configuration this test project (and with it every host it builds) was built in.</summary>
    public static string Configuration =>
        System.Reflection.CustomAttributeExtensions.GetCustomAttributes<System.Reflection.AssemblyMetadataAttribute>(typeof(Repo).Assembly).Single(a => a.Key == "Configuration").Value!;
}
