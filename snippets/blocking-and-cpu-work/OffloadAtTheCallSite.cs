using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace BlockingAndCpuWork;

public static class OffloadAtTheCallSite
{
    // <offload-at-the-call-site>
    public static async Task Main()
    {
        // Stands in for a UI thread and its message queue.
        using var ui = new SingleThreadScheduler();

        string direct = await ClickAndReport(ui, offload: false);
        Console.WriteLine($"computed on the UI thread: {direct}");
        string offloaded = await ClickAndReport(ui, offload: true);
        Console.WriteLine($"offloaded with Task.Run:   {offloaded}");
    }

    private static async Task<string> ClickAndReport(TaskScheduler ui, bool offload)
    {
        List<string> log = []; // touched only on the UI thread
        await Task.Factory.StartNew(
            () => OnClickAsync(log, ui, offload),
            CancellationToken.None,
            TaskCreationOptions.None,
            ui).Unwrap();

        // Queued behind everything the click queued,
        // so the log is complete when this runs.
        return await Task.Factory.StartNew(
            () => string.Join(" -> ", log),
            CancellationToken.None,
            TaskCreationOptions.None,
            ui);
    }

    // Application code: it knows it runs on the UI thread, so it decides to offload.
    private static async Task OnClickAsync(
        List<string> log,
        TaskScheduler ui,
        bool offload)
    {
        log.Add("click");
        _ = Task.Factory.StartNew(
            () => log.Add("spinner painted"),
            CancellationToken.None,
            TaskCreationOptions.None,
            ui);

        long checksum = offload
            ? await Task.Run(() => Checksum.Compute(5_000_000))
            : Checksum.Compute(5_000_000);
        log.Add($"checksum {checksum} (on the UI thread: {TaskScheduler.Current == ui})");
    }

    // Library code: CPU-bound work exposed as what it is, a synchronous method.
    private static class Checksum
    {
        public static long Compute(int length)
        {
            long sum = 0;
            for (int i = 0; i < length; i++)
            {
                sum = (sum * 31 + i) % 1_000_000_007;
            }

            return sum;
        }
    }

    /// <summary>
    /// Runs queued tasks one at a time, in order, on one dedicated thread.
    /// </summary>
    private sealed class SingleThreadScheduler : TaskScheduler, IDisposable
    {
        private readonly BlockingCollection<Task> _queue = [];
        private readonly Thread _thread;

        public SingleThreadScheduler()
        {
            _thread = new Thread(() =>
            {
                foreach (Task task in _queue.GetConsumingEnumerable())
                {
                    TryExecuteTask(task);
                }
            })
            { IsBackground = true };
            _thread.Start();
        }

        public void Dispose()
        {
            _queue.CompleteAdding();
            _thread.Join(); // the thread ends before the scheduler is gone
            _queue.Dispose();
        }

        protected override void QueueTask(Task task) => _queue.Add(task);

        protected override bool TryExecuteTaskInline(
            Task task,
            bool taskWasPreviouslyQueued) =>
            Thread.CurrentThread == _thread && TryExecuteTask(task);

        protected override IEnumerable<Task> GetScheduledTasks() => _queue.ToArray();
    }
    // </offload-at-the-call-site>
}
