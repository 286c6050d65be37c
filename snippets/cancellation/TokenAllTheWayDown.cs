using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace Cancellation;

public static class TokenAllTheWayDown
{
    // <token-all-the-way-down>
    public static async Task Main()
    {
        string[] files = ["a.csv", "b.csv", "c.csv"];

        Console.WriteLine("token passed down to the I/O:");
        await RunAsync(ct => ImportAsync(files, ct));

        Console.WriteLine("token dropped one level above the I/O:");
        await RunAsync(ct => ImportDroppingTokenAsync(files, ct));
    }

    private static async Task RunAsync(Func<CancellationToken, Task> import)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(20));
        try
        {
            await import(cts.Token);
        }
        catch (OperationCanceledException ex)
        {
            Console.WriteLine($"  caller caught {ex.GetType().Name}");
        }
    }

    private static async Task ImportAsync(string[] files, CancellationToken cancellationToken)
    {
        foreach (string file in files)
        {
            await DownloadAsync(file, cancellationToken);
        }
    }

    private static async Task DownloadAsync(string file, CancellationToken cancellationToken)
    {
        // The innermost await gets the token: a download would take 10 s, cancellation ends it at once.
        await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken);
        Console.WriteLine($"  {file} downloaded");
    }

    private static async Task ImportDroppingTokenAsync(string[] files, CancellationToken cancellationToken)
    {
        foreach (string file in files)
        {
            cancellationToken.ThrowIfCancellationRequested(); // the only place that looks at the token
            await DownloadIgnoringTokenAsync(file);
            Console.WriteLine($"  {file} downloaded (cancellation already requested: {cancellationToken.IsCancellationRequested})");
        }
    }

    private static async Task DownloadIgnoringTokenAsync(string file)
    {
        _ = file;
        await Task.Delay(TimeSpan.FromMilliseconds(150)); // runs to the end whatever the caller wants
    }
    // </token-all-the-way-down>
}
