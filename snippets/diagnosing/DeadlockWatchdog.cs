using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace Diagnosing;

public static class DeadlockWatchdog
{
    // <deadlock-watchdog>
    public static async Task Main()
    {
        using var ui = new UiThread();
        using var closing = new CancellationTokenSource();
        Task click = ui.RunAsync(() => OnLoadClicked(closing.Token));
        Task<string> loading = await s_loadStarted.Task;

        try
        {
            // A watchdog: wait for the handler, but not forever.
            await click.WaitAsync(TimeSpan.FromMilliseconds(500));
        }
        catch (TimeoutException)
        {
            Console.WriteLine("watchdog: the Load click is still running after 500 ms");
            Console.WriteLine($"  callbacks queued for the UI thread: {ui.Queued}");
            Console.WriteLine($"  LoadThemeAsync: {loading.Status}");
        }

        await closing.CancelAsync(); // the only way left to end the handler's wait
        await click;

        // Resume on the pool, not inline on the UI thread that completes the task
        // (Main is about to dispose that thread).
        string theme = await loading.ConfigureAwait(ConfigureAwaitOptions.ForceYielding);
        Console.WriteLine($"after the handler returned, LoadThemeAsync: {theme}");
    }

    private static readonly TaskCompletionSource<Task<string>> s_loadStarted =
        new(TaskCreationOptions.RunContinuationsAsynchronously);

    // A click handler: the UI thread runs it.
    private static void OnLoadClicked(CancellationToken closing)
    {
        Task<string> loading = LoadThemeAsync();
        s_loadStarted.SetResult(loading); // lets Main watch it
        try
        {
            // Like .Result, but the token lets the example end the wait.
            loading.Wait(closing); // warning VSTHRD002
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine("handler: stopped waiting when the window closed");
        }
    }

    private static async Task<string> LoadThemeAsync()
    {
        await Task.Yield(); // stands in for I/O; the rest is posted to the UI thread
        return "dark";
    }

    // One thread that runs the callbacks posted to its context, in order, as a UI thread.
    private sealed class UiThread : SynchronizationContext, IDisposable
    {
        private readonly BlockingCollection<(SendOrPostCallback, object?)> _queue = [];
        private readonly Thread _thread;

        public UiThread()
        {
            _thread = new Thread(() =>
            {
                SetSynchronizationContext(this);
                foreach (var (callback, state) in _queue.GetConsumingEnumerable())
                {
                    callback(state);
                }
            })
            { IsBackground = true };
            _thread.Start();
        }

        public int Queued => _queue.Count;

        // await resumes a method on the context it started on by calling Post.
        public override void Post(SendOrPostCallback d, object? state) =>
            _queue.Add((d, state));

        // Runs a handler on the UI thread, as a click does; completes when it returns.
        public Task RunAsync(Action handler)
        {
            var done = new TaskCompletionSource(
                TaskCreationOptions.RunContinuationsAsynchronously);
            Post(_ =>
            {
                handler();
                done.SetResult();
            }, null);
            return done.Task;
        }

        public void Dispose()
        {
            _queue.CompleteAdding();
            _thread.Join();
            _queue.Dispose();
        }
    }
    // </deadlock-watchdog>
}
