using System;
using System.Linq;
using System.Threading.Tasks;

namespace ErrorHandling;

public static class WhenAllFirstOnly
{
    // <when-all-first-only>
    public static async Task Main()
    {
        Task all = Task.WhenAll(
            FailAsync(new InvalidOperationException("disk full")),
            FailAsync(new ArgumentException("bad id")),
            Task.Delay(10));
        try
        {
            await all;
        }
        catch (Exception ex)
        {
            Console.WriteLine(
                "await threw one exception, not an AggregateException: " +
                $"{ex is not AggregateException}");
            var group = all.Exception!.InnerExceptions;
            Console.WriteLine(
                $"it is the first of the group: {object.ReferenceEquals(ex, group[0])}");
            // Sorted for display: the group's order is not something to build logic on.
            var names = group.Select(e => e.GetType().Name).Order();
            Console.WriteLine(
                $"the group holds {group.Count}: {string.Join(", ", names)}");
        }
    }

    private static async Task FailAsync(Exception exception)
    {
        await Task.Yield();
        throw exception;
    }
    // </when-all-first-only>
}
