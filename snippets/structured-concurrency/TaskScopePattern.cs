using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace StructuredConcurrency;

public static class TaskScopePattern
{
    // <task-scope-pattern>
    public static async Task Main()
    {
        await AllChildrenFinishBeforeTheScopeExits();
        await FirstFailureCancelsTheSiblings();
        await EveryFailureIsReported();
        await OuterCancellationCancelsTheScope();
    }

    private static async Task AllChildrenFinishBeforeTheScopeExits()
    {
        ConcurrentQueue<string> finished = new(); // in the order the children finish
        TaskCompletionSource fastDone = new(), grandchildStarted = new();
        TaskCompletionSource slowDone = new();
        TaskScope? leaked = null;
        await TaskScope.RunAsync(scope =>
        {
            leaked = scope;
            scope.Start(async ct =>
            {
                await Task.WhenAll(fastDone.Task, grandchildStarted.Task).WaitAsync(ct);
                finished.Enqueue("slow child");
                slowDone.SetResult();
            });
            scope.Start(ct =>
            {
                // A child can start children while the scope is open.
                scope.Start(async token =>
                {
                    grandchildStarted.SetResult();
                    await slowDone.Task.WaitAsync(token); // finishes last
                    finished.Enqueue("grandchild");
                });
                finished.Enqueue("fast child");
                fastDone.SetResult();
                return Task.CompletedTask;
            });
        });
        Console.WriteLine($"1. scope exited after: {string.Join(", ", finished)}");
        try
        {
            leaked!.Start(_ => Task.CompletedTask);
        }
        catch (InvalidOperationException ex)
        {
            Console.WriteLine($"   starting a child after the exit: {ex.Message}");
        }
    }

    private static async Task FirstFailureCancelsTheSiblings()
    {
        bool siblingCanceled = false, cleanupDone = false;
        try
        {
            await TaskScope.RunAsync(scope =>
            {
                scope.Start(async ct =>
                {
                    await Task.Delay(10, ct);
                    throw new InvalidOperationException("payment service unavailable");
                });
                scope.Start(async ct =>
                {
                    try
                    {
                        await Task.Delay(Timeout.Infinite, ct); // would never finish
                    }
                    catch (OperationCanceledException)
                    {
                        siblingCanceled = true;
                        await Task.Delay(20, CancellationToken.None); // async cleanup
                        cleanupDone = true;
                        throw;
                    }
                });
            });
        }
        catch (AggregateException ex)
        {
            Console.WriteLine($"2. scope threw: {Describe(ex)}");
            Console.WriteLine($"   sibling canceled: {siblingCanceled}, " +
                              $"its cleanup finished first: {cleanupDone}");
        }
    }

    private static async Task EveryFailureIsReported()
    {
        try
        {
            await TaskScope.RunAsync(scope =>
            {
                scope.Start(async _ =>
                {
                    await Task.Delay(10, CancellationToken.None);
                    throw new InvalidOperationException("disk full");
                });
                scope.Start(async _ =>
                {
                    await Task.Delay(10, CancellationToken.None);
                    throw new TimeoutException("backup server did not answer");
                });
                // Canceled by the first failure: not a failure of its own.
                scope.Start(ct => Task.Delay(Timeout.Infinite, ct));
            });
        }
        catch (AggregateException ex)
        {
            Console.WriteLine($"3. scope threw: {Describe(ex)}");
        }
    }

    private static async Task OuterCancellationCancelsTheScope()
    {
        using var shutdown = new CancellationTokenSource(TimeSpan.FromMilliseconds(20));
        try
        {
            await TaskScope.RunAsync(scope =>
            {
                scope.Start(ct => Task.Delay(Timeout.Infinite, ct));
                scope.Start(ct => Task.Delay(Timeout.Infinite, ct));
            }, shutdown.Token);
        }
        catch (OperationCanceledException ex)
        {
            Console.WriteLine(
                $"4. scope threw {ex.GetType().Name}: the caller's token was canceled");
        }
    }

    private static string Describe(AggregateException ex) =>
        $"{ex.InnerExceptions.Count} failure(s): " +
        string.Join("; ", ex.InnerExceptions
            .Select(e => $"{e.GetType().Name}: {e.Message}")
            .Order());

    /// <summary>
    /// Children started in a scope finish before it exits; the first failure cancels
    /// the others; every failure is reported in one AggregateException.
    /// </summary>
    private sealed class TaskScope
    {
        private readonly CancellationTokenSource _cts;
        private readonly Dictionary<int, Task> _running = []; // running children only
        private readonly ConcurrentQueue<Exception> _failures = new();
        private int _lastId;
        private bool _closed;

        private TaskScope(CancellationTokenSource cts) => _cts = cts;

        public static Task RunAsync(
            Action<TaskScope> body, CancellationToken cancellationToken = default) =>
            RunAsync(scope =>
            {
                body(scope);
                return Task.CompletedTask;
            }, cancellationToken);

        public static async Task RunAsync(
            Func<TaskScope, Task> body, CancellationToken cancellationToken = default)
        {
            // Linked: canceled by the caller's token or by the first failure.
            using var cts =
                CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var scope = new TaskScope(cts);

            // A failing body cancels the children too.
            await scope.RunChildAsync(_ => body(scope)).ConfigureAwait(false);
            await scope.WaitForChildrenAsync().ConfigureAwait(false);

            if (!scope._failures.IsEmpty)
            {
                throw new AggregateException(scope._failures);
            }

            cancellationToken.ThrowIfCancellationRequested();
        }

        public void Start(Func<CancellationToken, Task> child)
        {
            lock (_running)
            {
                if (_closed)
                {
                    throw new InvalidOperationException(
                        "The scope has already exited.");
                }

                int id = ++_lastId;
                _running.Add(id, Task.Run(async () =>
                {
                    await RunChildAsync(child).ConfigureAwait(false);
                    lock (_running)
                    {
                        _running.Remove(id); // Start holds the lock until its Add
                    }
                }));
            }
        }

        private async Task RunChildAsync(Func<CancellationToken, Task> child)
        {
            try
            {
                await child(_cts.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (_cts.IsCancellationRequested)
            {
                // Canceled because the scope is shutting down: not a failure.
            }
            catch (Exception ex)
            {
                _failures.Enqueue(ex);
                await _cts.CancelAsync().ConfigureAwait(false); // cancel the siblings
            }
        }

        private async Task WaitForChildrenAsync()
        {
            // Loop: a child may start another child while we wait.
            while (true)
            {
                Task[] running;
                lock (_running)
                {
                    if (_running.Count == 0)
                    {
                        _closed = true;
                        return;
                    }

                    running = [.. _running.Values];
                }

                // Never throws: RunChildAsync catches every exception.
                await Task.WhenAll(running).ConfigureAwait(false);
            }
        }
    }
    // </task-scope-pattern>
}
