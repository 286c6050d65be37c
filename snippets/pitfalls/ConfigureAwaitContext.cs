// mistake: application-code-wrong
// fix: application-code, library-code
using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace Pitfalls;

public static class ConfigureAwaitContext
{
    public static async Task Main()
    {
        // The same stand-in for a UI thread as in SyncOverAsyncDeadlock.
        using var ui = new UiThread();
        await ui.RunAsync(OnRefreshClickedConfigureAwaitFalseAsync);
        await ui.RunAsync(OnRefreshClickedAsync);
        await ui.RunAsync(() =>
        {
            OnLoadClicked();
            return Task.CompletedTask;
        });
    }

    // <application-code-wrong>
    // Application code: a click handler, run on the UI thread.
    private static async Task OnRefreshClickedConfigureAwaitFalseAsync()
    {
        SynchronizationContext? ui = SynchronizationContext.Current;
        await Task.Delay(10).ConfigureAwait(false); // stands in for a web request
        // Code here that touches a control fails in a real UI framework: this is not the
        // UI thread.
        bool onUi = SynchronizationContext.Current == ui;
        Console.WriteLine("application code, ConfigureAwait(false): "
            + $"continued on the UI context: {onUi}");
    }
    // </application-code-wrong>

    // <application-code>
    // Application code: a click handler, run on the UI thread.
    private static async Task OnRefreshClickedAsync()
    {
        SynchronizationContext? ui = SynchronizationContext.Current;
        await Task.Delay(10); // stands in for a web request
        // Code here may touch controls: await brought the method back to the UI thread.
        bool onUi = SynchronizationContext.Current == ui;
        Console.WriteLine(
            $"application code, plain await: continued on the UI context: {onUi}");
    }
    // </application-code>

    // <library-code>
    // Library code: it never touches the UI, so it has no use for its caller's context.
    public static async Task<string> LoadSettingsAsync()
    {
        SynchronizationContext? caller = SynchronizationContext.Current;
        await Task.Delay(10).ConfigureAwait(false); // stands in for reading a file
        bool onUi = SynchronizationContext.Current == caller;
        Console.WriteLine(
            $"library code, ConfigureAwait(false): continued on the UI context: {onUi}");
        return "settings";
    }

    // A click handler that blocks on the library (don't). It does not deadlock: the
    // library never needs the UI thread.
    private static void OnLoadClicked()
    {
        bool finished = LoadSettingsAsync().Wait(TimeSpan.FromSeconds(1));
        Console.WriteLine(
            $"a click handler blocking on it: got the result within 1 s: {finished}");
    }
    // </library-code>

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
}
