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

// The demo classes below are private so that the normal run does not discover them: their
// tests fail or time out on purpose, and only the assertions about what xunit reported
// for them belong to this suite. xUnit1000 asks for every test class to be public; here,
// not being public is the point.
#pragma warning disable xUnit1000

/// <summary>
/// Checks what the testing page says about xunit itself: each test runs a small private
/// test class through xunit's own engine (<see cref="RunAsync"/>) and asserts what xunit
/// reported.
/// </summary>
public sealed class XunitBehaviorTests
{
    // <async-task>
    private sealed class AsyncTaskDemo
    {
        [Fact]
        public async Task FailsAfterAnAwait()
        {
            await Task.Yield();
            Assert.Fail("failed after an await");
        }
    }

    [Fact]
    public async Task AnAsyncTestFailsWhenItsTaskFails()
    {
        ITestResultMessage result = Assert.Single(await RunAsync(typeof(AsyncTaskDemo)));

        var failed = Assert.IsType<ITestFailed>(result, exactMatch: false);
        Assert.Equal(["failed after an await"], failed.Messages);
    }
    // </async-task>

    // <async-void>
// The mistake this demo shows: xUnit1049 reports async void tests as an error.
#pragma warning disable xUnit1049
    private sealed class AsyncVoidDemo
    {
        [Fact]
        public async void ReturnsNothingToAwait() => await Task.Yield();
    }
#pragma warning restore xUnit1049

    [Fact]
    public async Task AnAsyncVoidTestIsReportedAsFailed()
    {
        ITestResultMessage result = Assert.Single(await RunAsync(typeof(AsyncVoidDemo)));

        var failed = Assert.IsType<ITestFailed>(result, exactMatch: false);
        Assert.Equal(
            ["Tests marked as 'async void' are no longer supported. "
                + "Please convert to 'async Task' or 'async ValueTask'."],
            failed.Messages);
    }
    // </async-void>

    private static readonly ConcurrentQueue<string> Lifecycle = new();

    // <lifecycle>
    private sealed class LifecycleFixture : IAsyncLifetime
    {
        public ValueTask InitializeAsync()
        {
            Lifecycle.Enqueue("fixture InitializeAsync");
            return default;
        }

        public ValueTask DisposeAsync()
        {
            Lifecycle.Enqueue("fixture DisposeAsync");
            return default;
        }
    }

    private sealed class LifecycleDemo : IClassFixture<LifecycleFixture>, IAsyncLifetime
    {
        public LifecycleDemo(LifecycleFixture fixture) =>
            Lifecycle.Enqueue("constructor");

        public ValueTask InitializeAsync()
        {
            Lifecycle.Enqueue("InitializeAsync");
            return default;
        }

        public ValueTask DisposeAsync()
        {
            Lifecycle.Enqueue("DisposeAsync");
            return default;
        }

        [Fact]
        public async Task Passes() { await Task.Yield(); Lifecycle.Enqueue("test"); }

        [Fact]
        public async Task Fails()
        {
            await Task.Yield();
            Lifecycle.Enqueue("test");
            Assert.Fail("fails");
        }
    }

    [Fact]
    public async Task TheLifecycleOfAClassFixtureAndOfEachTest()
    {
        Lifecycle.Clear();

        IReadOnlyList<ITestResultMessage> results = await RunAsync(typeof(LifecycleDemo));

        Assert.Single(results.OfType<ITestPassed>());
        Assert.Single(results.OfType<ITestFailed>());
        Assert.Equal(
            [
                "fixture InitializeAsync",
                "constructor", "InitializeAsync", "test", "DisposeAsync",
                // DisposeAsync runs after a failure too.
                "constructor", "InitializeAsync", "test", "DisposeAsync",
                "fixture DisposeAsync",
            ],
            Lifecycle);
    }
    // </lifecycle>

    // <failing-setup>
    private sealed class FailingSetupDemo : IAsyncLifetime
    {
        public ValueTask InitializeAsync() =>
            throw new InvalidOperationException("setup failed");

        public ValueTask DisposeAsync()
        {
            Lifecycle.Enqueue("DisposeAsync");
            return default;
        }

        [Fact]
        public void NeverRuns() => Lifecycle.Enqueue("test");
    }

    [Fact]
    public async Task WhenInitializeAsyncThrowsNeitherTheTestNorDisposeAsyncRuns()
    {
        Lifecycle.Clear();

        ITestResultMessage result =
            Assert.Single(await RunAsync(typeof(FailingSetupDemo)));

        var failed = Assert.IsType<ITestFailed>(result, exactMatch: false);
        Assert.Equal(["setup failed"], failed.Messages);
        Assert.Empty(Lifecycle);
    }
    // </failing-setup>

