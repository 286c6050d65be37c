using System;
using System.Threading.Tasks;

namespace GatheringResults;

public static class SuppressThrowingNeedsTask
{
    // <suppress-throwing-needs-task>
    public static async Task Main()
    {
        Task<int[]> all = Task.WhenAll(Task.FromResult(1), Task.FromResult(2));
        try
        {
            // The analyzer catches this at build time;
            // it is disabled here to show the runtime error.
#pragma warning disable CA2261
            await all.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
#pragma warning restore CA2261
        }
        catch (ArgumentOutOfRangeException ex)
        {
            Console.WriteLine(
                "Task<T> with SuppressThrowing: " +
                $"ArgumentOutOfRangeException for '{ex.ParamName}'");
        }

        await ((Task)all).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        Console.WriteLine($"cast to Task first: fine, status {all.Status}");
    }
    // </suppress-throwing-needs-task>
}
