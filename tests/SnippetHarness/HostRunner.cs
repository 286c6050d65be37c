using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace SnippetHarness;

/// <summary>One example for a host to run: its id, the assembly it is in, the class that holds its Main, and how long it may take.</summary>
public sealed record HostJob(string Id, string AssemblyPath, string TypeName, TimeSpan Limit);

/// <summary>An exception an example threw in a host process, as the host reported it (its type, message and stack).</summary>
public sealed class HostedException(string text) : Exception(text.Split('\n')[0].Trim())
{
    public override string ToString() => text;
}

/// <summary>
/// Runs examples in SnippetHost processes (tests/SnippetHost): a batch of examples with their output captured, or
/// one example as a console program. A host that ends early (an example ended its process) is started again for the
/// examples it had not finished; the one that ended it, when the host could tell, is reported as such.
/// </summary>
public static class HostRunner
{
    // Examples that run alone, at once, over every target: a host each, started all together (a dozen per target),
    // would oversubscribe a small machine until heavy examples miss their limit; a limit runs from the host's start,
    // not from its wait for a slot. Batches are few (a target's processes) and stay unlimited.
    private static readonly SemaphoreSlim Alone = new(2 * Environment.ProcessorCount);

    /// <summary>The host built for a target: <c>tests/SnippetHost/bin/&lt;configuration&gt;/&lt;tfm&gt;/&lt;rid&gt;/SnippetHost</c>.</summary>
    public static string HostPath(string repoRoot, string configuration, string host)
    {
        var (project, tfm) = host == "net11" ? ("SnippetHost.Net11", "net10.0") : ("SnippetHost", host);
        var exe = project + (OperatingSystem.IsWindows() ? ".exe" : "");
        return Path.Combine(repoRoot, "tests", project, "bin", configuration, tfm, RuntimeInformation.RuntimeIdentifier, exe);
    }

    /// <summary>Runs one example as a console program: what it prints, how it exits.</summary>
    public static Task<RunOutcome> RunOneAsync(string hostPath, RunTarget target, HostJob job) =>
        InSlotAsync(() => ChildProcess.RunAsync(Start(hostPath, target, ["run", job.AssemblyPath, job.TypeName]), job.Limit));

    private static async Task<RunOutcome> InSlotAsync(Func<Task<RunOutcome>> run)
    {
        await Alone.WaitAsync().ConfigureAwait(false);
        try
        {
            return await run().ConfigureAwait(false);
        }
        finally
        {
            Alone.Release();
        }
    }