    private static TaskCompletionSource<bool> s_tokenCancelled = new();

    // <timeout>
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

    [Fact(Timeout = 10_000)]
    public async Task ATimedOutTestFailsAndItsTokenIsCancelled()
    {
        s_tokenCancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);

        ITestResultMessage result = Assert.Single(await RunAsync(typeof(TimeoutDemo)));

        var failed = Assert.IsType<ITestFailed>(result, exactMatch: false);
        Assert.Equal(FailureCause.Timeout, failed.Cause);
        Assert.Equal(["Test execution timed out after 50 milliseconds"], failed.Messages);
        Assert.True(
            await s_tokenCancelled.Task.WaitAsync(TestContext.Current.CancellationToken));
    }
    // </timeout>

    private static TaskCompletionSource s_release = new();
    private static TaskCompletionSource s_finished = new();

    // <timeout-ignored>
// The mistake this demo shows: xUnit1069, a Timeout on a test that ignores the token.
#pragma warning disable xUnit1069
    private sealed class IgnoresTheTokenDemo
    {
        [Fact(Timeout = 50)]
        public async Task WaitsWithoutTheToken()
        {
            await s_release.Task;
            s_finished.SetResult();
        }
    }
#pragma warning restore xUnit1069

    [Fact(Timeout = 10_000)]
    public async Task ATimedOutTestThatIgnoresTheTokenKeepsRunning()
    {
        s_release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        s_finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

        ITestResultMessage result =
            Assert.Single(await RunAsync(typeof(IgnoresTheTokenDemo)));

        var failed = Assert.IsType<ITestFailed>(result, exactMatch: false);
        Assert.Equal(FailureCause.Timeout, failed.Cause);
        Assert.False(s_finished.Task.IsCompleted); // xunit reported it and moved on...

        s_release.SetResult();
        // ...while the test ran on.
        await s_finished.Task.WaitAsync(TestContext.Current.CancellationToken);
    }
    // </timeout-ignored>

    private static TaskCompletionSource s_waiting = new();

    // <run-cancelled>
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

    [Fact(Timeout = 10_000)]
    public async Task CancellingTheRunCancelsTheTestsToken()
    {
        s_tokenCancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);
        s_waiting = new(TaskCreationOptions.RunContinuationsAsynchronously);
        using var run = CancellationTokenSource.CreateLinkedTokenSource(
            TestContext.Current.CancellationToken);

        Task<IReadOnlyList<ITestResultMessage>> results =
            RunAsync(typeof(RunCancellationDemo), run.Token);
        await s_waiting.Task.WaitAsync(TestContext.Current.CancellationToken);
        await run.CancelAsync(); // as when you stop a test run

        Assert.True(
            await s_tokenCancelled.Task.WaitAsync(TestContext.Current.CancellationToken));
        Assert.IsType<ITestFailed>(Assert.Single(await results), exactMatch: false);
    }
    // </run-cancelled>

    /// <summary>
    /// Discovers the tests of one class, runs them with xunit's engine, and returns the
    /// outcome of each.
    /// </summary>
    private static async Task<IReadOnlyList<ITestResultMessage>> RunAsync(
        Type testClass, CancellationToken? runToken = null)
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

        var sink = new OutcomeSink();
        await framework.GetExecutor(testClass.Assembly).RunTestCases(
            testCases,
            sink,
            TestFrameworkOptions.ForExecution(new TestAssemblyConfiguration()),
            runToken ?? cancellationToken);
        await sink.Finished.Task.WaitAsync(cancellationToken);
        return [.. sink.Outcomes];
    }

    private sealed class OutcomeSink : IMessageSink
    {
        public ConcurrentQueue<ITestResultMessage> Outcomes { get; } = new();

        public TaskCompletionSource Finished { get; } =
            new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool OnMessage(IMessageSinkMessage message)
        {
            // One outcome per test (ITestFinished, also a result message, follows each of
            // them).
            if (message is ITestResultMessage outcome
                and (ITestPassed or ITestFailed or ITestSkipped or ITestNotRun))
            {
                Outcomes.Enqueue(outcome);
            }
            else if (message is ITestAssemblyFinished)
            {
                Finished.TrySetResult();
            }

            return true;
        }
    }
}
#pragma warning restore xUnit1000
