using System.Diagnostics;
using SnippetHarness;

// Generates N synthetic examples (shaped like the guide's: a few awaits, a WhenAll, some output) in a temporary
// repository, then compiles, runs and checks them all the way the tests do, and reports time and memory.
// With `--repo <path>` it checks that repository's examples instead and also lists the last ones to finish.
Console.WriteLine($"{"examples",8} {"total",9} {"per example",12} {"peak working set",17} {"failures",9}");
if (args is ["--repo", var repo])
{
    await MeasureAsync(Path.GetFullPath(repo), slowest: 10);
    return;
}

int[] sizes = args.Length > 0 ? [.. args.Select(int.Parse)] : [100, 300, 1000];
foreach (var n in sizes)
{
    var root = SyntheticRepo.Create(n);
    try
    {
        await MeasureAsync(root, slowest: 0);
    }
    finally
    {
        Directory.Delete(root, recursive: true);
    }
}

static async Task MeasureAsync(string root, int slowest)
{
    var clock = Stopwatch.StartNew();
    using var suite = new SnippetSuite(root);
    suite.Prefetch(suite.Examples.Select(e => e.Id));
    var timed = await Task.WhenAll(suite.Examples.Select(async e =>
    {
        var verdict = await suite.CheckAsync(e.Id);
        return (e.Id, Verdict: verdict, Finished: clock.Elapsed);
    }));
    clock.Stop();

    var process = Process.GetCurrentProcess();
    process.Refresh();
    var n = timed.Length;
    var failures = timed.Count(t => t.Verdict.FirstFailure is not null);
    Console.WriteLine($"{n,8} {clock.Elapsed.TotalSeconds,8:0.00}s {clock.Elapsed.TotalMilliseconds / n,10:0.0}ms {process.PeakWorkingSet64 / (1024 * 1024),14} MiB {failures,9}");
    if (timed.Select(t => t.Verdict.FirstFailure).FirstOrDefault(f => f is not null) is { } first)
    {
        Console.WriteLine(first);
    }

    // Examples are checked concurrently, so this is when each verdict arrived, not how long it took alone.
    foreach (var (id, _, finished) in timed.OrderByDescending(t => t.Finished).Take(slowest))
    {
        Console.WriteLine($"  finished at {finished.TotalSeconds,5:0.00}s  {id}");
    }
}
