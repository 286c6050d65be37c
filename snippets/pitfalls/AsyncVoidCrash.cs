// run: process
using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Pitfalls;

public static class AsyncVoidCrash
{
    // <async-void-crash>
    public static async Task Main()
    {
        // Only to show where the exception went: the runtime calls this just before it
        // ends the process.
        AppDomain.CurrentDomain.UnhandledException += (_, e) => Console.WriteLine(
            $"unhandled {e.ExceptionObject.GetType().Name}, "
            + $"on a pool thread: {Thread.CurrentThread.IsThreadPoolThread}");

        try
        {
            SaveSettings(); // returns at its first await; there is no task to await
            Console.WriteLine("SaveSettings returned; Main waits inside its try");
            Disk.Release(); // the write ends now, so the output's order is fixed
            await Task.Delay(Timeout.Infinite); // Main waits here; the process ends first
        }
        catch (IOException ex)
        {
            Console.WriteLine($"caught: {ex.Message}");
        }
    }

    // Stands in for the disk: the write ends when Main says so.
    private static readonly SemaphoreSlim Disk = new(0);

    private static async void SaveSettings() // warning VSTHRD100: avoid async void
    {
        await Disk.WaitAsync(); // stands in for writing the file
        throw new IOException("disk full");
    }
    // </async-void-crash>
}
