using System;
using System.Threading;
using System.Threading.Tasks;

namespace CoreConcepts;

public static class FlowingContext
{
    // <flowing-context>
    private static readonly AsyncLocal<string?> RequestId = new();

    public static async Task Main()
    {
        RequestId.Value = "request-1";
        foreach (string line in await Task.WhenAll(HandleAsync("a"), HandleAsync("b")))
        {
            Console.WriteLine(line);
        }

        Console.WriteLine($"Main after the children: {RequestId.Value}");

        await ChangeInAsyncMethodAsync();
        Console.WriteLine($"after an async method set it: {RequestId.Value}");

        ChangeInSynchronousMethod();
        Console.WriteLine($"after a synchronous method set it: {RequestId.Value}");
    }

    private static async Task<string> HandleAsync(string name)
    {
        string before = RequestId.Value!;
        RequestId.Value = $"request-1/{name}"; // changes this task's copy only
        await Task.Yield();                    // resumes on the pool; the value comes too
        return $"{name}: started with {before}, after await {RequestId.Value}";
    }

    private static async Task ChangeInAsyncMethodAsync()
    {
        RequestId.Value = "set in an async method";
        await Task.Yield();
    }

    private static void ChangeInSynchronousMethod() =>
        RequestId.Value = "set in a synchronous method";
    // </flowing-context>
}
