using SnippetHarness;

namespace AsyncPatterns.FileBasedTests;

/// <summary>
/// Every C# example prints its expected output when a reader runs its file with <c>dotnet run</c>; every Python example
/// when an interpreter of its own runs it.
/// </summary>
[TestCaseOrderer(typeof(PrefetchingOrderer))]
public sealed class FileBasedTests
{
    public static IEnumerable<TheoryDataRow<string>> Examples => Rows(csharp: true, "dotnet run: ");

    public static IEnumerable<TheoryDataRow<string>> PythonExamples => Rows(csharp: false, "python3: ");

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_prints_its_expected_output_as_a_file_based_app(string id)
    {
        if (await FileBasedRuns.VerdictAsync(id) is { } failure)
        {
            Assert.Fail(Annotations.Decorate(failure));
        }
    }

    [Theory]
    [MemberData(nameof(PythonExamples))]
    public async Task Python_example_prints_its_expected_output_in_an_interpreter_of_its_own(string id)
    {
        if (await FileBasedRuns.VerdictAsync(id) is { } failure)
        {
            Assert.Fail(Annotations.Decorate(failure));
        }
    }

    private static IEnumerable<TheoryDataRow<string>> Rows(bool csharp, string prefix) =>
        FileBasedRuns.Examples.Where(e => e.IsCSharp == csharp).Select(e => new TheoryDataRow<string>(e.Id)
        {
            TestDisplayName = prefix + e.Id,
            Traits = new() { ["example"] = [e.Id] },
        });
}
