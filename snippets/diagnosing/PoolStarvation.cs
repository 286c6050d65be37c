// run: process
using System;
using System.Threading;

namespace Diagnosing;

public static class PoolStarvation
{
    // <pool-starvation>
    public static void Main()
    {
        // Hold the pool at its minimum size (the processor count): it cannot add threads,
        // as it would (slowly) once it starves, so the numbers do not depend on timing.
        int threads = Environment.ProcessorCount;
        ThreadPool.GetMaxThreads(out _, out int io);
        ThreadPool.SetMaxThreads(threads, io);

        using var gate = new ManualResetEventSlim();
        using var blocked = new CountdownEvent(threads);
        for (int i = 0; i < threads; i++)
        {
            ThreadPool.QueueUserWorkItem(_ =>
            {
                blocked.Signal();
                gate.Wait(); // a synchronous wait: the thread is held, doing nothing
            });
        }

        blocked.Wait(); // Main's own thread is not a pool thread
        long completedBefore = ThreadPool.CompletedWorkItemCount;

        const int Requests = 20;
        using var served = new CountdownEvent(Requests);
        for (int i = 0; i < Requests; i++)
        {
            ThreadPool.QueueUserWorkItem(_ => served.Signal()); // quick work
        }

        served.Wait(TimeSpan.FromMilliseconds(200)); // gives up: no thread runs them
        int servedCount = Requests - served.CurrentCount;
        Console.WriteLine("while every pool thread is blocked:");
        Console.WriteLine($"  requests served in 200 ms: {servedCount}");
        Console.WriteLine("  queue length >= requests queued: " +
                          $"{ThreadPool.PendingWorkItemCount >= Requests}");
        Console.WriteLine("  thread count at the maximum: " +
                          $"{ThreadPool.ThreadCount == threads}");
        Console.WriteLine("  completed work items unchanged: " +
                          $"{ThreadPool.CompletedWorkItemCount == completedBefore}");

        gate.Set();
        bool allServed = served.Wait(TimeSpan.FromSeconds(5));
        long ran = Requests + threads;
        bool counted = SpinWait.SpinUntil(
            () => ThreadPool.CompletedWorkItemCount - completedBefore >= ran,
            TimeSpan.FromSeconds(5));
        Console.WriteLine("after the gate opens:");
        Console.WriteLine($"  all requests served: {allServed}");
        Console.WriteLine($"  queue length: {ThreadPool.PendingWorkItemCount}");
        Console.WriteLine($"  completed work items grew by those that ran: {counted}");
    }
    // </pool-starvation>
}
