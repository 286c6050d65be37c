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
        // A real app would log; the example collects the reports to print them sorted.
        ConcurrentQueue<string> failures = new();
        bool emailSent = false, pollerStopped = false;

        var jobs = new BackgroundJobRunner((name, ex) =>
            failures.Enqueue($"{name}: {ex.GetType().Name}: {ex.Message}"));
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
                    await Task.Delay(Timeout.Infinite, ct); // polls until shutdown
                }
                finally
                {
                    pollerStopped = true;
                }
            });

            Console.WriteLine("Main started 3 jobs and did not wait for them");
        } // DisposeAsync: signal shutdown, then wait for every job still running

        await jobs.DisposeAsync(); // a second call is harmless
        Console.WriteLine("a second DisposeAsync returned without an exception");
        Console.WriteLine($"after shutdown: jobs still running = {jobs.RunningCount}");
        Console.WriteLine($"email sent: {emailSent}, poller stopped: {pollerStopped}");
        Console.WriteLine($"failures reported: {failures.Count}");
        foreach (string failure in failures.Order())
        {
            Console.WriteLine($"  {failure}");
        }
    }

    /// <summary>
    /// Owns fire-and-forget work: keeps every job, reports every failure,
    /// and waits for all of them at shutdown.
    /// </summary>
    private sealed class BackgroundJobRunner(Action<string, Exception> reportFailure)
        : IAsyncDisposable
    {
        private readonly CancellationTokenSource _shutdown = new();
        private readonly Dictionary<int, Task> _running = [];
        private int _lastId;
        private bool _closed;

        public int RunningCount
        {
            get { lock (_running) { return _running.Count; } }
        }

        public void Start(string name, Func<CancellationToken, Task> job)
        {
            lock (_running)
            {
                ObjectDisposedException.ThrowIf(_closed, this);
                int id = ++_lastId;
                // Task.Run: the job starts on the thread pool, whatever context
                // the caller has, and Start returns without running it under the lock.
                _running.Add(id, Task.Run(() => RunAsync(id, name, job)));
            }
        }

        public async ValueTask DisposeAsync()
        {
            Task[] pending;
            lock (_running)
            {
                if (_closed)
                {
                    return; // already shut down, or shutting down
                }

                _closed = true; // no job can start after this
                pending = [.. _running.Values];
            }

            try
            {
                await _shutdown.CancelAsync().ConfigureAwait(false); // ask jobs to stop
                // Throws only if reportFailure threw: RunAsync catches everything else.
                await Task.WhenAll(pending).ConfigureAwait(false);
            }
            finally
            {
                _shutdown.Dispose();
            }
        }

        private async Task RunAsync(
            int id, string name, Func<CancellationToken, Task> job)
        {
            try
            {
                await job(_shutdown.Token).ConfigureAwait(false);
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
                    _running.Remove(id); // Start holds the lock until its Add is done
                }
            }
        }
    }
    // </background-jobs>
}
