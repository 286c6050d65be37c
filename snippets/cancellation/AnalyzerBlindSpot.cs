using System;
using System.Threading;
using System.Threading.Tasks;

namespace Cancellation;

public static class AnalyzerBlindSpot
{
    // <analyzer-blind-spot>
    public static async Task Main()
    {
        using var cts = new CancellationTokenSource();
        await ImportAsync(["a.csv", "b.csv"], cts.Token);
        Console.WriteLine("imported; CA2016 reported only the Task.Delay line");
    }

    private static async Task ImportAsync(
        string[] files, CancellationToken cancellationToken)
    {
        foreach (string file in files)
        {
            await Task.Delay(10); // warning CA2016: an overload takes the token
            await DownloadIgnoringTokenAsync(file); // no overload does: no warning
        }
    }

    private static async Task DownloadIgnoringTokenAsync(string file)
    {
        _ = file;
        await Task.Delay(10); // no token in scope here either: no warning
    }
    // </analyzer-blind-spot>
}
