using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Concurrency.StructuredConcurrency;

public static class Deadline
{
    // <deadline>
    public static async Task Main()
    {
        var children = new ChildLog();
        try
        {
            await HandleRequestAsync(
                children,
                TimeSpan.FromMilliseconds(100),
                CancellationToken.None);
        }
        catch (TimeoutException ex)
        {
            Console.WriteLine($"deadline: {ex.GetType().Name}: {ex.Message}");
        }

        Console.WriteLine(children.Outcomes("prices", "stock"));
        Console.WriteLine($"running after scope: {children.Running}");

        // The caller giving up is not a timeout: that cancellation propagates as it is.
        using var clientGone = new CancellationTokenSource();
        Task request = HandleRequestAsync(
            children,
            TimeSpan.FromSeconds(5),
            clientGone.Token);
        await clientGone.CancelAsync();
        try
        {
            await request;
        }
        catch (OperationCanceledException ex)
        {
            Console.WriteLine($"caller canceled: {ex.GetType().Name}");
        }

        Console.WriteLine($"running after scope: {children.Running}");
    }

    private static async Task<string> HandleRequestAsync(
        ChildLog children, TimeSpan deadline, CancellationToken requestAborted)
    {
        // One token carries both reasons to stop: the caller going away and the
        // deadline passing.
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        cts.CancelAfter(deadline);

        Task<string> prices = children.RunAsync("prices", 5_000, cts.Token);
        Task<string> stock = children.RunAsync("stock", 5_000, cts.Token);
        try
        {
            // WhenAll returns only once every child has finished,
            // so none outlives the handler.
            string[] parts = await Task.WhenAll(prices, stock);
            return string.Join(" | ", parts);
        }
        // Our deadline, and only ours: the caller's cancellation, or one a child raised
        // on its own, propagates unchanged.
        catch (OperationCanceledException) when (cts.IsCancellationRequested
            && !requestAborted.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"no response within {deadline.TotalMilliseconds} ms");
        }
    }

    // Stands in for calls to other services;
    // records how each one ended and how many are running.
    private sealed class ChildLog
    {
        private readonly ConcurrentDictionary<string, string> _outcomes = new();
        private int _running;

        public int Running => Volatile.Read(ref _running);

        public string Outcomes(params string[] names) =>
            string.Join(", ", Array.ConvertAll(
                names,
                n => $"{n}: {_outcomes.GetValueOrDefault(n, "not started")}"));

        public async Task<string> RunAsync(
            string name,
            int milliseconds,
            CancellationToken token)
        {
            Interlocked.Increment(ref _running);
            try
            {
                await Task.Delay(milliseconds, token);
                _outcomes[name] = "completed";
                return name;
            }
            catch (OperationCanceledException)
            {
                _outcomes[name] = "canceled";
                throw;
            }
            finally
            {
                Interlocked.Decrement(ref _running);
            }
        }
    }
    // </deadline>
}
