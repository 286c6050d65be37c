namespace AsyncPatterns.Tests;

/// <summary>One theory row per example: named by its id, with an <c>example</c> trait so a run can pick one.</summary>
public static class ExampleRows
{
    public static IEnumerable<TheoryDataRow<string>> Named(string prefix) =>
        Repo.Snippets.Examples.Select(e => new TheoryDataRow<string>(e.Id)
        {
            TestDisplayName = prefix + e.Id,
            Traits = new() { ["example"] = [e.Id] },
        });
}
