using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace CreatingTasks;

public static class ValuesYouAlreadyHave
{
    // <values-you-already-have>
    // An interface whose other implementations really do I/O.
    public interface IPriceSource
    {
        Task<decimal> GetPriceAsync(string sku);

        ValueTask<decimal> GetPriceFastAsync(string sku);

        Task RefreshAsync();
    }

    // This implementation has every answer in memory already.
    private sealed class FixedPrices : IPriceSource
    {
        private readonly Dictionary<string, decimal> _prices = new() { ["apple"] = 0.5m };

        // Right: a completed task that holds the value; nothing is queued anywhere.
        public Task<decimal> GetPriceAsync(string sku) => Task.FromResult(_prices[sku]);

        // Right too, and a ValueTask<T> holding a value does not allocate a task at all.
        public ValueTask<decimal> GetPriceFastAsync(string sku) => new(_prices[sku]);

        // Nothing to do: a task that has already completed successfully.
        public Task RefreshAsync() => Task.CompletedTask;
    }

    public static async Task Main()
    {
        FixedPrices prices = new();

        Task<decimal> fromResult = prices.GetPriceAsync("apple");
        Console.WriteLine(
            $"Task.FromResult, completed on return: {fromResult.IsCompleted}");

        ValueTask<decimal> valueTask = prices.GetPriceFastAsync("apple");
        Console.WriteLine($"ValueTask<T>, completed on return: {valueTask.IsCompleted}");

        Task refresh = prices.RefreshAsync();
        Console.WriteLine(
            $"Task.CompletedTask, completed on return: {refresh.IsCompleted}");

        // Wrong for a value in memory: Task.Run queues a work item to the thread pool,
        // and its task completes only once a pool thread has run it (the gate holds
        // the work item until Main has looked, so timing cannot change the output).
        using ManualResetEventSlim looked = new();
        bool ranOnPool = false;
        Task<decimal> viaRun = Task.Run(() =>
        {
            looked.Wait();
            ranOnPool = Thread.CurrentThread.IsThreadPoolThread;
            return 0.5m;
        });
        Console.WriteLine($"Task.Run, completed on return: {viaRun.IsCompleted}");
        looked.Set();

        decimal fromPool = await viaRun;
        Console.WriteLine($"Task.Run's delegate ran on a pool thread: {ranOnPool}");
        decimal fromValueTask = await valueTask;
        bool same = fromValueTask == await fromResult && fromValueTask == fromPool;
        Console.WriteLine($"same price: {same}");
    }
    // </values-you-already-have>
}
