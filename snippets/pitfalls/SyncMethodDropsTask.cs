using System;
using System.IO;
using System.Threading.Tasks;

namespace Pitfalls;

public static class SyncMethodDropsTask
{
    // <sync-method-drops-task>
    public static void Main()
    {
        var disk = new SlowDisk();
        var editor = new Editor(disk);
        try
        {
            editor.Close(); // a synchronous method: nothing to await
            Console.WriteLine($"Close returned; the write pending: {disk.WritePending}");
        }
        catch (IOException ex)
        {
            Console.WriteLine($"the caller caught: {ex.Message}");
        }

        disk.FailPendingWrite(new IOException("disk full"));
        Console.WriteLine($"the write then: {disk.LastWrite?.Status}");
        Console.WriteLine("Main returns normally");
    }

    private sealed class Editor(SlowDisk disk)
    {
        // Synchronous, as Dispose, a property setter or an interface's void method is.
        public void Close()
        {
            disk.WriteAsync("draft"); // warning VSTHRD110: and the compiler says nothing
            Console.WriteLine("editor closed");
        }
    }

    // A disk whose write ends only when Main says so, which fixes the order of events.
    private sealed class SlowDisk
    {
        private TaskCompletionSource? _pending;

        public Task? LastWrite => _pending?.Task;

        public bool WritePending => _pending is { Task.IsCompleted: false };

        public Task WriteAsync(string record)
        {
            _pending = new TaskCompletionSource();
            return _pending.Task;
        }

        public void FailPendingWrite(Exception error) => _pending?.SetException(error);
    }
    // </sync-method-drops-task>
}
