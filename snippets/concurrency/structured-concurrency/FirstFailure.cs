using System;
using System.Collections.Concurrent;
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
        try
        {
            Console.WriteLine(
                await HandleRequestAsync(children, CancellationToken.None));
        }
        catch (InvalidOperationException ex)
        {
            Console.WriteLine($"request failed: {ex.Message}");
        }

        Console.WriteLine(children.Outcomes("profile", "orders", "recommendations"));
        Console.WriteLine($"running after scope: {children.Running}");

        try
        {
            Console.WriteLine(await HandleNestedRequestAsync(children));
        }
        catch (InvalidOperationException ex)
        {
            Console.WriteLine($"nested request failed: {ex.Message}");
        }

        Console.WriteLine(children.Outcomes("order lines"));
        Console.WriteLine($"running after scope: {children.Running}");
    }

    private static async Task<string> HandleRequestAsync(
        ChildLog children, CancellationToken requestAborted)
    {
        await using var scope = new TaskScope(requestAborted);
        Task<string> profile = scope.Start(
            ct => children.RunAsync("profile", 5_000, fail: false, ct));
        Task<string> orders = scope.Start(
            ct => children.RunAsync("orders", 50, fail: true, ct));
        Task<string> recommendations = scope.Start(
            ct => children.RunAsync("recommendations", 5_000, fail: false, ct));
        await scope.JoinAsync();
        return $"{profile.Result} | {orders.Result} | {recommendations.Result}";
    }

    // A child starts a child of its own once the handler is already in JoinAsync.
    private static async Task<string> HandleNestedRequestAsync(ChildLog children)
    {
        await using var scope = new TaskScope(CancellationToken.None);
        var joining = new TaskCompletionSource(
            TaskCreationOptions.RunContinuationsAsynchronously);
        Task<string> orders = scope.Start(async ct =>
        {
            await joining.Task;
            _ = scope.Start(c => children.RunAsync("order lines", 50, fail: true, c));
            return "orders";
        });
        Task join = scope.JoinAsync();
        joining.SetResult();
        await join; // waits for the grandchild too, and throws its failure
        return orders.Result;
    }

    // A minimal TaskGroup: children share one token, the first failure cancels the
    // rest, and leaving the scope by any path cancels what is left and waits for it.
    // Every child, including one started by another child, is counted until it ends.
    private sealed class TaskScope : IAsyncDisposable
    {
        private readonly CancellationToken _parent;
        private readonly CancellationTokenSource _cts;
        private readonly TaskCompletionSource _allEnded =
            new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _running = 1; // 1 for the scope's owner, until it joins or disposes
        private int _ownerDone;
        private Exception? _firstFailure;
        private bool _anyCanceled;

        public TaskScope(CancellationToken parent)
        {
            _parent = parent;
            _cts = CancellationTokenSource.CreateLinkedTokenSource(parent);
        }

        public Task<T> Start<T>(Func<CancellationToken, Task<T>> child)
        {
            if (Interlocked.Increment(ref _running) == 1)
            {
                Interlocked.Decrement(ref _running);
                throw new InvalidOperationException("The scope has ended.");
            }

            return RunAsync(child);
        }

        // Waits until every child has ended, then throws the first real failure rather
        // than the cancellations it caused.
        public async Task JoinAsync()
        {
            OwnerDone();
            await _allEnded.Task;
            if (Volatile.Read(ref _firstFailure) is { } first)
            {
                ExceptionDispatchInfo.Throw(first);
            }

            if (Volatile.Read(ref _anyCanceled))
            {
                throw new OperationCanceledException(_parent);
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _cts.CancelAsync();
            OwnerDone();
            await _allEnded.Task;
            _cts.Dispose();
        }

        private void OwnerDone()
        {
            if (Interlocked.Exchange(ref _ownerDone, 1) == 0)
            {
                Ended();
            }
        }

        private void Ended()
        {
            if (Interlocked.Decrement(ref _running) == 0)
            {
                _allEnded.SetResult();
            }
        }

        private async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> child)
        {
            try
            {
                return await child(_cts.Token);
            }
            catch (OperationCanceledException) when (_cts.IsCancellationRequested)
            {
                Volatile.Write(ref _anyCanceled, true);
                throw;
            }
            catch (Exception ex)
            {
                Interlocked.CompareExchange(ref _firstFailure, ex, null);
                await _cts.CancelAsync();
                throw;
            }
            finally
            {
                Ended();
            }
        }
    }

    // Stands in for calls to other services; records how each one ended and how many
    // are running.
    private sealed class ChildLog
    {
        private readonly ConcurrentDictionary<string, string> _outcomes = new();
        private int _running;

        public int Running => Volatile.Read(ref _running);

        public string Outcomes(params string[] names) =>
            string.Join(", ", Array.ConvertAll(names, n => $"{n}: {_outcomes[n]}"));

        public async Task<string> RunAsync(
            string name, int milliseconds, bool fail, CancellationToken token)
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
