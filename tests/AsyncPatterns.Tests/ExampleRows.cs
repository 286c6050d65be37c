using SnippetHarness;

namespace AsyncPatterns.Tests;

/// <summary>One theory row per example: named by its id, with an <c>example</c> trait so a run can pick one.</summary>
public static class ExampleRows
{
    public static IEnumerable<TheoryDataRow<string>> Named(string prefix) => Rows(prefix, csharpOnly: false);

    /// <summary>Only the C# examples: checks that mean nothing for a Python program (a .NET version claim).</summary>
    public static IEnumerable<TheoryDataRow<string>> CSharpNamed(string prefix) => Rows(prefix, csharpOnly: true);

    /// <summary>One row per (target, example) the target takes: "on .NET 8: core-concepts/hot-tasks".</summary>
    public static IEnumerable<TheoryDataRow<string, string>> OnTargets(string kind) =>
        from target in kind == "runtimes" ? RunTarget.Runtimes : RunTarget.Schedules
        from example in Repo.Snippets.Examples
        where target.Takes(example, ExampleHeader.Parse(File.ReadAllText(example.SourcePath)))
        select new TheoryDataRow<string, string>(target.Key, example.Id)
        {
            TestDisplayName = $"{target.Name}: {example.Id}",
            Traits = new() { ["example"] = [example.Id], ["target"] = [target.Key] },
        };

    private static IEnumerable<TheoryDataRow<string>> Rows(string prefix, bool csharpOnly) =>
        Repo.Snippets.Examples.Where(e => !csharpOnly || e.IsCSharp).Select(e => new TheoryDataRow<string>(e.Id)
        {
            TestDisplayName = prefix + e.Id,
            Traits = new() { ["example"] = [e.Id] },
        });
}
