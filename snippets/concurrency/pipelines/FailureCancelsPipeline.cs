using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace Concurrency.Pipelines;

public static class FailureCancelsPipeline
{
    // <failure-cancels>
    public static async Task Main()
    {
        Console.WriteLine("record 50 is malformed:");
        await RunAsync(malformedRecord: 50, callerCancels: false);
        Console.WriteLine("the caller cancels once 10 values are written:");
        await RunAsync(malformedRecord: null, callerCancels: true);
    }

    private static async Task RunAsync(int? malformedRecord, bool callerCancels)
    {
        var outcomes = new ConcurrentQueue<(string Stage, string Outcome)>();
        int parsedCount = 0, writtenCount = 0;
        var tenWritten = new TaskCompletionSource(
            TaskCreationOptions.RunContinuationsAsynchronously);
        using var caller = new CancellationTokenSource();

        Task run = RunPipelineAsync(
            outcomes,
            onParsed: () => Interlocked.Increment(ref parsedCount),
            onWritten: () =>
            {
                if (Interlocked.Increment(ref writtenCount) == 10)
                {
                    tenWritten.SetResult();
                }
            },
            malformedRecord,
            caller.Token);
        if (callerCancels)
        {
            await tenWritten.Task;
            await caller.CancelAsync();
        }

        try
        {
            await run;
            Console.WriteLine("  pipeline succeeded");
        }
        catch (OperationCanceledException)
        {
            // Its exact type depends on the await the cancellation stopped.
            Console.WriteLine("  pipeline ended with an OperationCanceledException");
        }
        catch (Exception ex)
        {
            string type = ex.GetType().Name;
            Console.WriteLine($"  pipeline ended with {type}: {ex.Message}");
        }

        foreach (string stage in (string[])["parse", "transform", "write"])
        {
            var counts = outcomes.Where(o => o.Stage == stage)
                .GroupBy(o => o.Outcome)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Count()} {g.Key}");
            Console.WriteLine($"  {stage}: {string.Join(", ", counts)}");
        }

        bool stopped = parsedCount < 1000;
        Console.WriteLine(
            $"  the endless parse stage stopped before 1000 records: {stopped}");
    }

    private static async Task RunPipelineAsync(
        ConcurrentQueue<(string, string)> outcomes, Action onParsed, Action onWritten,
        int? malformedRecord, CancellationToken cancellationToken)
    {
        // One token for every stage: the first failure anywhere cancels all of them,
        // and so does the caller.
        using var cts =
            CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        CancellationToken token = cts.Token;
        var parsed = Channel.CreateBounded<int>(8);
        var transformed = Channel.CreateBounded<int>(8);

        async Task WorkerAsync(string stage, Func<Task> work)
        {
            try
            {
                await work();
                outcomes.Enqueue((stage, "finished"));
            }
            // Stopped because a sibling failed: not a second error. Only that
            // cancellation is the pipeline's own; the caller's must propagate.
            catch (OperationCanceledException) when (cts.IsCancellationRequested
                && !cancellationToken.IsCancellationRequested)
            {
                outcomes.Enqueue((stage, "canceled"));
            }
            catch (Exception ex)
            {
                string outcome = ex is OperationCanceledException
                    ? "canceled by the caller"
                    : "failed";
                outcomes.Enqueue((stage, outcome));
                await cts.CancelAsync();
                throw;
            }
        }

        async Task StageAsync<T>(
            string stage, int workers, Func<Task> work, ChannelWriter<T>? output)
        {
            try
            {
                await Task.WhenAll(
                    Enumerable.Range(0, workers).Select(_ => WorkerAsync(stage, work)));
                output?.TryComplete();
            }
            catch (Exception ex)
            {
                output?.TryComplete(ex);
                throw;
            }
        }

        Task parse = StageAsync("parse", 1, async () =>
        {
            // An endless feed: only cancellation stops it.
            for (int record = 0; ; record++)
            {
                await parsed.Writer.WriteAsync(record, token);
                onParsed();
            }
        }, parsed.Writer);

        Task transform = StageAsync("transform", 3, async () =>
        {
            await foreach (int record in parsed.Reader.ReadAllAsync(token))
            {
                await Task.Delay(1, token);
                if (record == malformedRecord)
                {
                    throw new InvalidOperationException(
                        $"record {record} is malformed");
                }

                await transformed.Writer.WriteAsync(record * 2, token);
            }
        }, transformed.Writer);

        Task write = StageAsync<int>("write", 1, async () =>
        {
            await foreach (int value in transformed.Reader.ReadAllAsync(token))
            {
                await Task.Yield(); // stands in for writing the value somewhere
                onWritten();
            }
        }, output: null);

        Task stages = Task.WhenAll(parse, transform, write);
        try
        {
            await stages;
        }
        catch
        {
            int failed = stages.Exception?.InnerExceptions.Count ?? 0;
            Console.WriteLine($"  exceptions in the stages' task: {failed}");
            throw;
        }
    }
    // </failure-cancels>
}
