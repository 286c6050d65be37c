using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace Pitfalls;

public static class CompletedAwaitKeepsContext
{
    public static async Task Main()
    {
        using var ui = new UiThread(); // the same stand-in for a UI thread as before
        var store = new ThemeStore();
        await ui.RunAsync(() => OnThemeClickedAsync(store, "first click, from disk"));
        await ui.RunAsync(() => OnThemeClickedAsync(store, "second click, cached"));
        await ui.RunAsync(() =>
        {
            OnThemeClickedBlocking(store, "third click, cached, blocking");
            return Task.CompletedTask;
        });
    }

    // <completed-await>
    // Library code: ConfigureAwait(false) on each of its awaits.
    public static async Task<string> LoadThemeAsync(ThemeStore store, string click)
    {
        string theme = await store.ReadAsync().ConfigureAwait(false);
        bool onUi = SynchronizationContext.Current is not null;
        Console.WriteLine($"{click}: after the read, on the UI context: {onUi}");

        await Telemetry.TrackAsync("theme loaded").ConfigureAwait(false);
        return theme;
    }

    public sealed class ThemeStore
    {
        private string? _cached;

        // A cache hit returns a task that is already complete.
        public Task<string> ReadAsync() =>
            _cached is { } theme ? Task.FromResult(theme) : ReadFromDiskAsync();

        private async Task<string> ReadFromDiskAsync()
        {
            await Task.Delay(10).ConfigureAwait(false); // stands in for reading a file
            return _cached = "dark";
        }
    }

    // A dependency written without ConfigureAwait(false).
    private static class Telemetry
    {
        public static async Task TrackAsync(string name)
        {
            // Stands in for sending the event: it resumes on the context it started on.
            await Task.Yield();
        }
    }

    private static async Task OnThemeClickedAsync(ThemeStore store, string click) =>
        await LoadThemeAsync(store, click);

    // A click handler that blocks on the library (don't).
    private static void OnThemeClickedBlocking(ThemeStore store, string click)
    {
        Task<string> loading = LoadThemeAsync(store, click);
        bool finished = loading.Wait(TimeSpan.FromMilliseconds(100)); // warning VSTHRD002
        Console.WriteLine($"{click}: deadlocked (no theme within 100 ms): {!finished}");
    }
    // </completed-await>

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