    /// <summary>Runs a batch, spread over the target's processes; every job gets an outcome.</summary>
    public static async Task<IReadOnlyDictionary<string, RunOutcome>> RunBatchAsync(
        string hostPath, RunTarget target, IReadOnlyList<HostJob> jobs, string workDir)
    {
        var shares = Enumerable.Range(0, Math.Max(1, Math.Min(target.Processes, jobs.Count)))
            .Select(p => jobs.Where((_, i) => i % target.Processes == p).ToList())
            .ToList();
        var results = await Task.WhenAll(shares.Select((share, p) => RunShareAsync(hostPath, target, share, Path.Combine(workDir, $"{target.Key}-{p}")))).ConfigureAwait(false);
        return results.SelectMany(r => r).ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal);
    }

    private static async Task<Dictionary<string, RunOutcome>> RunShareAsync(string hostPath, RunTarget target, List<HostJob> jobs, string workDir)
    {
        Directory.CreateDirectory(workDir);
        var outcomes = new Dictionary<string, RunOutcome>(StringComparer.Ordinal);
        var pending = jobs;
        for (var attempt = 0; pending.Count > 0; attempt++)
        {
            var (host, crashed) = await RunHostAsync(hostPath, target, pending, Path.Combine(workDir, attempt.ToString(System.Globalization.CultureInfo.InvariantCulture)), outcomes).ConfigureAwait(false);
            var unfinished = pending.Where(j => !outcomes.ContainsKey(j.Id)).ToList();
            if (unfinished.Count == 0)
            {
                break;
            }

            if (unfinished.FirstOrDefault(j => j.Id == crashed) is { } blamed)
            {
                // The host named the example that ended it: report that one, and go on with the rest.
                outcomes[blamed.Id] = EndedHost(host);
                pending = [.. unfinished.Where(j => j != blamed)];
            }
            else if (unfinished.Count == 1)
            {
                outcomes[unfinished[0].Id] = EndedHost(host);
                break;
            }
            else
            {
                // It could not tell which one did (Environment.Exit, say): each unfinished example gets a host of its own.
                var alone = await Task.WhenAll(unfinished.Select((j, i) => RunShareAsync(hostPath, target, [j], Path.Combine(workDir, $"alone-{i}")))).ConfigureAwait(false);
                foreach (var (id, outcome) in alone.SelectMany(a => a))
                {
                    outcomes[id] = outcome;
                }

                break;
            }
        }

        return outcomes;
    }

    // One host process over the jobs; adds each finished example's outcome, returns how the host ended and whom it blamed.
    private static async Task<(RunOutcome Host, string? Crashed)> RunHostAsync(
        string hostPath, RunTarget target, List<HostJob> jobs, string workDir, Dictionary<string, RunOutcome> outcomes)
    {
        Directory.CreateDirectory(workDir);
        var jobsFile = Path.Combine(workDir, "jobs.json");
        var resultsFile = Path.Combine(workDir, "results.jsonl");
        var longest = jobs.Max(j => j.Limit);
        await File.WriteAllTextAsync(jobsFile, JsonSerializer.Serialize(new
        {
            limitMs = (int)longest.TotalMilliseconds,
            parallel = target.Parallel,
            saturate = target.Saturate,
            examples = jobs.Select(j => new { id = j.Id, assembly = j.AssemblyPath, type = j.TypeName, limitMs = (int)j.Limit.TotalMilliseconds }),
        })).ConfigureAwait(false);

        // One example at a time takes up to its limit each; a batch in parallel, up to a few limits.
        var budget = (target.Parallel == 1 ? longest * (jobs.Count + 1) : longest * 3) + TimeSpan.FromSeconds(30);
        var host = await ChildProcess.RunAsync(Start(hostPath, target, ["batch", jobsFile, resultsFile]), budget).ConfigureAwait(false);
        string? crashed = null;
        foreach (var line in File.Exists(resultsFile) ? await File.ReadAllLinesAsync(resultsFile).ConfigureAwait(false) : [])
        {
            var result = JsonDocument.Parse(line).RootElement;
            if (result.TryGetProperty("crashed", out var who))
            {
                crashed = who.GetString();
            }
            else
            {
                outcomes[result.GetProperty("id").GetString()!] = Outcome(result);
            }
        }

        return (host, crashed);
    }

    // An example that ended the host: what the host printed and how it exited, as a child-process run reports it.
    private static RunOutcome EndedHost(RunOutcome host) =>
        new(host.StandardOutput, host.StandardError.Length > 0 ? host.StandardError : "the host process ended while this example ran", host.ExitCode ?? -1, null, host.TimedOut);

    private static RunOutcome Outcome(JsonElement result)
    {
        string? Text(string name) => result.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        return new RunOutcome(
            Text("out") ?? "",
            Text("err") ?? "",
            result.TryGetProperty("exitCode", out var code) && code.ValueKind == JsonValueKind.Number ? code.GetInt32() : null,
            Text("exception") is { } exception ? new HostedException(exception) : null,
            result.TryGetProperty("timedOut", out var timedOut) && timedOut.GetBoolean())
        {
            ReportedLateWrite = Text("lateWrite"),
        };
    }

    private static ProcessStartInfo Start(string hostPath, RunTarget target, string[] args)
    {
        var start = new ProcessStartInfo(hostPath, args);
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        foreach (var (name, value) in target.Environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return start;
    }
}
