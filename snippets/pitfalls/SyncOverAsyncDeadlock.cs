using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace Pitfalls;

public static class SyncOverAsyncDeadlock
{
    public static async Task Main()
    {
        using var ui = new UiThread();
        await ui.RunAsync(() =>
        {
            OnLoadClickedBlocking();
            return Task.CompletedTask;
        });
        await ui.RunAsync(OnRefreshClickedAsync);
        await ui.RunAsync(OnLoadClickedAsync);
    }

    // <blocking-handler>
    // A click handler: the UI thread runs it.
    private static void OnLoadClickedBlocking()
    {
        Task<string> loading = LoadThemeAsync();

        // loading.Result would block the UI thread for good; Wait with a timeout gives up
        // after 100 ms instead.
        bool finished = loading.Wait(TimeSpan.FromMilliseconds(100)); // warning VSTHRD002
        Console.WriteLine(
            $"blocking: deadlocked (no progress within the timeout): {!finished}");
    }

    // An async click handler that blocks after its first await: the same deadlock.
    private static async Task OnRefreshClickedAsync()
    {
        await Task.Yield(); // resumes on the UI thread, like any await there
        Task<string> loading = LoadThemeAsync();
        var limit = TimeSpan.FromMilliseconds(100);
        bool finished = loading.Wait(limit); // warning VSTHRD103
        Console.WriteLine($"blocking in async code: deadlocked: {!finished}");
    }

    // <async-handler>
    private static async Task<string> LoadThemeAsync()
    {
        // Stands in for I/O. Like any await of unfinished work, it posts the rest of this
        // method to the context it started on: the UI thread.
        await Task.Yield();
        return "dark";
    }
    // </blocking-handler>

    // A click handler: the UI thread runs it.
    private static async Task OnLoadClickedAsync()
    {
        SynchronizationContext? ui = SynchronizationContext.Current;
        string theme = await LoadThemeAsync(); // the UI thread is free while it loads
        bool onUi = SynchronizationContext.Current == ui;
        Console.WriteLine(
            $"async: loaded theme \"{theme}\", continued on the UI context: {onUi}");
    }
    // </async-handler>

    // <ui-thread>
    /// <summary>
    /// A UI thread in miniature: one thread that runs, in order, the callbacks posted to
    /// its context.
    /// </summary>
    private sealed class UiThread : SynchronizationContext, IDisposable
    {
        private readonly BlockingCollection<(SendOrPostCallback Callback, object? State)>
            _queue = [];
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

        /// <summary>
        /// Runs a handler on the UI thread, as a click would, and completes when the
        /// handler's task does.
        /// </summary>
        public async Task RunAsync(Func<Task> handler)
        {
            var started = new TaskCompletionSource<Task>();
            Post(_ => started.SetResult(handler()), null);
            Task handling = await started.Task;

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
    // </ui-thread>
}
