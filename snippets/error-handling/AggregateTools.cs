using System;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;

namespace ErrorHandling;

public static class AggregateTools
{
    // <aggregate-tools>
    public static async Task Main()
    {
        // Parallel.ForEach throws an AggregateException of its own, which then lands inside the group's.
        Task import = Task.Run(() => Parallel.ForEach(["1", "two", "3"], ParseRow));
        Task upload = UploadAsync();
        Task all = Task.WhenAll(import, upload);
        await all.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

        AggregateException group = all.Exception!;
        Console.WriteLine($"InnerExceptions: {Names(group)}");
        AggregateException flat = group.Flatten();
        Console.WriteLine($"Flatten():       {Names(flat)}");

        try
        {
            // Handle: true marks an exception as dealt with; the rest are rethrown in a new AggregateException.
            flat.Handle(ex => ex is FormatException);
        }
        catch (AggregateException rest)
        {
            Console.WriteLine($"Handle rethrew:  {Names(rest)}");
        }
    }

    // Sorted for display: the order of a group's exceptions depends on which task failed first.
    private static string Names(AggregateException group) =>
        string.Join(", ", group.InnerExceptions.Select(e => e.GetType().Name).Order());

    private static void ParseRow(string row) => _ = int.Parse(row, CultureInfo.InvariantCulture);

    private static async Task UploadAsync()
    {
        await Task.Yield();
        throw new TimeoutException("upload timed out");
    }
    // </aggregate-tools>
}
