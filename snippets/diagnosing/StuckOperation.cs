using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Diagnosing;

public static class StuckOperation
{
    // <stuck-operation>
    public static async Task Main()
    {
        string[] parts = ["profile", "orders", "settings"];
        var replies = parts.ToDictionary(p => p, _ => new TaskCompletionSource<string>());
        var operations = new Dictionary<string, Task>();
        foreach (string part in parts)
        {
            string name = $"load {part}";
            Task<string> reply = replies[part].Task;
            operations[name] = RunNamedAsync(name, () => FetchAsync(part, reply));
        }

        replies["profile"].SetResult("Ada");
        replies["settings"].SetResult("dark theme"); // the orders reply never comes

        try
        {
            // The watchdog: wait for all of them, but not forever.
            var limit = TimeSpan.FromMilliseconds(500);
            await Task.WhenAll(operations.Values).WaitAsync(limit);
        }
        catch (TimeoutException)
        {
            foreach (var (name, task) in operations.Where(o => !o.Value.IsCompleted))
            {
                Log($"watchdog: after 500 ms, still waiting for {name} ({task.Status})");
            }
        }

        replies["orders"].SetResult("3 orders"); // the example's own way out
        await Task.WhenAll(operations.Values);
    }

    // The name of the operation the current code works for: it flows into every
    // method the operation calls and awaits, as a logging scope does.
    private static readonly AsyncLocal<string?> s_operation = new();

    private static void Log(string message) =>
        Console.WriteLine($"[{s_operation.Value ?? "main"}] {message}");

    private static async Task RunNamedAsync(string name, Func<Task> operation)
    {
        s_operation.Value = name; // seen by this operation only, not by the caller
        Log("started");
        await operation();
        Log("done");
    }

    private static async Task FetchAsync(string part, Task<string> reply)
    {
        Log($"waiting for the {part} reply");
        string value = await reply;
        Log($"got {value}");
    }
    // </stuck-operation>
}
