namespace AsyncPatterns.Tests;

/// <summary>One theory row per example: named by its id, with an <c>example</c> trait so a run can pick one.</summary>
public static class ExampleRows
{
    public static IEnumerable<TheoryDataRow<string>> Named(string prefix) => Rows(prefix, csharpOnly: false);

    /// <summary>Only the C# examples: checks that mean nothing for a Python program (a .NET version claim).</summary>
    public static IEnumerable<TheoryDataRow<string>> CSharpNamed(string prefix) => Rows(prefix, csharpOnly: true);

    private static IEnumerable<TheoryDataRow<string>> Rows(string prefix, bool csharpOnly) =>
        Repo.Snippets.Examples.Where(e => !csharpOnly || e.IsCSharp).Select(e => new TheoryDataRow<string>(e.Id)
        {
            TestDisplayName = prefix + e.Id,
            Traits = new() { ["example"] = [e.Id] },
        });
}
