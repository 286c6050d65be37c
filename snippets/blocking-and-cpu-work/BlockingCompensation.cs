// run: process
#:property EventSourceSupport=true
using System;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;

namespace BlockingAndCpuWork;

public static class BlockingCompensation
{
    // <blocking-compensation>
    public static void Main()
    {
        using var pool = new PoolAdjustments();

        // Every pool thread blocks on an event until all of them are blocked: the
        // pool is never told.
        BlockEveryThread(gate => WaitOnEvent(gate.Task), extra: 0);
        Console.WriteLine("blocked on an event: the pool was told a thread blocked: " +
                          $"{pool.ThreadBlocked.IsSet}");

        // As .Result and GetResult() do, with more requests than threads: the pool is
        // told each time, and adds the threads they need.
        int more = Environment.ProcessorCount + 1;
        BlockEveryThread(gate => gate.Task.Wait(), extra: more);
        Console.WriteLine("blocked on the task: the pool was told, and added threads: " +
                          $"{pool.ThreadBlocked.Wait(Limit)}");
    }

    // The runtime hands its events to a listener later, on a thread of its own.
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(4);

    private static void BlockEveryThread(Action<TaskCompletionSource> block, int extra)
    {
        int threads = Math.Max(ThreadPool.ThreadCount, Environment.ProcessorCount);
        int requests = threads + extra;
        var gate = new TaskCompletionSource();
        using var running = new CountdownEvent(requests);
        using var done = new CountdownEvent(requests);
        for (int i = 0; i < requests; i++)
        {
            ThreadPool.QueueUserWorkItem(_ =>
            {
                running.Signal();
                block(gate);
                done.Signal();
            });
        }

        running.Wait(); // on Main's own thread, which is not a pool thread
        gate.SetResult();
        done.Wait();
    }

    // The pool cannot see this wait: it only sees its queue stop moving.
    private static void WaitOnEvent(Task task)
    {
        using var completed = new ManualResetEventSlim();
        task.ContinueWith(_ => completed.Set(), CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        completed.Wait();
    }

    // Each time the pool changes its target number of threads, the runtime writes
    // an event that names the reason.
    private sealed class PoolAdjustments : EventListener
    {
        public ManualResetEventSlim ThreadBlocked { get; } = new();

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                var threading = (EventKeywords)0x10000;
                EnableEvents(source, EventLevel.Informational, threading);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName != "ThreadPoolWorkerThreadAdjustmentAdjustment")
            {
                return;
            }

            object? value = e.Payload![e.PayloadNames!.IndexOf("Reason")];
            int reason = Convert.ToInt32(value, CultureInfo.InvariantCulture);
            if (reason == 8) ThreadBlocked.Set(); // "cooperative blocking"
        }
    }
    // </blocking-compensation>
}
