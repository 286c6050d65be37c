using System.Diagnostics;
using System.Reflection;
using SnippetHarness;

namespace AsyncPatterns.Tests;

/// <summary>
/// The README's "Run an example" commands work as a reader types them (<c>dotnet run --project snippets -- ...</c>,
/// here without rebuilding: <c>dotnet test</c> has just built the runner), and every project of the solution is built.
/// </summary>
public sealed class SnippetRunnerTests
{
    private static string Configuration => Repo.Configuration;

    [Fact]
    public void Every_project_of_the_solution_is_built_by_dotnet_test() =>
        Fail.IfAny(SolutionProjects.NotBuiltByTests(Repo.Root, "AsyncPatterns.slnx"));

    [Fact]
    public async Task List_prints_exactly_the_ids_of_the_CSharp_examples()
    {
        var outcome = await RunAsync("list");
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(
            string.Join('\n', Repo.Snippets.Examples.Where(e => e.IsCSharp).Select(e => e.Id)) + "\n",
            TextNormalizer.Normalize(outcome.StandardOutput));
    }

    [Theory]
    [InlineData("core-concepts/hot-tasks")] // runs in the test process too
    [InlineData("pitfalls/async-void-crash")] // a '// run: process' example: it crashes its process on purpose
    public async Task An_id_prints_that_examples_expected_output(string id)
    {
        var example = Repo.Snippets.Examples.Single(e => e.Id == id);
        var outcome = await RunAsync(id);
        Assert.Equal(TextNormalizer.Normalize(await File.ReadAllTextAsync(example.ExpectedOutputPath, TestContext.Current.CancellationToken)),
            ChildProcess.Transcript(outcome));
    }

    [Fact]
    public async Task An_unknown_id_fails_and_says_how_to_list_the_ids()
    {
        var outcome = await RunAsync("no-such/example");
        Assert.NotEqual(0, outcome.ExitCode);
        Assert.Contains("'list'", outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains("no-such/example", outcome.StandardError, StringComparison.Ordinal);
    }

    private static async Task<RunOutcome> RunAsync(string argument)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet, ["run", "--no-build", "--configuration", Configuration, "--project", "snippets", "--", argument])
        {
            WorkingDirectory = Repo.Root,
        };
        start.Environment["DOTNET_NOLOGO"] = "1";
        var outcome = await ChildProcess.RunAsync(start, TimeSpan.FromSeconds(60));
        Assert.False(outcome.TimedOut, $"dotnet run {argument} did not finish within 60 s");
        return outcome;
    }
}
