using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
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
        var outcomes = new ConcurrentQueue<(string Stage, string Outcome)>();
        int parsedCount = 0;

        try
        {
            await RunPipelineAsync(outcomes, () => Interlocked.Increment(ref parsedCount), CancellationToken.None);
        }
        catch (Exception ex)
        {
            Console.WriteLine($"pipeline failed with {ex.GetType().Name}: {ex.Message}");
        }

        foreach (string stage in (string[])["parse", "transform", "write"])
        {
            var counts = outcomes.Where(o => o.Stage == stage).GroupBy(o => o.Outcome).OrderBy(g => g.Key, StringComparer.Ordinal);
            Console.WriteLine($"{stage}: {string.Join(", ", counts.Select(g => $"{g.Count()} {g.Key}"))}");
        }

        Console.WriteLine($"the endless parse stage stopped after fewer than 1000 records: {parsedCount < 1000}");
    }

    private static async Task RunPipelineAsync(
        ConcurrentQueue<(string, string)> outcomes, Action onParsed, CancellationToken cancellationToken)
    {
        // One token for every stage: the first failure anywhere cancels all of them.
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
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
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                outcomes.Enqueue((stage, "canceled")); // stopped because a sibling failed: not a second error
            }
            catch (Exception)
            {
                outcomes.Enqueue((stage, "failed"));
                await cts.CancelAsync();
                throw;
            }
        }

        async Task StageAsync<T>(string stage, int workers, Func<Task> work, ChannelWriter<T>? output)
        {
            try
            {
                await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => WorkerAsync(stage, work)));
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
            for (int record = 0; ; record++) // an endless feed: only cancellation stops it
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
                if (record == 50)
                {
                    throw new InvalidOperationException("record 50 is malformed");
                }

                await transformed.Writer.WriteAsync(record * 2, token);
            }
        }, transformed.Writer);

        Task write = StageAsync<int>("write", 1, async () =>
        {
            await foreach (int value in transformed.Reader.ReadAllAsync(token))
            {
                await Task.Yield(); // stands in for writing the value somewhere
            }
        }, output: null);

        Task stages = Task.WhenAll(parse, transform, write);
        try
        {
            await stages;
        }
        catch
        {
            Console.WriteLine($"stages that failed: {stages.Exception?.InnerExceptions.Count}");
            throw;
        }
    }
    // </failure-cancels>
}
