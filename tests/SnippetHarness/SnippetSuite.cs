namespace SnippetHarness;

/// <summary>
/// Compiles and runs the examples of one snippets folder, each at most once, concurrently.
/// Tests ask for one example's verdict; <see cref="Prefetch"/> starts the ones that are about to be asked for,
/// so the suite's wall time is the slowest example plus the compile time, not the sum of all examples.
/// </summary>
public sealed class SnippetSuite : IDisposable
{
    private readonly ExampleCompiler _compiler = new();
    private readonly RegionCheck _regions = new();
    private readonly VersionCheck _versions = new();
    private readonly Dictionary<string, Task<ExampleVerdict>> _verdicts = [];
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Example> _byId;

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

    /// <summary>Starts the given examples now; their verdicts are awaited later through <see cref="CheckAsync"/>.</summary>
    public void Prefetch(IEnumerable<string> ids)
    {
        foreach (var id in ids.Where(_byId.ContainsKey))
        {
            _ = CheckAsync(id);
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

        var header = ExampleHeader.Parse(source);
        var expected = DiagnosticExpectations.Parse(source);

        (CompiledExample Compiled, string? Regions, string? Versions) compiled;
        await _compileSlots.WaitAsync().ConfigureAwait(false);
        try
        {
            compiled = await Task.Factory.StartNew(
                () =>
                {
                    var tree = ExampleCompiler.Parse(example, source);
                    return (_compiler.Compile(example, tree, warningsAsErrors: expected.Count == 0), _regions.Check(example, source), _versions.Check(example, tree, header));
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default).ConfigureAwait(false);
        }
        finally
        {
            _compileSlots.Release();
        }

        var output = await SnippetCheck.CompileFailureAsync(compiled.Compiled, expected).ConfigureAwait(false);
        if (output is null)
        {
            RunOutcome outcome;
            await _runSlots.WaitAsync().ConfigureAwait(false);
            try
            {
                outcome = await SnippetCheck.RunAsync(compiled.Compiled, header, Limit).ConfigureAwait(false);
            }
            finally
            {
                _runSlots.Release();
            }

            await outcome.SettleAsync(LateWriteGrace).ConfigureAwait(false);
            output = SnippetCheck.Judge(example, header, outcome, Limit, AcceptOutput);
        }

        return new ExampleVerdict(output, compiled.Regions, compiled.Versions);
    }
}
