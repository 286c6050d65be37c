using SnippetHarness;

namespace AsyncPatterns.Tests;

/// <summary>The testing page shows, under each test file, what its tests proved: the results of running them.</summary>
public sealed class TestResultsTests
{
    private static readonly string Project = Path.Combine(Repo.Root, "snippets", "testing");

    [Fact]
    public async Task Each_test_file_of_the_testing_project_shows_the_results_of_its_tests()
    {
        var sources = ExampleCatalog.ProjectSources(Path.Combine(Repo.Root, "snippets"))
            .Where(s => s.StartsWith(Project + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ToList();
        var assembly = Path.Combine(Project, "bin", Repo.Configuration, "net10.0", "AsyncPatterns.Snippets.Tests.dll");
        var (results, problem) = await TestResults.RunAsync(assembly, sources, TimeSpan.FromMinutes(2));
        Fail.IfAny(problem);

        var failures = new List<string>();
        foreach (var (source, text) in results.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(Repo.Root, TestResults.PathFor(source)).Replace('\\', '/');
            failures.AddRange(text.Split('\n').Where(l => l.StartsWith("FAILED", StringComparison.Ordinal)).Select(l => $"{relative}:1: {l}"));
            if (ExpectedOutput.CheckFile(TestResults.PathFor(source), relative, Path.GetRelativePath(Repo.Root, source), text, ExpectedOutput.AcceptRequested) is { } failure)
            {
                failures.Add(failure);
            }
        }

        // A results file of a file that holds no tests any more shows what no test proves.
        failures.AddRange(sources.Where(s => !results.ContainsKey(s) && File.Exists(TestResults.PathFor(s)))
            .Select(s => $"{Path.GetRelativePath(Repo.Root, TestResults.PathFor(s))}:1: its file holds no tests: delete it"));
        Fail.IfAny(failures.Count == 0 ? null : string.Join("\n\n", failures));
    }
}
