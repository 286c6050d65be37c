using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace Concurrency.StructuredConcurrency;

public static class FirstFailure
{
    // <first-failure>
    public static async Task Main()
    {
        var children = new ChildLog();
        var clock = Stopwatch.StartNew();
        try
        {
            Console.WriteLine(await HandleRequestAsync(children, CancellationToken.None));
        }
        catch (InvalidOperationException ex)
        {
            Console.WriteLine($"request failed: {ex.Message}");
        }

        Console.WriteLine(children.Outcomes("profile", "orders", "recommendations"));
        Console.WriteLine($"running after scope: {children.Running}");
        Console.WriteLine($"took < 1 s (profile and recommendations need 5 s): {clock.Elapsed < TimeSpan.FromSeconds(1)}");
    }

    private static async Task<string> HandleRequestAsync(ChildLog children, CancellationToken requestAborted)
    {
        await using var scope = new TaskScope(requestAborted);
        Task<string> profile = scope.Start(ct => children.RunAsync("profile", 5_000, fail: false, ct));
        Task<string> orders = scope.Start(ct => children.RunAsync("orders", 50, fail: true, ct));
        Task<string> recommendations = scope.Start(ct => children.RunAsync("recommendations", 5_000, fail: false, ct));
        await scope.JoinAsync();
        return $"{profile.Result} | {orders.Result} | {recommendations.Result}";
    }

    // A minimal TaskGroup: children share one token, the first failure cancels the rest,
    // and leaving the scope by any path cancels what is left and waits for it.
    private sealed class TaskScope(CancellationToken parent) : IAsyncDisposable
    {
        private readonly CancellationTokenSource _cts = CancellationTokenSource.CreateLinkedTokenSource(parent);
        private readonly List<Task> _children = [];
        private Exception? _firstFailure;

        public Task<T> Start<T>(Func<CancellationToken, Task<T>> child)
        {
            Task<T> task = RunAsync(child);
            _children.Add(task);
            return task;
        }

        // Waits for every child, then throws the first real failure rather than the cancellations it caused.
        public async Task JoinAsync()
        {
            try
            {
                await Task.WhenAll(_children);
            }
            catch when (Volatile.Read(ref _firstFailure) is { } first)
            {
                ExceptionDispatchInfo.Throw(first);
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _cts.CancelAsync();
            await Task.WhenAll(_children).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            _cts.Dispose();
        }

        private async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> child)
        {
            try
            {
                return await child(_cts.Token);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !_cts.IsCancellationRequested)
            {
                Interlocked.CompareExchange(ref _firstFailure, ex, null);
                await _cts.CancelAsync();
                throw;
            }
        }
    }

    // Stands in for calls to other services; records how each one ended and how many are running.
    private sealed class ChildLog
    {
        private readonly ConcurrentDictionary<string, string> _outcomes = new();
        private int _running;

        public int Running => Volatile.Read(ref _running);

        public string Outcomes(params string[] names) =>
            string.Join(", ", Array.ConvertAll(names, n => $"{n}: {_outcomes.GetValueOrDefault(n, "not started")}"));

        public async Task<string> RunAsync(string name, int milliseconds, bool fail, CancellationToken token)
        {
            Interlocked.Increment(ref _running);
            try
            {
                await Task.Delay(milliseconds, token);
                if (fail)
                {
                    _outcomes[name] = "failed";
                    throw new InvalidOperationException($"{name} service returned 500");
                }

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
    // </first-failure>
}
