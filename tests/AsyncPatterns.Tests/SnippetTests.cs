namespace AsyncPatterns.Tests;

/// <summary>Every example compiles, runs and prints exactly its expected output.</summary>
[TestCaseOrderer(typeof(PrefetchingOrderer))]
public sealed class SnippetTests
{
    [Theory]
    [MemberData(nameof(ExampleRows.Named), "", MemberType = typeof(ExampleRows))]
    public async Task Example_prints_its_expected_output(string id) =>
        Fail.IfAny((await Repo.Snippets.CheckAsync(id)).Output);
}
