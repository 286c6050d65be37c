using SnippetHarness;
using Xunit.Sdk;
using Xunit.v3;

namespace AsyncPatterns.Tests;

/// <summary>
/// xunit runs the cases of one theory one after another. This orderer sees exactly the cases selected to run
/// (after any filter) before the first starts, and starts all their examples at once, so each case only
/// awaits a result that is already on its way: in the test process (rows of an id), or on a run target such as
/// another runtime (rows of a target key and an id), one run per target. The order itself is left as it is.
/// </summary>
public sealed class PrefetchingOrderer : ITestCaseOrderer
{
    public IReadOnlyCollection<TTestCase> OrderTestCases<TTestCase>(IReadOnlyCollection<TTestCase> testCases)
        where TTestCase : notnull, ITestCase
    {
        // A theory's data rows become XunitTestCase instances that carry their row's arguments.
        var rows = testCases.OfType<XunitTestCase>().Select(c => c.TestMethodArguments).ToList();
        Repo.Snippets.Prefetch(rows.Select(args => args is [string id] ? id : null).OfType<string>());
        foreach (var target in RunTarget.All)
        {
            Repo.Snippets.PrefetchOn(target, rows.Select(args => args is [string key, string id] && key == target.Key ? id : null).OfType<string>());
        }

        return testCases;
    }
}
