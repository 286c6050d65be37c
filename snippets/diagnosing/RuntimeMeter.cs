// run: process
using System;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Linq;
using System.Threading;

namespace Diagnosing;

public static class RuntimeMeter
{
    // <runtime-meter>
    public static void Main()
    {
        var values = new Dictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "System.Runtime" && instrument.Name.StartsWith(
                    "dotnet.thread_pool.", StringComparison.Ordinal))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>(
            (instrument, value, _, _) => values[instrument.Name] = value);
        listener.Start();

        // Starve the pool as before: every thread blocked, 20 items queued behind them.
        int threads = Environment.ProcessorCount;
        ThreadPool.GetMaxThreads(out _, out int io);
        ThreadPool.SetMaxThreads(threads, io);
        using var gate = new ManualResetEventSlim();
        using var blocked = new CountdownEvent(threads);
        using var released = new CountdownEvent(threads);
        for (int i = 0; i < threads; i++)
        {
            ThreadPool.QueueUserWorkItem(_ =>
            {
                blocked.Signal();
                gate.Wait();
                released.Signal();
            });
        }

        blocked.Wait();
        for (int i = 0; i < 20; i++)
        {
            ThreadPool.QueueUserWorkItem(_ => { });
        }

        listener.RecordObservableInstruments(); // reads them now: the pool stands still

        Console.WriteLine("System.Runtime meter, every pool thread blocked:");
        if (values.Count == 0)
        {
            Console.WriteLine("  none");
        }

        foreach (var (name, value) in values.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            (string property, long expected) = name switch
            {
                "dotnet.thread_pool.queue.length" =>
                    ("PendingWorkItemCount", ThreadPool.PendingWorkItemCount),
                "dotnet.thread_pool.thread.count" =>
                    ("ThreadCount", (long)ThreadPool.ThreadCount),
                "dotnet.thread_pool.work_item.count" =>
                    ("CompletedWorkItemCount", ThreadPool.CompletedWorkItemCount),
                _ => ("(unknown)", -1),
            };
            Console.WriteLine($"  {name} = ThreadPool.{property}: {value == expected}");
        }

        gate.Set();
        released.Wait();
    }
    // </runtime-meter>
}
