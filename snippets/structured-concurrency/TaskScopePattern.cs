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
        ConcurrentQueue<string> finished = new();
        TaskScope? leaked = null;
        await TaskScope.RunAsync(scope =>
        {
            leaked = scope;
            scope.Start(async ct =>
            {
                await Task.Delay(50, ct);
                finished.Enqueue("slow child");
            });
            scope.Start(async ct =>
            {
                await Task.Delay(10, ct);
                scope.Start(async token => // children can start children while the scope is open
                {
                    await Task.Delay(50, token);
                    finished.Enqueue("grandchild");
                });
                finished.Enqueue("fast child");
            });
        });
        Console.WriteLine($"1. scope exited after all of: {string.Join(", ", finished.Order())}");
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
                        await Task.Delay(Timeout.Infinite, ct); // would never finish on its own
                    }
                    catch (OperationCanceledException)
                    {
                        siblingCanceled = true;
                        await Task.Delay(20, CancellationToken.None); // asynchronous cleanup
                        cleanupDone = true;
                        throw;
                    }
                });
            });
        }
        catch (AggregateException ex)
        {
            Console.WriteLine($"2. scope threw: {Describe(ex)}");
            Console.WriteLine($"   sibling canceled: {siblingCanceled}, its cleanup finished first: {cleanupDone}");
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
                scope.Start(ct => Task.Delay(Timeout.Infinite, ct)); // canceled: not a failure
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
            Console.WriteLine($"4. scope threw {ex.GetType().Name} when the caller's token was canceled");
        }
    }

    private static string Describe(AggregateException ex) =>
        $"{ex.InnerExceptions.Count} failure(s): " +
        string.Join("; ", ex.InnerExceptions.Select(e => $"{e.GetType().Name}: {e.Message}").Order());

    /// <summary>
    /// Children started in a scope finish before it exits; the first failure cancels the others;
    /// every failure is reported in one AggregateException.
    /// </summary>
    private sealed class TaskScope
    {
        private readonly CancellationTokenSource _cts;
        private readonly List<Task> _children = [];
        private readonly ConcurrentQueue<Exception> _failures = new();
        private bool _closed;

        private TaskScope(CancellationTokenSource cts) => _cts = cts;

        public static Task RunAsync(Action<TaskScope> body, CancellationToken cancellationToken = default) =>
            RunAsync(scope =>
            {
                body(scope);
                return Task.CompletedTask;
            }, cancellationToken);

        public static async Task RunAsync(Func<TaskScope, Task> body, CancellationToken cancellationToken = default)
        {
            // Linked: canceled by the caller's token or by the first failure, whichever comes first.
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var scope = new TaskScope(cts);

            await scope.RunChildAsync(_ => body(scope)); // a failing body cancels the children too
            await scope.WaitForChildrenAsync();

            if (!scope._failures.IsEmpty)
            {
                throw new AggregateException(scope._failures);
            }

            cancellationToken.ThrowIfCancellationRequested();
        }

        public void Start(Func<CancellationToken, Task> child)
        {
            lock (_children)
            {
                if (_closed)
                {
                    throw new InvalidOperationException("The scope has already exited.");
                }

                _children.Add(Task.Run(() => RunChildAsync(child)));
            }
        }

        private async Task RunChildAsync(Func<CancellationToken, Task> child)
        {
            try
            {
                await child(_cts.Token);
            }
            catch (OperationCanceledException) when (_cts.IsCancellationRequested)
            {
                // Canceled because the scope is shutting down: not a failure of its own.
            }
            catch (Exception ex)
            {
                _failures.Enqueue(ex);
                await _cts.CancelAsync(); // cancel the siblings
            }
        }

        private async Task WaitForChildrenAsync()
        {
            // Loop: a child may start another child while we wait.
            while (true)
            {
                Task[] running;
                lock (_children)
                {
                    running = [.. _children.Where(c => !c.IsCompleted)];
                    if (running.Length == 0)
                    {
                        _closed = true;
                        return;
                    }
                }

                await Task.WhenAll(running); // never throws: RunChildAsync catches every exception
            }
        }
    }
    // </task-scope-pattern>
}
