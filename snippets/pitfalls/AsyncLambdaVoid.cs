using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Pitfalls;

public static class AsyncLambdaVoid
{
    // <async-lambda-void>
    public static async Task Main()
    {
        List<string> files = ["a.txt", "b.txt", "c.txt"];

        var disk = new Disk(expectedWrites: 3);
        files.ForEach(async file => // warning VSTHRD101: Action<T>, so async void
        {
            await disk.WriteAsync(file);
            disk.CountSaved();
        });
        Console.WriteLine($"List<T>.ForEach returned; saved: {disk.Saved} of 3");
        await disk.EndWritesAsync();
        Console.WriteLine($"  once the writes ended: {disk.Saved} of 3");

        disk = new Disk(expectedWrites: 3);
        Parallel.ForEach(files, async file => // warning VSTHRD101: Action<T> again
        {
            await disk.WriteAsync(file);
            disk.CountSaved();
        });
        Console.WriteLine($"Parallel.ForEach returned; saved: {disk.Saved} of 3");
        await disk.EndWritesAsync();
        Console.WriteLine($"  once the writes ended: {disk.Saved} of 3");

        disk = new Disk(expectedWrites: 1);
        var button = new Button();
        button.Click += async (_, _) => // warning VSTHRD101: EventHandler returns void
        {
            await disk.WriteAsync("settings.json");
            disk.CountSaved();
        };
        button.PerformClick();
        Console.WriteLine($"the Click event returned; saved: {disk.Saved} of 1");
        await disk.EndWritesAsync();
        Console.WriteLine($"  once the write ended: {disk.Saved} of 1");
    }

    private sealed class Button
    {
        public event EventHandler? Click;

        public void PerformClick() => Click?.Invoke(this, EventArgs.Empty);
    }

    // A disk whose writes end only when Main says so, which fixes the order of events.
    private sealed class Disk(int expectedWrites)
    {
        private readonly TaskCompletionSource _writesEnd =
            new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _allSaved =
            new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _saved;

        public int Saved => Volatile.Read(ref _saved);

        public Task WriteAsync(string file) => _writesEnd.Task;

        public void CountSaved()
        {
            if (Interlocked.Increment(ref _saved) == expectedWrites)
            {
                _allSaved.SetResult();
            }
        }

        // Ends the writes, then waits until every lambda has counted its file.
        public Task EndWritesAsync()
        {
            _writesEnd.SetResult();
            return _allSaved.Task;
        }
    }
    // </async-lambda-void>
}
