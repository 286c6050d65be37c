using System.Diagnostics;
using SnippetHarness;

// Generates N synthetic examples (shaped like the guide's: a few awaits, a WhenAll, some output) in a temporary
// repository, then compiles, runs and checks them all the way the tests do, and reports time and memory.
int[] sizes = args.Length > 0 ? [.. args.Select(int.Parse)] : [100, 300, 1000];

Console.WriteLine($"{"examples",8} {"total",9} {"per example",12} {"peak working set",17} {"failures",9}");
foreach (var n in sizes)
{
    var root = SyntheticRepo.Create(n);
    try
    {
        var before = Process.GetCurrentProcess();
        before.Refresh();
        var clock = Stopwatch.StartNew();
        using var suite = new SnippetSuite(root);
        suite.Prefetch(suite.Examples.Select(e => e.Id));
        var verdicts = await Task.WhenAll(suite.Examples.Select(e => suite.CheckAsync(e.Id)));
        clock.Stop();

        var process = Process.GetCurrentProcess();
        process.Refresh();
        var failures = verdicts.Count(v => v.FirstFailure is not null);
        Console.WriteLine($"{n,8} {clock.Elapsed.TotalSeconds,8:0.00}s {clock.Elapsed.TotalMilliseconds / n,10:0.0}ms {process.PeakWorkingSet64 / (1024 * 1024),14} MiB {failures,9}");
        if (verdicts.Select(v => v.FirstFailure).FirstOrDefault(f => f is not null) is { } first)
        {
            Console.WriteLine(first);
        }
    }
    finally
    {
        Directory.Delete(root, recursive: true);
    }
}
