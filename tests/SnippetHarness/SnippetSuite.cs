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
    private readonly Lazy<ExampleCompiler> _webCompiler = new(() => new ExampleCompiler(web: true));
    private readonly RegionCheck _regions = new();
    private readonly VersionCheck _versions = new();
    private readonly Dictionary<string, Task<ExampleVerdict>> _verdicts = [];
    private readonly Dictionary<string, Example> _byId;
    private readonly Lock _gate = new();
    private Task<MergedBuild>? _merged;

    // Runs on other runtimes and schedules (RunTarget), each started once for the examples asked for, and the
    // compilations they share, one per .NET version compiled against.
    private readonly Dictionary<string, (HashSet<string> Ids, Task<IReadOnlyDictionary<string, string?>> Verdicts)> _onTargets = new(StringComparer.Ordinal);
    private readonly Dictionary<int, (HashSet<string> Ids, Task<TargetBuild> Build)> _targetBuilds = [];
    private readonly Lazy<string> _targetFolder = new(() => Directory.CreateTempSubdirectory("snippet-targets-").FullName);

    // Compiling is CPU-bound: one at a time per core, each on a thread of its own, so compiling never
    // holds up the thread-pool threads that the examples' continuations run on.
    private readonly SemaphoreSlim _compileSlots = new(Environment.ProcessorCount);

    // Running is mostly waiting, but a few examples do CPU work: bound how many share the machine at once.
    private readonly SemaphoreSlim _runSlots;

    /// <param name="accept">Bless mode (write expected outputs); by default from <c>SNIPPETS_ACCEPT</c>.</param>
    /// <param name="hostConfiguration">The build configuration of the SnippetHost processes that run the examples on other runtimes and schedules.</param>
    /// <param name="hostsRoot">The repository whose tests/ built those hosts, when it is not the one under test (a fixture's).</param>
    public SnippetSuite(string repoRoot, string? snippetsDir = null, TimeSpan? limit = null, int maxConcurrentRuns = 8, bool? accept = null,
        string hostConfiguration = "Debug", string? hostsRoot = null)
    {
        HostConfiguration = hostConfiguration;
        HostsRoot = hostsRoot ?? repoRoot;
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

    public string HostConfiguration { get; }

    public string HostsRoot { get; }

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

    /// <summary>Starts checking the given examples on a target (another runtime, a hostile schedule), all in one run.</summary>
    public void PrefetchOn(RunTarget target, IEnumerable<string> ids)
    {
        var examples = ids.Where(_byId.ContainsKey).Distinct().Select(id => _byId[id]).ToList();
        lock (_gate)
        {
            if (examples.Count > 0 && !_onTargets.ContainsKey(target.Key))
            {
                _onTargets[target.Key] = ([.. examples.Select(e => e.Id)], Task.Run(() => CheckOnCoreAsync(target, examples)));
            }
        }
    }

    /// <summary>One example's failure on a target, or null; from the target's run if it holds the example, else from a run of its own.</summary>
    public async Task<string?> CheckOnAsync(RunTarget target, string id)
    {
        Task<IReadOnlyDictionary<string, string?>> verdicts;
        lock (_gate)
        {
            var key = _onTargets.TryGetValue(target.Key, out var run) && run.Ids.Contains(id) ? target.Key : $"{target.Key} {id}";
            if (!_onTargets.TryGetValue(key, out run))
            {
                run = ([id], Task.Run(() => CheckOnCoreAsync(target, [_byId[id]])));
                _onTargets[key] = run;
            }

            verdicts = run.Verdicts;
        }

        return (await verdicts.ConfigureAwait(false))[id];
    }

    private async Task<IReadOnlyDictionary<string, string?>> CheckOnCoreAsync(RunTarget target, IReadOnlyList<Example> examples)
    {
        var parsed = new List<(Example Example, ExampleHeader Header, Microsoft.CodeAnalysis.SyntaxTree Tree)>();
        foreach (var example in examples)
        {
            var source = await File.ReadAllTextAsync(example.SourcePath).ConfigureAwait(false);
            parsed.Add((example, ExampleHeader.Parse(source), ExampleCompiler.Parse(example, source)));
        }

        var taken = parsed.Where(p => target.Takes(p.Example, p.Header)).ToList();
        var build = await BuildForAsync(target.CompileFor, taken).ConfigureAwait(false);
        var verdicts = await TargetCheck.RunAsync(
            target, [.. taken.Select(p => (p.Example, p.Header))], build, HostRunner.HostPath(HostsRoot, HostConfiguration, target.Host), Limit, AcceptOutput,
            Path.Combine(_targetFolder.Value, target.Key + "-" + Guid.NewGuid().ToString("N")[..8])).ConfigureAwait(false);

        // An example that does not claim to run on the target's runtime is not run there, and says so.
        return examples.ToDictionary(e => e.Id, e => verdicts.TryGetValue(e.Id, out var v) ? v : null, StringComparer.Ordinal);
    }

    // One compilation per .NET version for every target that compiles against it, when it holds the examples asked for.
    private Task<TargetBuild> BuildForAsync(int dotnet, IReadOnlyList<(Example Example, ExampleHeader Header, Microsoft.CodeAnalysis.SyntaxTree Tree)> examples)
    {
        lock (_gate)
        {
            if (_targetBuilds.TryGetValue(dotnet, out var shared) && examples.All(e => shared.Ids.Contains(e.Example.Id)))
            {
                return shared.Build;
            }

            var folder = Path.Combine(_targetFolder.Value, $"net{dotnet}-{Guid.NewGuid().ToString("N")[..8]}");
            var build = OnCompileThreadAsync(() => TargetBuild.Create(dotnet, examples, folder));
            _targetBuilds.TryAdd(dotnet, ([.. examples.Select(e => e.Example.Id)], build));
            return build;
        }
    }

    public void Dispose()
    {
        _compileSlots.Dispose();
        _runSlots.Dispose();
        if (_targetFolder.IsValueCreated)
        {
            try
            {
                Directory.Delete(_targetFolder.Value, recursive: true);
            }
            catch (IOException)
            {
                // a host still holding a file; the folder is under the temporary folder
            }
        }
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
        var regions = OnCompileThreadAsync(() => _regions.Check(example, source, header.IsWeb));

        var merged = _merged is null || !MergedBuild.Takes(header, expected.Count > 0) ? null : await _merged.ConfigureAwait(false);

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
            (main is null ? (header.IsWeb ? _webCompiler.Value : _compiler).Compile(example, tree, warningsAsErrors: expected.Count == 0) : null,
             _versions.Check(example, tree, header, merged?.PassedBaseline(example) == true))).ConfigureAwait(false);
        // In the merged build the analyzers are still running over every example: this one runs meanwhile, and a
        // warning it does not declare is its verdict (before what its run printed).
        var undeclared = compiled is null ? UndeclaredWarningAsync(merged!, example) : Task.FromResult<string?>(null);
        var output = compiled is not null ? await SnippetCheck.CompileFailureAsync(compiled, expected).ConfigureAwait(false) : null;
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

        return new ExampleVerdict(await undeclared.ConfigureAwait(false) ?? output, await regions.ConfigureAwait(false), versionsVerdict);
    }

    private static async Task<string?> UndeclaredWarningAsync(MergedBuild merged, Example example) =>
        DiagnosticExpectations.Compare(await merged.WarningsOfAsync(example).ConfigureAwait(false), [], example.RelativePath) is { } undeclared
            ? SnippetCheck.Mismatch(example, 0, undeclared)
            : null;

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
