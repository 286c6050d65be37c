using Xunit.Sdk;
using Xunit.v3;

namespace AsyncPatterns.Tests;

/// <summary>
/// xunit runs the cases of one theory one after another. This orderer sees exactly the cases selected to run
/// (after any filter) before the first starts, and starts all their examples at once, so each case only
/// awaits a result that is already on its way. The order itself is left as it is.
/// </summary>
public sealed class PrefetchingOrderer : ITestCaseOrderer
{
    public IReadOnlyCollection<TTestCase> OrderTestCases<TTestCase>(IReadOnlyCollection<TTestCase> testCases)
        where TTestCase : notnull, ITestCase
    {
        // A theory's data rows become XunitTestCase instances that carry their row's arguments.
        Repo.Snippets.Prefetch(testCases
            .OfType<XunitTestCase>()
            .Select(c => c.TestMethodArguments is [string id] ? id : null)
            .OfType<string>());
        return testCases;
    }
}
