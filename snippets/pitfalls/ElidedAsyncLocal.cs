using System;
using System.Threading;
using System.Threading.Tasks;

namespace Pitfalls;

public static class ElidedAsyncLocal
{
    // <elided-async-local>
    private static readonly AsyncLocal<string> RequestId = new();

    public static async Task Main()
    {
        RequestId.Value = "none"; // the caller handles no request
        await HandleAsync("request-1");
        Console.WriteLine($"after the async method, the caller has: {RequestId.Value}");

        await HandleElidedAsync("request-2");
        Console.WriteLine($"after the elided method, the caller has: {RequestId.Value}");
    }

    private static async Task HandleAsync(string requestId)
    {
        RequestId.Value = requestId; // undone when the async method returns
        await SaveAsync();
    }

    private static Task HandleElidedAsync(string requestId)
    {
        RequestId.Value = requestId; // set in the caller's own context: it stays set
        return SaveAsync();
    }

    // Fine to elide: it only fills in an argument, and does nothing before or after.
    private static Task SaveAsync() => SaveAsync(CancellationToken.None);

    private static async Task SaveAsync(CancellationToken cancellationToken)
    {
        await Task.Delay(10, cancellationToken); // stands in for writing the record
        Console.WriteLine($"saved the record of {RequestId.Value}");
    }
    // </elided-async-local>
}
