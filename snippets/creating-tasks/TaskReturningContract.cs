using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;

namespace CreatingTasks;

public static class TaskReturningContract
{
    // <task-returning-contract>
    public static void Main()
    {
        using CancellationTokenSource cts = new();
        cts.Cancel(); // cancelled before any of the calls below

        Call("async method, canceled token", () => ParsePortAsync("8080", cts.Token));
        Call("async method, bad input", () => ParsePortAsync("http", default));
        Call("not async, throws", () => ParsePortThrowing("8080", cts.Token));
        Call("not async, FromCanceled", () => ParsePort("8080", cts.Token));
        Call("not async, FromException", () => ParsePort("http", default));
        Call("not async, FromResult", () => ParsePort("8080", default));
    }

    // Reports whether the call itself threw, or returned a task, and in what state.
    private static void Call(string what, Func<Task<int>> call)
    {
        try
        {
            Task<int> task = call();
            Console.WriteLine(
                $"{what}: returned a {task.Status} task, IsCanceled: {task.IsCanceled}");
        }
        catch (Exception ex)
        {
            Console.WriteLine($"{what}: the call threw {ex.GetType().Name}");
        }
    }

    // async: whatever the body throws, even before an await, goes into the task.
    private static async Task<int> ParsePortAsync(string text, CancellationToken token)
    {
        token.ThrowIfCancellationRequested(); // OperationCanceledException: Canceled
        int port = int.Parse(text, CultureInfo.InvariantCulture); // throws: Faulted
        await Task.Yield(); // stands in for checking that the port is free
        return port;
    }

    // Not async: an exception thrown here leaves the method before any task exists.
    private static Task<int> ParsePortThrowing(string text, CancellationToken token)
    {
        token.ThrowIfCancellationRequested();
        return Task.FromResult(int.Parse(text, CultureInfo.InvariantCulture));
    }

    // Not async, and keeps the contract: every outcome is reported through a task.
    private static Task<int> ParsePort(string text, CancellationToken token)
    {
        if (token.IsCancellationRequested)
        {
            return Task.FromCanceled<int>(token);
        }

        if (!int.TryParse(text, CultureInfo.InvariantCulture, out int port))
        {
            return Task.FromException<int>(new FormatException($"not a port: {text}"));
        }

        return Task.FromResult(port);
    }
    // </task-returning-contract>
}
