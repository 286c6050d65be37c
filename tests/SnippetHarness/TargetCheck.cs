namespace SnippetHarness;

/// <summary>
/// Checks examples on one <see cref="RunTarget"/>: each must print the output it prints in the test process (or its
/// runtime's own expected output, where it declares one), judged by the same rules, with every failure naming the
/// target after its file and line.
/// </summary>
public static class TargetCheck
{
    /// <returns>Each example's failure on the target, or null where it passed.</returns>
    public static async Task<IReadOnlyDictionary<string, string?>> RunAsync(
        RunTarget target, IReadOnlyList<(Example Example, ExampleHeader Header)> examples, TargetBuild build, string hostPath, TimeSpan limit, bool accept, string workDir)
    {
        var verdicts = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (!File.Exists(hostPath))
        {
            foreach (var (example, _) in examples)
            {
                verdicts[example.Id] = $"{example.RelativePath}:1: {target.Name}: no host at {hostPath}: build the solution (dotnet test builds it)";
            }

            return verdicts;
        }

        var batch = new List<HostJob>();
        var alone = new List<(Example Example, ExampleHeader Header, HostJob Job)>();
        foreach (var (example, header) in examples)
        {
            if (build.Where(example) is not { } where)
            {
                verdicts[example.Id] = SnippetCheck.Within(build.CompileFailure(example), target.Name);
                continue;
            }

            if (header.RunInProcess || build.Ending(example) is not null)
            {
                alone.Add((example, header, new HostJob(example.Id, where.Assembly, where.Type, LimitFor(header, limit))));
            }
            else
            {
                batch.AddRange(Enumerable.Range(1, target.Runs).Select(run => new HostJob(RunId(example, run, target), where.Assembly, where.Type, LimitFor(header, limit))));
            }
        }

        var batched = HostRunner.RunBatchAsync(hostPath, target, batch, workDir);
        var separate = alone.Select(async a => (a.Example, a.Header, a.Job.Limit, Outcome: await HostRunner.RunOneAsync(hostPath, target, a.Job).ConfigureAwait(false))).ToList();
        var outcomes = await batched.ConfigureAwait(false);

        foreach (var (example, header) in examples.Where(e => !verdicts.ContainsKey(e.Example.Id) && alone.All(a => a.Example != e.Example)))
        {
            // The first run that fails is the one reported; a run that is missing ended its host.
            verdicts[example.Id] = Enumerable.Range(1, target.Runs)
                .Select(run => Judge(example, header, outcomes[RunId(example, run, target)], target, LimitFor(header, limit), accept, run))
                .FirstOrDefault(f => f is not null);
        }

        foreach (var task in separate)
        {
            var (example, header, own, outcome) = await task.ConfigureAwait(false);
            var expected = ExpectedFor(example, target);
            verdicts[example.Id] = SnippetCheck.Within(
                header.RunInProcess
                    ? SnippetCheck.Judge(example, header, outcome, own, accept && expected != example.ExpectedOutputPath, expected)
                    : SnippetCheck.JudgeIsolated(example, build.Ending(example)!, outcome, own, accept && expected != example.ExpectedOutputPath, expected),
                target.Name);
        }

        return verdicts;
    }

    // A web example in a host starts ASP.NET Core and Kestrel from cold, without the test process's warm JIT, beside
    // the target's other examples: on a busy 2-core machine that alone can take seconds.
    private static TimeSpan LimitFor(ExampleHeader header, TimeSpan limit) => header.IsWeb ? limit * 3 : limit;

    private static string? Judge(Example example, ExampleHeader header, RunOutcome outcome, RunTarget target, TimeSpan limit, bool accept, int run)
    {
        var expected = ExpectedFor(example, target);
        var failure = SnippetCheck.Judge(example, header, outcome, limit, accept && expected != example.ExpectedOutputPath, expected);
        return SnippetCheck.Within(failure, target.Runs > 1 ? $"{target.Name} (run {run} of {target.Runs})" : target.Name);
    }

    // A runtime's own expected output where the example declares one; a schedule must not change the output at all.
    private static string ExpectedFor(Example example, RunTarget target) =>
        target.Runtime == TargetFrameworks.Current ? example.ExpectedOutputPath : ExpectedOutput.ForRuntime(example, target.Key);

    private static string RunId(Example example, int run, RunTarget target) => target.Runs == 1 ? example.Id : $"{example.Id}#{run}";
}
