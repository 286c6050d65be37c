namespace SnippetHarness;

/// <summary>
/// Compiles and runs the examples of one snippets folder, each at most once, concurrently.
/// Tests ask for one example's verdict; <see cref="Prefetch"/> starts the ones that are about to be asked for,
/// so the suite's wall time is the compile time plus the slowest example, not the sum of all examples.
/// </summary>
/// <remarks>
/// Each example's regions and version claim are checked on their own. What is expensive, binding and emitting
/// the examples and compiling them against .NET 8, is done once for all prefetched examples together
/// (<see cref="MergedBuild"/>); an example outside that build, or left out of it, gets a compilation of its own.
/// </remarks>
public sealed class SnippetSuite : IDisposable
{
    private readonly ExampleCompiler _compiler = new();
    private readonly RegionCheck _regions = new();
    private readonly VersionCheck _versions = new();
    private readonly Dictionary<string, Task<ExampleVerdict>> _verdicts = [];
    private readonly Dictionary<string, Example> _byId;
    private readonly Lock _gate = new();
    private Task<MergedBuild>? _merged;

    // Compiling is CPU-bound: one at a time per core, each on a thread of its own, so compiling never
    // holds up the thread-pool threads that the examples' continuations run on.
    private readonly SemaphoreSlim _compileSlots = new(Environment.ProcessorCount);

    // Running is mostly waiting, but a few examples do CPU work: bound how many share the machine at once.
    private readonly SemaphoreSlim _runSlots;

    /// <param name="accept">Bless mode (write expected outputs); by default from <c>SNIPPETS_ACCEPT</c>.</param>
    public SnippetSuite(string repoRoot, string? snippetsDir = null, TimeSpan? limit = null, int maxConcurrentRuns = 8, bool? accept = null)
    {
        AcceptOutput = accept ?? ExpectedOutput.AcceptRequested;
        RepoRoot = repoRoot;
        Examples = ExampleCatalog.Discover(snippetsDir ?? Path.Combine(repoRoot, "snippets"), repoRoot);
        _byId = Examples.ToDictionary(e => e.Id);
        Limit = limit ?? TimeSpan.FromSeconds(10);
        _runSlots = new SemaphoreSlim(maxConcurrentRuns);

        // A console program has the thread pool to itself; here several examples share one. Enough threads up
        // front that one example's brief blocking never delays another's continuations while the pool grows.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 8 * maxConcurrentRuns), io);
    }

    public string RepoRoot { get; }

    public IReadOnlyList<Example> Examples { get; }

    public TimeSpan Limit { get; }

    public bool AcceptOutput { get; }

