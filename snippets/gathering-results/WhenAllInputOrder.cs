using System;
using System.Threading.Tasks;

namespace GatheringResults;

public static class WhenAllInputOrder
{
    // <when-all-input-order>
    public static async Task Main()
    {
        // TaskCompletionSource stands in for three requests,
        // so the example decides when each one completes.
        TaskCompletionSource<string> alpha = new(), beta = new(), gamma = new();
        Task<string[]> all = Task.WhenAll(alpha.Task, beta.Task, gamma.Task);

        gamma.SetResult("gamma");
        alpha.SetResult("alpha");
        Console.WriteLine(
            $"after two of three completed, WhenAll completed: {all.IsCompleted}");
        beta.SetResult("beta");

        string[] results = await all;
        Console.WriteLine("completed in the order: gamma, alpha, beta");
        Console.WriteLine($"results in input order: {string.Join(", ", results)}");
    }
    // </when-all-input-order>
}
