// fix: owned-background-work
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;

namespace Pitfalls;

public static class OwnedBackgroundWork
{
    // <owned-background-work>
    public static async Task Main()
    {
        ConcurrentQueue<string> errorLog = new(); // where this app reports failures
        await using (var background =
            new BackgroundWork(ex => errorLog.Enqueue(ex.Message)))
        {
            background.Start(() => SendWelcomeAsync("ada@example.com"));
            Console.WriteLine("signed up ada@example.com");
        } // at shutdown, wait for the work still running

        string failures = string.Join(", ", errorLog);
        Console.WriteLine($"failures in the error log: {errorLog.Count} ({failures})");
    }

    private static async Task SendWelcomeAsync(string to)
    {
        await Task.Delay(10); // stands in for talking to the mail server
        throw new IOException("mail server unavailable");
    }

    /// <summary>
    /// A minimal owner for fire-and-forget work: it keeps every task and reports every
    /// failure.
    /// </summary>
    private sealed class BackgroundWork(Action<Exception> reportFailure)
        : IAsyncDisposable
    {
        private readonly List<Task> _tasks = [];

        public void Start(Func<Task> work)
        {
            Task task = RunAsync(work);
            lock (_tasks)
            {
                _tasks.Add(task);
            }
        }

        public async ValueTask DisposeAsync()
        {
            Task[] tasks;
            lock (_tasks)
            {
                tasks = [.. _tasks];
            }

            await Task.WhenAll(tasks); // never throws: RunAsync catches every failure
        }

        private async Task RunAsync(Func<Task> work)
        {
            try
            {
                await work();
            }
            catch (Exception ex)
            {
                reportFailure(ex);
            }
        }
    }
    // </owned-background-work>
}
