using SnippetHarness;

namespace AsyncPatterns.Tests;

/// <summary>
/// Every example prints its expected output on each runtime the guide names that it claims to run on: .NET 8 and 9
/// (unless it requires a newer one) and .NET 11, each runtime running all its examples in one SnippetHost process.
/// (.NET 10 is the test process itself.)
/// </summary>
[TestCaseOrderer(typeof(PrefetchingOrderer))]
public sealed class RuntimeTests
{
    [Theory]
    [MemberData(nameof(ExampleRows.OnTargets), "runtimes", MemberType = typeof(ExampleRows))]
    public async Task Example_prints_its_expected_output(string target, string id) =>
        Fail.IfAny(await Repo.Snippets.CheckOnAsync(RunTarget.All.Single(t => t.Key == target), id));
}
