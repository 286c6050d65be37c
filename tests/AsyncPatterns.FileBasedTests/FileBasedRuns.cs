using System.Diagnostics;
using SnippetHarness;

namespace AsyncPatterns.FileBasedTests;

/// <summary>
/// Every C# example, copied alone to a folder outside the repository (so no Directory.Build.props applies), run with
/// <c>dotnet run Example.cs</c> as a reader would, and judged as the test process judges it; every Python example run
/// by an interpreter of its own (the test process forks its runs from one kept ready). The runs start together,
/// a few at a time (each is mostly a build); each test awaits its own.
/// </summary>
public static class FileBasedRuns
{
    public static readonly string Root = RepositoryRoot.Above(AppContext.BaseDirectory);

    public static readonly IReadOnlyList<Example> Examples =
        ExampleCatalog.Discover(Path.Combine(Root, "snippets"), Root);

    // A stable folder per example, so that a rerun with the file unchanged reuses dotnet run's build.
    private static readonly string Scratch = Path.Combine(Path.GetTempPath(), "async-patterns-file-based");

    private static readonly SemaphoreSlim Slots = new(Math.Max(2, Environment.ProcessorCount));

    // A first build restores and compiles, which can take most of a minute on a busy machine.
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    // A Python run has nothing to build: the test process's limit.
    private static readonly TimeSpan PythonLimit = TimeSpan.FromSeconds(10);

    private static readonly Dictionary<string, Task<string?>> Runs = new(StringComparer.Ordinal);

    /// <summary>Starts the runs of the given examples (the ones selected to run), each once.</summary>
    public static void Prefetch(IEnumerable<string> ids)
    {
        foreach (var id in ids)
        {
            _ = VerdictAsync(id);
        }
    }

    public static Task<string?> VerdictAsync(string id)
    {
        lock (Runs)
        {
            if (!Runs.TryGetValue(id, out var run))
            {
                var example = Examples.Single(e => e.Id == id);
                run = Task.Run(() => CheckAsync(example));
                Runs[id] = run;
            }

            return run;
        }
    }

    private static Task<RunOutcome> DotNetAsync(string folder, string[] args)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet, args) { WorkingDirectory = folder };
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_DbgEnableMiniDump"] = "0";
        return ChildProcess.RunAsync(start, Limit);
    }

    private static async Task<string?> CheckAsync(Example example)
    {
        await Slots.WaitAsync().ConfigureAwait(false);
        try
        {
            return example.IsCSharp ? await RunAsFileBasedAppAsync(example).ConfigureAwait(false) : await RunAloneAsync(example).ConfigureAwait(false);
        }
        finally
        {
            Slots.Release();
        }
    }

    private static async Task<string?> RunAloneAsync(Example example)
    {
        if (await PythonRunner.ProblemAsync().ConfigureAwait(false) is { } missing)
        {
            return $"{example.RelativePath}:1: {missing}";
        }

        var outcome = await PythonRunner.RunAloneAsync(example, PythonLimit).ConfigureAwait(false);
        return SnippetCheck.Within(SnippetCheck.JudgePython(example, outcome, PythonLimit, accept: false), "in an interpreter of its own");
    }

    private static async Task<string?> RunAsFileBasedAppAsync(Example example)
    {
        var folder = Path.Combine(Scratch, example.Id.Replace('/', '_'));
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, Path.GetFileName(example.SourcePath));
        var source = await File.ReadAllTextAsync(example.SourcePath).ConfigureAwait(false);
        if (!File.Exists(file) || await File.ReadAllTextAsync(file).ConfigureAwait(false) != source)
        {
            await File.WriteAllTextAsync(file, source).ConfigureAwait(false);
        }

        // Built first, so that what the compiler says (the warnings some examples exist to show) is not taken
        // for what the program printed; then run as `dotnet run` runs it.
        var build = await DotNetAsync(folder, ["build", Path.GetFileName(file)]).ConfigureAwait(false);
        if (build.ExitCode != 0)
        {
            return $"{example.RelativePath}:1: as a file-based app: `dotnet build {Path.GetFileName(file)}` failed:\n{build.StandardOutput}{build.StandardError}";
        }

        var outcome = await DotNetAsync(folder, ["run", "--no-build", Path.GetFileName(file)]).ConfigureAwait(false);
        var failure = SnippetCheck.Judge(example, ExampleHeader.Parse(source), outcome, Limit, accept: false);
        return SnippetCheck.Within(failure, "as a file-based app");
    }
}
