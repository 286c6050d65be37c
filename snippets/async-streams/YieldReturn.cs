using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace AsyncStreams;

public static class YieldReturn
{
    // <yield-return>
    public static async Task Main()
    {
        IAsyncEnumerable<int> pages = FetchPagesAsync(3);
        Console.WriteLine("FetchPagesAsync returned; nothing has run yet");

        await foreach (int page in pages)
        {
            Console.WriteLine($"  consumer got page {page}");
        }

        Console.WriteLine("loop finished");
    }

    private static async IAsyncEnumerable<int> FetchPagesAsync(int count)
    {
        Console.WriteLine("iterator body started");
        for (int page = 1; page <= count; page++)
        {
            await Task.Delay(10); // stands in for an HTTP request per page
            Console.WriteLine($"fetched page {page}");
            yield return page;
        }

        Console.WriteLine("iterator body finished");
    }
    // </yield-return>
}
