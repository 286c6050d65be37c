// fix: await-every-item
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Pitfalls;

public static class AwaitEveryItem
{
    // <await-every-item>
    public static async Task Main()
    {
        List<string> files = ["a.txt", "b.txt", "c.txt"];

        // One after the other: a foreach loop with await, in an async method.
        var disk = new Disk();
        await ShowAsync("foreach with await", disk, SaveOneByOneAsync(files, disk));

        // Concurrently, at most two at a time.
        disk = new Disk();
        var options = new ParallelOptions { MaxDegreeOfParallelism = 2 };
        Task saving = Parallel.ForEachAsync(files, options, async (file, token) =>
        {
            await disk.WriteAsync(file, token);
            disk.CountSaved();
        });
        await ShowAsync("Parallel.ForEachAsync", disk, saving);

        // All at once: Select's async lambda returns a Task, and WhenAll waits for them.
        disk = new Disk();
        saving = Task.WhenAll(files.Select(async file =>
        {
            await disk.WriteAsync(file);
            disk.CountSaved();
        }));
        await ShowAsync("Task.WhenAll", disk, saving);

        // A failure reaches the caller's await.
        disk = new Disk(failing: "b.txt");
        saving = Task.WhenAll(files.Select(async file => await disk.WriteAsync(file)));
        disk.EndWrites();
        try
        {
            await saving;
        }
        catch (IOException ex)
        {
            Console.WriteLine($"Task.WhenAll, a write fails: caught: {ex.Message}");
        }
    }

    private static async Task SaveOneByOneAsync(List<string> files, Disk disk)
    {
        foreach (string file in files)
        {
            await disk.WriteAsync(file);
            disk.CountSaved();
        }
    }

    private static async Task ShowAsync(string how, Disk disk, Task saving)
    {
        Console.WriteLine($"{how}: done before the writes ended: {saving.IsCompleted}");
        disk.EndWrites();
        await saving;
        Console.WriteLine($"  after awaiting it: saved {disk.Saved} of 3");
    }

    // A disk whose writes end only when Main says so, which fixes the order of events.
    private sealed class Disk(string? failing = null)
    {
        private readonly TaskCompletionSource _writesEnd =
            new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _saved;

        public int Saved => Volatile.Read(ref _saved);

        public async Task WriteAsync(string file, CancellationToken token = default)
        {
            await _writesEnd.Task.WaitAsync(token);
            if (file == failing)
            {
                throw new IOException($"disk full writing {file}");
            }
        }

        public void CountSaved() => Interlocked.Increment(ref _saved);

        public void EndWrites() => _writesEnd.TrySetResult();
    }
    // </await-every-item>
}
