using SnippetHarness;

namespace AsyncPatterns.Tests;

/// <summary>What a reader copies from a page compiles: every region of every example, on its own.</summary>
public sealed class RegionTests
{
    private static readonly RegionCompiler Compiler = new();

    public static IEnumerable<TheoryDataRow<string>> Examples() =>
        Repo.Snippets.Examples.Select(e => new TheoryDataRow<string>(e.Id)
        {
            TestDisplayName = "regions compile: " + e.Id,
            Traits = new() { ["example"] = [e.Id] },
        });

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Every_region_compiles_on_its_own(string id)
    {
        var example = Repo.Snippets.Examples.Single(e => e.Id == id);
        var source = await File.ReadAllTextAsync(example.SourcePath, TestContext.Current.CancellationToken);
        var (regions, problems) = RegionReader.Read(source.ReplaceLineEndings("\n").Split('\n'));

        var failures = problems.Select(p => $"{example.RelativePath}:{p.Line}: {p.Message}").ToList();
        if (regions.Count == 0)
        {
            failures.Add($"{example.RelativePath}:1: no display region: mark the code the page shows with // <name> ... // </name>");
        }

        foreach (var (name, errors) in Compiler.Compile(example.RelativePath, source, regions.Values))
        {
            if (errors.Length > 0)
            {
                failures.Add($"region '{name}' does not compile on its own (a reader copying it would get these errors; widen the region or split the example):\n  " +
                             string.Join("\n  ", errors.Select(Diagnostics.Format)));
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }
}
