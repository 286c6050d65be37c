using System;
using System.Threading;
using System.Threading.Tasks;
using Xunit;
using Xunit.Sdk;

namespace Testing;

// <exporter>
/// <summary>
/// The code under test: exports a report that a renderer produces asynchronously.
/// </summary>
public sealed class ReportExporter(Func<CancellationToken, Task<string>> renderAsync)
{
    public async Task<string> ExportAsync(
        string title, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        string body = await renderAsync(cancellationToken);
        return $"{title}\n{body}";
    }
}
// </exporter>

// <throws-any>
public sealed class ThrowsAsyncTests
{
    // Two renderers that stop on cancellation, each the way its API does it.
    private static async Task<string> WaitingRenderer(CancellationToken cancellationToken)
    {
        // Throws TaskCanceledException.
        await Task.Delay(TimeSpan.FromMinutes(1), cancellationToken);
        return "rendered";
    }

    private static async Task<string> CheckingRenderer(
        CancellationToken cancellationToken)
    {
        await Task.Yield();
        cancellationToken.ThrowIfCancellationRequested(); // OperationCanceledException
        return "rendered";
    }

    [Fact]
    public async Task CancellationIsAnOperationCanceledException()
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(
            TestContext.Current.CancellationToken);
        await cts.CancelAsync();

        // ThrowsAnyAsync accepts the type or any type derived from it: both renderers
        // pass.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => new ReportExporter(WaitingRenderer).ExportAsync("Q3", cts.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => new ReportExporter(CheckingRenderer).ExportAsync("Q3", cts.Token));
    }

    [Fact]
    public async Task ThrowsAsyncWantsTheExactType()
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(
            TestContext.Current.CancellationToken);
        await cts.CancelAsync();
        var exporter = new ReportExporter(WaitingRenderer);

        // The exact type passes...
        await Assert.ThrowsAsync<TaskCanceledException>(
            () => exporter.ExportAsync("Q3", cts.Token));

        // ...its base class fails: TaskCanceledException is an
        // OperationCanceledException, but not exactly one.
        ThrowsException failure = await Assert.ThrowsAsync<ThrowsException>(
            () => Assert.ThrowsAsync<OperationCanceledException>(
                () => exporter.ExportAsync("Q3", cts.Token)));
        Assert.StartsWith(
            "Assert.Throws() Failure: Exception type was not an exact match",
            failure.Message,
            StringComparison.Ordinal);
    }
}
// </throws-any>

// <await-the-assertion>
public sealed class AwaitTheAssertionTests
{
    [Fact]
    public async Task AnAssertionFailsOnlyInTheTaskItReturns()
    {
        var exporter = new ReportExporter(_ => Task.FromResult("rendered"));

        // This export succeeds, so the assertion fails, but nothing is thrown here: the
        // failure is in the task.
        Task<ArgumentException> assertion = Assert.ThrowsAsync<ArgumentException>(
            () => exporter.ExportAsync("Q3", TestContext.Current.CancellationToken));

        // Only awaiting the task raises it. Without this await, the test would pass.
        ThrowsException failure =
            await Assert.ThrowsAsync<ThrowsException>(() => assertion);
        Assert.StartsWith(
            "Assert.Throws() Failure: No exception was thrown",
            failure.Message,
            StringComparison.Ordinal);
    }
}
// </await-the-assertion>
