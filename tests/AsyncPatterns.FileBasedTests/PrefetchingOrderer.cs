using Xunit.Sdk;
using Xunit.v3;

namespace AsyncPatterns.FileBasedTests;

/// <summary>Starts the run of every selected example before the first test awaits its own (see FileBasedRuns).</summary>
public sealed class PrefetchingOrderer : ITestCaseOrderer
{
    public IReadOnlyCollection<TTestCase> OrderTestCases<TTestCase>(IReadOnlyCollection<TTestCase> testCases)
        where TTestCase : notnull, ITestCase
    {
        FileBasedRuns.Prefetch(testCases.OfType<XunitTestCase>().Select(c => c.TestMethodArguments is [string id] ? id : null).OfType<string>());
        return testCases;
    }
}
