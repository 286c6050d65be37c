using System;
using System.Threading;
using System.Threading.Tasks;

namespace ErrorHandling;

public static class ExceptionProperty
{
    // <exception-property>
    public static async Task Main()
    {
        var pending = new TaskCompletionSource();
        Show("still running", pending.Task);
        Show("succeeded", Task.CompletedTask);
        Show("cancelled", Task.FromCanceled(new CancellationToken(canceled: true)));

        Task failed = FailAsync();
        await failed.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        Show("failed", failed);
    }

    // Task.Exception never throws and never waits.
    private static void Show(string state, Task task)
    {
        string exception = task.Exception?.GetType().Name ?? "null";
        Console.WriteLine($"{state}: Exception is {exception}");
    }

    private static async Task FailAsync()
    {
        await Task.Yield();
        throw new InvalidOperationException("broken");
    }
    // </exception-property>
}
