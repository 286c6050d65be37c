using SnippetHarness;

namespace AsyncPatterns.Tests;

/// <summary>
/// Every example prints its expected output under schedules that break timing assumptions: with every thread-pool
/// thread blocked while it runs (its continuations wait for the pool to inject threads), on one processor, and three
/// more times alongside the others.
/// </summary>
[TestCaseOrderer(typeof(PrefetchingOrderer))]
public sealed class ScheduleTests
{
    [Theory]
    [MemberData(nameof(ExampleRows.OnTargets), "schedules", MemberType = typeof(ExampleRows))]
    public async Task Example_prints_its_expected_output(string target, string id) =>
        Fail.IfAny(await Repo.Snippets.CheckOnAsync(RunTarget.All.Single(t => t.Key == target), id));
}
