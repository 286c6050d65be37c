using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace SnippetHarness;

/// <summary>
/// The examples about to be checked, compiled together once: into one .NET 10 assembly that every included
/// example runs from, and against .NET 8 to screen which ones need a closer version check. An included example
/// compiled without errors or warnings, and the <see cref="CrossReferenceScreen"/> cleared it of using another
/// file, so it needs no compilation of its own. Examples that run in a child process, declare diagnostics or use
/// ASP.NET Core (other references) need one anyway and are left out.
/// </summary>
public sealed class MergedBuild
{
    private readonly Assembly? _assembly;
    private readonly HashSet<string> _included;
    private readonly HashSet<string> _passedBaseline;
    private readonly Task<ILookup<string, Diagnostic>> _warnings;
    private readonly Task<Dictionary<string, ProcessEnding>> _endings;

    private MergedBuild(Assembly? assembly, HashSet<string> included, HashSet<string> passedBaseline,
        Task<ILookup<string, Diagnostic>> warnings, Task<Dictionary<string, ProcessEnding>> endings)
    {
        _assembly = assembly;
        _included = included;
        _passedBaseline = passedBaseline;
        _warnings = warnings;
        _endings = endings;
    }

    /// <summary>
    /// Starts both merged compilations at once, each on a thread of its own: they are the critical path of a
    /// run (every included example waits for the assembly), so they do not queue behind per-example work.
    /// </summary>
    public static async Task<MergedBuild> CreateAsync(IReadOnlyList<Example> examples, ExampleCompiler compiler, VersionCheck versions)
    {
        var parsed = examples
            .Select(e => (Example: e, Source: File.ReadAllText(e.SourcePath)))
            .Select(x => (x.Example, Header: ExampleHeader.Parse(x.Source), Declares: DiagnosticExpectations.Parse(x.Source).Count > 0, Tree: ExampleCompiler.Parse(x.Example, x.Source)))
            .Where(x => Takes(x.Header, x.Declares))
            .ToList();

        var unclaimed = parsed.Where(p => p.Header.RequiresDotNet is null).Select(p => p.Tree).ToList();
        var screen = OnOwnThreadAsync(() => versions.ScreenBaseline(unclaimed));
        List<SyntaxTree> trees = [.. parsed.Select(p => p.Tree)];
        var suspects = CrossReferenceScreen.Suspects(trees);
        var (image, included, compilation) = await OnOwnThreadAsync(() => compiler.CompileMerged(trees)).ConfigureAwait(false);

        // The analyzers run over all the included examples at once, while the examples already run; the screen for
        // code that could end the process has to finish before any included example starts.
        var warnings = compilation is null
            ? Task.FromResult(Enumerable.Empty<Diagnostic>().ToLookup(d => ""))
            : OnOwnThreadAsync(async () => (await AnalyzerRules.ReportedAsync(compilation, new HashSet<string>()).ConfigureAwait(false))
                .ToLookup(d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal)).Unwrap();
        var endings = compilation is null
            ? Task.FromResult(new Dictionary<string, ProcessEnding>())
            : OnOwnThreadAsync(() => parsed
                .Select(p => (p.Example.Id, Ending: included.Contains(p.Tree) ? ProcessEndingScreen.Find(compilation, p.Tree) : null))
                .Where(p => p.Ending is not null)
                .ToDictionary(p => p.Id, p => p.Ending!, StringComparer.Ordinal));

        // One collectible context for the merged assembly, alive as long as the suite.
        var assembly = image is null ? null : new AssemblyLoadContext("merged examples", isCollectible: true).LoadFromStream(new MemoryStream(image));
        var failing = await screen.ConfigureAwait(false);
        return new MergedBuild(
            assembly,
            [.. parsed.Where(p => included.Contains(p.Tree) && !suspects.Contains(p.Tree)).Select(p => p.Example.Id)],
            [.. parsed.Where(p => p.Header.RequiresDotNet is null && !failing.Contains(p.Tree)).Select(p => p.Example.Id)],
            warnings,
            endings);
    }

    /// <summary>Whether an example can be part of the merged build: not when it needs a compilation of its own.</summary>
    public static bool Takes(ExampleHeader header, bool declaresDiagnostics) => !header.RunInProcess && !declaresDiagnostics && !header.IsWeb;

    private static Task<T> OnOwnThreadAsync<T>(Func<T> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>The example's Main in the merged assembly, when it is there and proven to stand alone.</summary>
    public MethodInfo? MainOf(Example example) =>
        _assembly is not null && _included.Contains(example.Id)
            ? _assembly.GetType(example.TypeName)?.GetMethod("Main", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
            : null;

    /// <summary>The analyzer warnings reported in an included example's file (it declares none, so each one fails it).</summary>
    public async Task<IReadOnlyList<Diagnostic>> WarningsOfAsync(Example example)
    {
        return [.. (await _warnings.ConfigureAwait(false))[example.RelativePath]];
    }

    /// <summary>What in an included example could end the process it runs in, if anything.</summary>
    public async Task<ProcessEnding?> EndingOfAsync(Example example)
    {
        return (await _endings.ConfigureAwait(false)).GetValueOrDefault(example.Id);
    }

    /// <summary>Whether the .NET 8 screen found the example (which claims no newer version) compiling.</summary>
    public bool PassedBaseline(Example example) => _passedBaseline.Contains(example.Id);
}
