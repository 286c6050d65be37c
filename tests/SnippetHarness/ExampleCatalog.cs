namespace SnippetHarness;

/// <summary>Finds every example under a snippets folder.</summary>
public static class ExampleCatalog
{
    /// <summary>
    /// Every <c>*.cs</c> and <c>*.py</c> file in a sub-folder of <paramref name="snippetsDir"/> is one example. Files at the top
    /// level (the runner) and folders that hold a project of their own (e.g. a test project) are not examples.
    /// </summary>
    public static IReadOnlyList<Example> Discover(string snippetsDir, string repoRoot)
    {
        var examples = new List<Example>();
        foreach (var dir in Directory.EnumerateDirectories(snippetsDir))
        {
            Collect(dir, snippetsDir, repoRoot, examples);
        }

        examples.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return examples;
    }

    /// <summary>
    /// The source files of the projects under <paramref name="snippetsDir"/> (such as the testing page's test
    /// project): not examples the harness runs, but code the pages show, so each must be shown somewhere.
    /// </summary>
    /// <returns>Full paths, sorted.</returns>
    public static IReadOnlyList<string> ProjectSources(string snippetsDir) =>
        [.. Directory.EnumerateFiles(snippetsDir, "*.csproj", SearchOption.AllDirectories)
            .Select(Path.GetDirectoryName)
            .Where(dir => !string.Equals(Path.GetFullPath(dir!), Path.GetFullPath(snippetsDir), StringComparison.Ordinal))
            .SelectMany(dir => Directory.EnumerateFiles(dir!, "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Order(StringComparer.Ordinal)];

    private static void Collect(string dir, string snippetsDir, string repoRoot, List<Example> examples)
    {
        var name = Path.GetFileName(dir);
        if (name is "bin" or "obj" || name.StartsWith('.') || Directory.EnumerateFiles(dir, "*.csproj").Any())
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(dir, "*.cs"))
        {
            var underSnippets = Path.GetRelativePath(snippetsDir, file).Replace('\\', '/');
            examples.Add(new Example(
                ExampleIds.FromRelativePath(underSnippets),
                file,
                Path.GetRelativePath(repoRoot, file).Replace('\\', '/'),
                ExampleIds.ExpectedNamespace(underSnippets) + "." + Path.GetFileNameWithoutExtension(file)));
        }

        foreach (var file in Directory.EnumerateFiles(dir, "*.py"))
        {
            var underSnippets = Path.GetRelativePath(snippetsDir, file).Replace('\\', '/');
            examples.Add(new Example(underSnippets, file, Path.GetRelativePath(repoRoot, file).Replace('\\', '/'), "", ExampleLanguage.Python));
        }

        foreach (var sub in Directory.EnumerateDirectories(dir))
        {
            Collect(sub, snippetsDir, repoRoot, examples);
        }
    }
}
