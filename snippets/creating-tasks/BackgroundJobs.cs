using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace CreatingTasks;

public static class BackgroundJobs
{
    // <background-jobs>
    public static async Task Main()
    {
        // A real app would log here; the example collects the reports to print them in a fixed order.
        ConcurrentQueue<string> failures = new();
        bool emailSent = false, pollerStopped = false;

        var jobs = new BackgroundJobRunner((name, ex) => failures.Enqueue($"{name}: {ex.GetType().Name}: {ex.Message}"));
        await using (jobs)
        {
            // Short jobs ignore the token: shutdown waits for them to finish.
            jobs.Start("send-email", async _ =>
            {
                await Task.Delay(20, CancellationToken.None);
                emailSent = true;
            });
            jobs.Start("resize-image", async _ =>
            {
                await Task.Delay(10, CancellationToken.None);
                throw new InvalidOperationException("image is corrupt");
            });
            jobs.Start("poll-inbox", async ct =>
            {
                try
                {
                    await Task.Delay(Timeout.Infinite, ct); // stands in for a polling loop that runs until shutdown
                }
                finally
                {
                    pollerStopped = true;
                }
            });

            Console.WriteLine("Main started 3 jobs and did not wait for them");
        } // DisposeAsync: signal shutdown, then wait for every job still running

        Console.WriteLine($"after shutdown: jobs still running = {jobs.RunningCount}");
        Console.WriteLine($"email sent: {emailSent}, poller stopped: {pollerStopped}");
        Console.WriteLine($"failures reported: {failures.Count}");
        foreach (string failure in failures.Order())
        {
            Console.WriteLine($"  {failure}");
        }
    }

    /// <summary>Owns fire-and-forget work: keeps every job, reports every failure, waits for all at shutdown.</summary>
    private sealed class BackgroundJobRunner(Action<string, Exception> reportFailure) : IAsyncDisposable
    {
        private readonly CancellationTokenSource _shutdown = new();
        private readonly Dictionary<int, Task> _running = [];
        private int _lastId;

        public int RunningCount
        {
            get { lock (_running) { return _running.Count; } }
        }

        public void Start(string name, Func<CancellationToken, Task> job)
        {
            lock (_running)
            {
                ObjectDisposedException.ThrowIf(_shutdown.IsCancellationRequested, this);
                int id = ++_lastId;
                _running.Add(id, RunAsync(id, name, job));
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _shutdown.CancelAsync(); // ask long-running jobs to stop
            Task[] pending;
            lock (_running)
            {
                pending = [.. _running.Values];
            }

            await Task.WhenAll(pending); // never throws: RunAsync observes every failure
            _shutdown.Dispose();
        }

        private async Task RunAsync(int id, string name, Func<CancellationToken, Task> job)
        {
            // Return to Start at once: the job runs on the thread pool, not under Start's lock.
            await Task.Yield();
            try
            {
                await job(_shutdown.Token);
            }
            catch (OperationCanceledException) when (_shutdown.IsCancellationRequested)
            {
                // Stopped by shutdown: expected, not a failure.
            }
            catch (Exception ex)
            {
                reportFailure(name, ex);
            }
            finally
            {
                lock (_running)
                {
                    _running.Remove(id); // runs after Start's Add: Start holds the lock until then
                }
            }
        }
    }
    // </background-jobs>
}
