using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace BlockingAndCpuWork;

public static class SyncOverAsyncStarvation
{
    // <sync-over-async-starvation>
    public static async Task Main()
    {
        // A pool of 2 threads, standing in for the thread pool,
        // so that starving it harms nobody else.
        using var pool = new FixedThreadScheduler(threadCount: 2);

        Task<int[]> asyncRequests = Task.WhenAll(
            Enumerable.Range(0, 4).Select(_ => RunOn(pool, HandleRequestAsync)));
        await asyncRequests;
        Console.WriteLine(
            "async all the way: 4 requests on 2 threads completed: " +
            $"{asyncRequests.IsCompletedSuccessfully}");

        Task<int[]> blockingRequests = Task.WhenAll(
            Enumerable.Range(0, 2).Select(_ => RunOn(pool, HandleRequestBlocking)));
        await ((Task)blockingRequests)
            .WaitAsync(TimeSpan.FromMilliseconds(100))
            .ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        Console.WriteLine(
            "sync over async: 2 requests on 2 threads, still unfinished after 100 ms: " +
            $"{!blockingRequests.IsCompleted}");

        pool.AddThread(); // what the real pool does for blocked threads (see below)
        await blockingRequests;
        Console.WriteLine(
            "after one more thread was added: completed: " +
            $"{blockingRequests.IsCompletedSuccessfully}");
    }

    private static async Task<int> LoadDataAsync()
    {
        // The continuation is queued back to the pool this method started on.
        await Task.Delay(10);
        return 42;
    }

    private static async Task<int> HandleRequestAsync()
    {
        // The thread goes back to the pool while the data loads.
        int data = await LoadDataAsync();
        return data + 1;
    }

    private static Task<int> HandleRequestBlocking()
    {
        // Blocks a pool thread until LoadDataAsync finishes,
        // but LoadDataAsync needs a free pool thread to finish.
        int data = LoadDataAsync().Result;
        return Task.FromResult(data + 1);
    }

    private static Task<int> RunOn(TaskScheduler scheduler, Func<Task<int>> request) =>
        Task.Factory.StartNew(
            request,
            CancellationToken.None,
            TaskCreationOptions.None,
            scheduler).Unwrap();

    /// <summary>
    /// A tiny thread pool: a fixed set of threads taking tasks from one queue.
    /// </summary>
    private sealed class FixedThreadScheduler : TaskScheduler, IDisposable
    {
        private readonly BlockingCollection<Task> _queue = [];
        private readonly List<Thread> _threads = [];

        public FixedThreadScheduler(int threadCount)
        {
            for (int i = 0; i < threadCount; i++)
            {
                AddThread();
            }
        }

        public void AddThread()
        {
            var thread = new Thread(() =>
            {
                foreach (Task task in _queue.GetConsumingEnumerable())
                {
                    TryExecuteTask(task);
                }
            })
            { IsBackground = true };
            lock (_threads)
            {
                _threads.Add(thread);
            }

            thread.Start();
        }

        public void Dispose()
        {
            _queue.CompleteAdding();
            lock (_threads)
            {
                // Every thread ends before Main returns.
                _threads.ForEach(thread => thread.Join());
            }

            _queue.Dispose();
        }

        protected override void QueueTask(Task task) => _queue.Add(task);

        // Never run queued work on another thread:
        // a continuation waits for one of this pool's threads.
        protected override bool TryExecuteTaskInline(
            Task task,
            bool taskWasPreviouslyQueued) => false;

        protected override IEnumerable<Task> GetScheduledTasks() => _queue.ToArray();
    }
    // </sync-over-async-starvation>
}
