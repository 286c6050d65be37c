using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace AsyncStreams;

public static class FinallyOnBreak
{
    // <finally-on-break>
    public static async Task Main()
    {
        await foreach (string line in ReadLinesAsync())
        {
            Console.WriteLine($"read {line}");
            if (line == "line 2")
            {
                Console.WriteLine("break");
                break;
            }
        }

        Console.WriteLine("after the loop");
    }

    private static async IAsyncEnumerable<string> ReadLinesAsync()
    {
        Console.WriteLine("file opened");
        try
        {
            for (int i = 1; i <= 5; i++)
            {
                await Task.Yield(); // stands in for reading the next line
                yield return $"line {i}";
            }
        }
        finally
        {
            Console.WriteLine("finally: file closed");
        }
    }
    // </finally-on-break>
}
