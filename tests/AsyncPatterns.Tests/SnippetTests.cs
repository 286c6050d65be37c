namespace AsyncPatterns.Tests;

/// <summary>Every example compiles, runs and prints exactly its expected output.</summary>
[TestCaseOrderer(typeof(PrefetchingOrderer))]
public sealed class SnippetTests
{
    public static IEnumerable<TheoryDataRow<string>> Examples() =>
        Repo.Snippets.Examples.Select(e => new TheoryDataRow<string>(e.Id)
        {
            TestDisplayName = e.Id,
            Traits = new() { ["example"] = [e.Id] },
        });

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_prints_its_expected_output(string id)
    {
        if (await Repo.Snippets.CheckAsync(id) is { } failure)
        {
            Assert.Fail(failure);
        }
    }
}
