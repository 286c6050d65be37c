// run: process
using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Pitfalls;

public static class AsyncLambdaCrash
{
    // <async-lambda-crash>
    public static async Task Main()
    {
        List<string> files = ["a.txt", "b.txt", "c.txt"];
        try
        {
            files.ForEach(async file => // warning VSTHRD101: an async void lambda
            {
                await WritesEnd.Task; // stands in for writing the file
                if (file == "b.txt")
                {
                    throw new IOException($"disk full writing {file}");
                }
            });
            Console.WriteLine("ForEach returned; Main waits inside its try");
            WritesEnd.SetResult(); // the writes end now, so the output's order is fixed
            await Task.Delay(Timeout.Infinite); // Main waits here; the process ends first
        }
        catch (IOException ex)
        {
            Console.WriteLine($"caught: {ex.Message}");
        }
    }

    private static readonly TaskCompletionSource WritesEnd =
        new(TaskCreationOptions.RunContinuationsAsynchronously);
    // </async-lambda-crash>
}