    /// <summary>How long after Main returns a write still counts as late output (and fails the example).</summary>
    public static TimeSpan LateWriteGrace { get; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Every check of one example, computed once however many tests ask.</summary>
    public Task<ExampleVerdict> CheckAsync(string id)
    {
        lock (_gate)
        {
            if (!_verdicts.TryGetValue(id, out var verdict))
            {
                var example = _byId[id];
                verdict = Task.Run(() => CheckCoreAsync(example));
                _verdicts[id] = verdict;
            }

            return verdict;
        }
    }

    /// <summary>
    /// Starts the given examples now; their verdicts are awaited later through <see cref="CheckAsync"/>.
    /// The first call also compiles them together (see <see cref="MergedBuild"/>).
    /// </summary>
    public void Prefetch(IEnumerable<string> ids)
    {
        var examples = ids.Where(_byId.ContainsKey).Distinct().Select(id => _byId[id]).ToList();
        lock (_gate)
        {
            var csharp = examples.Where(e => e.IsCSharp).ToList();
            _merged ??= csharp.Count > 1 ? MergedBuild.CreateAsync(csharp, _compiler, _versions) : null;
        }

        foreach (var example in examples)
        {
            _ = CheckAsync(example.Id);
        }
    }

    public void Dispose()
    {
        _compileSlots.Dispose();
        _runSlots.Dispose();
    }

    private async Task<ExampleVerdict> CheckCoreAsync(Example example)
    {
        var source = await File.ReadAllTextAsync(example.SourcePath).ConfigureAwait(false);
        if (!example.IsCSharp)
        {
            return await CheckPythonAsync(example, source).ConfigureAwait(false);
        }

        var header = ExampleHeader.Parse(source);
        var expected = DiagnosticExpectations.Parse(source);
        var tree = ExampleCompiler.Parse(example, source);

        // Its regions compile as a reader pastes them; meanwhile the merged build (if it takes this example) gets ready.
        var regions = OnCompileThreadAsync(() => _regions.Check(example, source));

        // VSTHRD003 guards against deadlocks with a JoinableTaskFactory main thread; there is none here.
#pragma warning disable VSTHRD003
        var merged = _merged is null || !MergedBuild.Takes(header, expected.Count > 0) ? null : await _merged.ConfigureAwait(false);
#pragma warning restore VSTHRD003

        // In the merged assembly, it compiled cleanly and alone; otherwise it gets a compilation of its own,
        // which reports its errors (with the warnings it declares allowed). One that could end the process needs an
        // image of its own too, to run in a child process.
        var main = merged?.MainOf(example);
        var ending = main is null ? null : await merged!.EndingOfAsync(example).ConfigureAwait(false);
        if (ending is not null)
        {
            main = null;
        }

        var (compiled, versionsVerdict) = await OnCompileThreadAsync(() =>
            (main is null ? _compiler.Compile(example, tree, warningsAsErrors: expected.Count == 0) : null,
             _versions.Check(example, tree, header, merged?.PassedBaseline(example) == true))).ConfigureAwait(false);
        var output = compiled is not null
            ? await SnippetCheck.CompileFailureAsync(compiled, expected).ConfigureAwait(false)
            : DiagnosticExpectations.Compare(await merged!.WarningsOfAsync(example).ConfigureAwait(false), [], example.RelativePath) is { } undeclared
                ? SnippetCheck.Mismatch(example, 0, undeclared)
                : null;
        if (output is null && compiled is not null && !header.RunInProcess)
        {
            ending ??= ProcessEndingScreen.Find(compiled.Compilation, tree);
        }

        if (output is null)
        {
            RunOutcome outcome;
            await _runSlots.WaitAsync().ConfigureAwait(false);
            try
            {
                outcome = ending is not null ? await ProcessRunner.RunAsync(compiled!, Limit).ConfigureAwait(false)
                    : main is not null ? await ExampleRunner.RunAsync(example, main, Limit).ConfigureAwait(false)
                    : await SnippetCheck.RunAsync(compiled!, header, Limit).ConfigureAwait(false);
            }
            finally
            {
                _runSlots.Release();
            }

            await outcome.SettleAsync(LateWriteGrace).ConfigureAwait(false);
            output = ending is not null
                ? SnippetCheck.JudgeIsolated(example, ending, outcome, Limit, AcceptOutput)
                : SnippetCheck.Judge(example, header, outcome, Limit, AcceptOutput);
        }

        return new ExampleVerdict(output, await regions.ConfigureAwait(false), versionsVerdict);
    }

    // A Python program is only run: its regions are checked for well-formed tags, and it claims no .NET version.
    private async Task<ExampleVerdict> CheckPythonAsync(Example example, string source)
    {
        var regions = RegionCheck.CheckTags(example, source);
        if (await PythonRunner.ProblemAsync().ConfigureAwait(false) is { } missing)
        {
            return new ExampleVerdict($"{example.RelativePath}:1: {missing}", regions, null);
        }

        RunOutcome outcome;
        await _runSlots.WaitAsync().ConfigureAwait(false);
        try
        {
            outcome = await PythonRunner.RunAsync(example, Limit).ConfigureAwait(false);
        }
        finally
        {
            _runSlots.Release();
        }

        return new ExampleVerdict(SnippetCheck.JudgePython(example, outcome, Limit, AcceptOutput), regions, null);
    }

    private async Task<T> OnCompileThreadAsync<T>(Func<T> work)
    {
        await _compileSlots.WaitAsync().ConfigureAwait(false);
        try
        {
            return await Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).ConfigureAwait(false);
        }
        finally
        {
            _compileSlots.Release();
        }
    }
}
