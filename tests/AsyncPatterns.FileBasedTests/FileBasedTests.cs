using SnippetHarness;

namespace AsyncPatterns.FileBasedTests;

/// <summary>Every C# example prints its expected output when a reader runs its file with <c>dotnet run</c>.</summary>
[TestCaseOrderer(typeof(PrefetchingOrderer))]
public sealed class FileBasedTests
{
    public static IEnumerable<TheoryDataRow<string>> Examples => FileBasedRuns.Examples.Select(e => new TheoryDataRow<string>(e.Id)
    {
        TestDisplayName = "dotnet run: " + e.Id,
        Traits = new() { ["example"] = [e.Id] },
    });

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_prints_its_expected_output_as_a_file_based_app(string id)
    {
        if (await FileBasedRuns.VerdictAsync(id) is { } failure)
        {
            Assert.Fail(Annotations.Decorate(failure));
        }
    }
}
