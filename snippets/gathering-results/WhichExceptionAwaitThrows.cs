using System;
using System.Threading.Tasks;

namespace GatheringResults;

public static class WhichExceptionAwaitThrows
{
    // <which-exception-await-throws>
    public static async Task Main()
    {
        TaskCompletionSource<int> first = new(), second = new();
        Task<int[]> typed = Task.WhenAll(first.Task, second.Task);   // WhenAll<TResult>
        Task untyped = Task.WhenAll((Task)first.Task, second.Task); // non-generic WhenAll

        second.SetException(new InvalidOperationException("second task (failed first)"));
        first.SetException(new InvalidOperationException("first task (failed second)"));

        Console.WriteLine($"Task.WhenAll<int>: {await RethrownMessage(typed)}");
        Console.WriteLine($"Task.WhenAll:      {await RethrownMessage(untyped)}");
    }

    private static async Task<string> RethrownMessage(Task task)
    {
        try
        {
            await task;
            return "no exception";
        }
        catch (InvalidOperationException ex)
        {
            return ex.Message;
        }
    }
    // </which-exception-await-throws>
}
