using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace GatheringResults;

public static class WhenAllFailures
{
    // <when-all-failures>
    public static async Task Main()
    {
        TaskCompletionSource<string> inventory = new(), pricing = new(), shipping = new();
        Task<string[]> all = Task.WhenAll(inventory.Task, pricing.Task, shipping.Task);

        shipping.SetException(new TimeoutException("shipping: no answer"));
        inventory.SetException(new InvalidOperationException("inventory: unknown item"));
        Console.WriteLine(
            $"two failed, pricing still running; WhenAll completed: {all.IsCompleted}");

        pricing.SetResult("pricing: 9.99");
        try
        {
            await all;
        }
        catch (Exception ex)
        {
            Console.WriteLine($"await rethrew one exception: {ex.Message}");
        }

        Console.WriteLine(
            $"WhenAll status: {all.Status}; " +
            $"pricing still delivered: {pricing.Task.Result}");
        IEnumerable<string> messages =
            all.Exception!.InnerExceptions.Select(e => e.Message);
        Console.WriteLine($"all.Exception holds: {string.Join("; ", messages)}");
    }
    // </when-all-failures>
}
