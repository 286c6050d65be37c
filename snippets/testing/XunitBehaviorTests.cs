using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit;
using Xunit.Runner.Common;
using Xunit.Sdk;
using Xunit.v3;

namespace Testing;

/// <summary>
/// Checks what the page says about xunit itself. Each test runs a small test class through xunit's own engine
/// and asserts what xunit reported. Those classes are private, so the normal run does not discover them: their
/// tests fail or time out on purpose, and only the assertions about them are part of this suite.
/// </summary>
public sealed class XunitBehaviorTests
{
    // Not public on purpose (see above); xUnit1000 would have every test class public.
#pragma warning disable xUnit1000

    // <async-task-demo>
    private sealed class AsyncTaskDemo
    {
        [Fact]
        public async Task FailsAfterAnAwait()
        {
            await Task.Yield();
            Assert.Fail("failed after an await");
        }
    }
    // </async-task-demo>

    // An async void test, the mistake xUnit1049 reports as an error at build time; here, to see what the runner does.
#pragma warning disable xUnit1049
    private sealed class AsyncVoidDemo
    {
        [Fact]
        public async void ReturnsNothingToAwait() => await Task.Yield();
    }
#pragma warning restore xUnit1049

    private static readonly ConcurrentQueue<string> Lifecycle = new();

    // <lifecycle-demo>
    private sealed class LifecycleFixture : IAsyncLifetime
    {
        public ValueTask InitializeAsync() { Lifecycle.Enqueue("fixture InitializeAsync"); return default; }

        public ValueTask DisposeAsync() { Lifecycle.Enqueue("fixture DisposeAsync"); return default; }
    }

    private sealed class LifecycleDemo : IClassFixture<LifecycleFixture>, IAsyncLifetime
    {
        public LifecycleDemo(LifecycleFixture fixture) => Lifecycle.Enqueue("constructor");

        public ValueTask InitializeAsync() { Lifecycle.Enqueue("InitializeAsync"); return default; }

        public ValueTask DisposeAsync() { Lifecycle.Enqueue("DisposeAsync"); return default; }

        [Fact]
        public async Task Passes() { await Task.Yield(); Lifecycle.Enqueue("test"); }

        [Fact]
        public async Task Fails() { await Task.Yield(); Lifecycle.Enqueue("test"); Assert.Fail("fails"); }
    }
    // </lifecycle-demo>

    private sealed class FailingSetupDemo : IAsyncLifetime
    {
        public ValueTask InitializeAsync() => throw new InvalidOperationException("setup failed");

        public ValueTask DisposeAsync() { Lifecycle.Enqueue("FailingSetupDemo.DisposeAsync"); return default; }

        [Fact]
        public void NeverRuns() => Lifecycle.Enqueue("FailingSetupDemo.test");
    }

    private static TaskCompletionSource<bool> s_tokenCancelled = new();

    // <timeout-demo>
    private sealed class TimeoutDemo
    {
        [Fact(Timeout = 50)]
        public async Task WaitsForever()
        {
            CancellationToken token = TestContext.Current.CancellationToken;
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, token);
            }
            finally
            {
                s_tokenCancelled.SetResult(token.IsCancellationRequested);
            }
        }
    }
    // </timeout-demo>

    private static TaskCompletionSource s_release = new();
    private static TaskCompletionSource s_finished = new();

    // <ignores-token-demo>
    // xUnit1069 warns that this test has a Timeout but never looks at TestContext.Current.CancellationToken.
#pragma warning disable xUnit1069
    private sealed class IgnoresTokenDemo
    {
        [Fact(Timeout = 50)]
        public async Task WaitsWithoutTheToken()
        {
            await s_release.Task; // nothing here observes the test's token
            s_finished.SetResult();
        }
    }
#pragma warning restore xUnit1069
    // </ignores-token-demo>

    private static TaskCompletionSource s_waiting = new();

    private sealed class RunCancellationDemo
    {
        [Fact]
        public async Task WaitsForever()
        {
            CancellationToken token = TestContext.Current.CancellationToken;
            s_waiting.SetResult();
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, token);
            }
            finally
            {
                s_tokenCancelled.SetResult(token.IsCancellationRequested);
            }
        }
    }
