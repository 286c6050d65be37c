// mistake: library-without
// fix: library-with
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace Pitfalls;

public static class ConfigureAwaitStreams
{
    // CA2007 is on in this file (see SumAsync): every other await says how it resumes.
    public static async Task Main()
    {
        using var ui = new UiThread(); // the same stand-in for a UI thread as before
        CancellationToken none = CancellationToken.None;
        await ui.RunAsync(() => SumAsync(ReadNumbersAsync())).ConfigureAwait(false);
        await ui.RunAsync(() => SumConfiguredAsync(ReadNumbersAsync(), none))
            .ConfigureAwait(false);
        await ui.RunAsync(() => SaveAsync(new LogFile())).ConfigureAwait(false);
        await ui.RunAsync(() => SaveConfiguredAsync(new LogFile())).ConfigureAwait(false);
    }

    // <library-without>
    // Library code, called on a UI thread. The awaits that await foreach and await using
    // generate resume on the caller's context, like any other await.
    public static async Task<int> SumAsync(IAsyncEnumerable<int> numbers)
    {
        int sum = 0;
        bool onUi = true;
        await foreach (int n in numbers) // warning CA2007: no ConfigureAwait
        {
            sum += n;
            onUi &= SynchronizationContext.Current is not null;
        }

        Console.WriteLine(
            $"await foreach, no ConfigureAwait: body on the UI context: {onUi}");
        return sum;
    }

    public static async Task SaveAsync(IAsyncDisposable file)
    {
        await using (file) // no ConfigureAwait either, and no CA2007 for it
        {
            // ... the library writes to the file
        }

        bool onUi = SynchronizationContext.Current is not null;
        Console.WriteLine(
            $"await using, no ConfigureAwait: after it, on the UI context: {onUi}");
    }
    // </library-without>

    // <library-with>
    public static async Task<int> SumConfiguredAsync(
        IAsyncEnumerable<int> numbers, CancellationToken cancellationToken)
    {
        int sum = 0;
        bool onUi = false;
        await foreach (int n in numbers
            .WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            sum += n;
            onUi |= SynchronizationContext.Current is not null;
        }

        Console.WriteLine(
            $"await foreach, ConfigureAwait(false): body on the UI context: {onUi}");
        return sum;
    }

    public static async Task SaveConfiguredAsync(IAsyncDisposable file)
    {
        await using (file.ConfigureAwait(false)) // a ConfiguredAsyncDisposable
        {
            // ... the library writes to the file
        }

        bool onUi = SynchronizationContext.Current is not null;
        Console.WriteLine(
            $"await using, ConfigureAwait(false): after it, on the UI context: {onUi}");
    }
    // </library-with>

    private static async IAsyncEnumerable<int> ReadNumbersAsync(
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (int i = 1; i <= 2; i++)
        {
            // Stands in for reading a record; the iterator itself is library code too.
            await Task.Delay(10, cancellationToken).ConfigureAwait(false);
            yield return i;
        }
    }

    private sealed class LogFile : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() =>
            await Task.Delay(10).ConfigureAwait(false); // stands in for flushing the file
    }

    // A UI thread in miniature: one thread runs, in order, the callbacks posted to it.
    private sealed class UiThread : SynchronizationContext, IDisposable
    {
        private readonly BlockingCollection<(SendOrPostCallback, object?)> _queue = [];
        private readonly Thread _thread;

        public UiThread()
        {
            _thread = new Thread(() =>
            {
                SetSynchronizationContext(this); // what UI frameworks do on the UI thread
                foreach (var (callback, state) in _queue.GetConsumingEnumerable())
                {
                    callback(state);
                }
            })
            { IsBackground = true };
            _thread.Start();
        }

        // await calls Post to resume a method on the context it was on.
        public override void Post(SendOrPostCallback d, object? state) =>
            _queue.Add((d, state));

        // Runs a handler on the UI thread, as a click would; ends when its task does.
        public async Task RunAsync(Func<Task> handler)
        {
            var started = new TaskCompletionSource<Task>();
            Post(_ => started.SetResult(handler()), null);
            Task handling = await started.Task.ConfigureAwait(false);

            // Resume the caller on the thread pool, never on the UI thread (the caller
            // may be about to dispose it).
            await handling.ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
        }

        public void Dispose()
        {
            _queue.CompleteAdding();
            _thread.Join(); // runs what is still queued, then ends
            _queue.Dispose();
        }
    }
}