#pragma warning restore xUnit1000

    [Fact]
    public async Task AnAsyncTaskTestFailsWhenItsTaskFails()
    {
        ITestResultMessage result = Assert.Single(await RunAsync(typeof(AsyncTaskDemo)));

        var failed = Assert.IsType<ITestFailed>(result, exactMatch: false);
        Assert.Equal(["failed after an await"], failed.Messages);
    }

    [Fact]
    public async Task AnAsyncVoidTestFailsWithoutRunning()
    {
        ITestResultMessage result = Assert.Single(await RunAsync(typeof(AsyncVoidDemo)));

        var failed = Assert.IsType<ITestFailed>(result, exactMatch: false);
        Assert.StartsWith("Tests marked as 'async void' are no longer supported", failed.Messages.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LifecycleOfAClassFixtureAndPerTestSetup()
    {
        Lifecycle.Clear();

        IReadOnlyList<ITestResultMessage> results = await RunAsync(typeof(LifecycleDemo));

        Assert.Equal(2, results.Count);
        Assert.Single(results.OfType<ITestFailed>());
        // <lifecycle-order>
        Assert.Equal(
            [
                "fixture InitializeAsync",
                "constructor", "InitializeAsync", "test", "DisposeAsync",
                "constructor", "InitializeAsync", "test", "DisposeAsync",
                "fixture DisposeAsync",
            ],
            Lifecycle);
        // </lifecycle-order>
    }

    [Fact]
    public async Task WhenInitializeAsyncThrowsNeitherTheTestNorDisposeAsyncRuns()
    {
        Lifecycle.Clear();

        ITestResultMessage result = Assert.Single(await RunAsync(typeof(FailingSetupDemo)));

        var failed = Assert.IsType<ITestFailed>(result, exactMatch: false);
        Assert.Equal(["setup failed"], failed.Messages);
        Assert.Empty(Lifecycle);
    }

    // <timeout-facts>
    [Fact(Timeout = 10_000)]
    public async Task ATimedOutTestFailsAndItsTokenIsCancelled()
    {
        s_tokenCancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);

        ITestResultMessage result = Assert.Single(await RunAsync(typeof(TimeoutDemo)));

        var failed = Assert.IsType<ITestFailed>(result, exactMatch: false);
        Assert.Equal(FailureCause.Timeout, failed.Cause);
        Assert.Equal(["Test execution timed out after 50 milliseconds"], failed.Messages);
        Assert.True(await s_tokenCancelled.Task.WaitAsync(TestContext.Current.CancellationToken));
    }

    [Fact(Timeout = 10_000)]
    public async Task ATimedOutTestThatIgnoresTheTokenKeepsRunning()
    {
        s_release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        s_finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

        ITestResultMessage result = Assert.Single(await RunAsync(typeof(IgnoresTokenDemo)));

        Assert.Equal(FailureCause.Timeout, Assert.IsType<ITestFailed>(result, exactMatch: false).Cause);
        Assert.False(s_finished.Task.IsCompleted); // xunit reported the timeout and moved on; the test is still running

        s_release.SetResult();
        await s_finished.Task.WaitAsync(TestContext.Current.CancellationToken); // ...and it finishes later
    }
    // </timeout-facts>

    [Fact(Timeout = 10_000)]
    public async Task CancellingTheRunCancelsTheTestToken()
    {
        s_tokenCancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);
        s_waiting = new(TaskCreationOptions.RunContinuationsAsynchronously);
        using var run = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        Task<IReadOnlyList<ITestResultMessage>> results = RunAsync(typeof(RunCancellationDemo), run.Token);
        await s_waiting.Task.WaitAsync(TestContext.Current.CancellationToken);
        await run.CancelAsync();

        Assert.True(await s_tokenCancelled.Task.WaitAsync(TestContext.Current.CancellationToken));
        await results;
    }

    /// <summary>Discovers the tests of one class, runs them with xunit's engine and returns one result per test.</summary>
    private static async Task<IReadOnlyList<ITestResultMessage>> RunAsync(Type testClass, CancellationToken? runToken = null)
    {
        CancellationToken cancellationToken = TestContext.Current.CancellationToken;
        var framework = new XunitTestFramework();
        var testCases = new List<ITestCase>();
        await framework.GetDiscoverer(testClass.Assembly).Find(
            testCase =>
            {
                testCases.Add(testCase);
                return new ValueTask<bool>(true);
            },
            TestFrameworkOptions.ForDiscovery(new TestAssemblyConfiguration()),
            [testClass],
            cancellationToken);

        var sink = new ResultSink();
        await framework.GetExecutor(testClass.Assembly).RunTestCases(
            testCases, sink, TestFrameworkOptions.ForExecution(new TestAssemblyConfiguration()), runToken ?? cancellationToken);
        await sink.Finished.Task.WaitAsync(cancellationToken);
        return [.. sink.Results];
    }

    private sealed class ResultSink : IMessageSink
    {
        public ConcurrentQueue<ITestResultMessage> Results { get; } = new();

        public TaskCompletionSource Finished { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool OnMessage(IMessageSinkMessage message)
        {
            // One outcome per test (ITestFinished, also a result message, follows each of them).
            if (message is ITestResultMessage result and (ITestPassed or ITestFailed or ITestSkipped or ITestNotRun))
            {
                Results.Enqueue(result);
            }
            else if (message is ITestAssemblyFinished)
            {
                Finished.TrySetResult();
            }

            return true;
        }
    }
}
