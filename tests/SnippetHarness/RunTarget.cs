namespace SnippetHarness;

/// <summary>
/// A way of running the examples besides the test process itself: on another runtime, or under a schedule that breaks
/// timing assumptions. The examples are compiled against <see cref="CompileFor"/>'s reference assemblies and run by
/// the SnippetHost built for <see cref="Host"/>, all of a target's examples in one host process (those that could
/// end their process in one of their own).
/// </summary>
/// <param name="Name">How failures name it: "on .NET 8", "with the thread pool saturated".</param>
/// <param name="Key">Short and stable, for file names and traits: "net8", "saturated".</param>
/// <param name="Runtime">The .NET major version it runs on: which examples claim to run there, which expected output applies.</param>
/// <param name="CompileFor">The .NET version whose reference assemblies the examples are compiled against.</param>
/// <param name="Host">The host build to run them with: "net8.0", "net9.0", "net10.0" or "net11".</param>
/// <param name="Saturate">Every pool thread kept blocked while each example runs (one at a time).</param>
/// <param name="Environment">Variables for the host process, such as <c>DOTNET_PROCESSOR_COUNT=1</c>.</param>
/// <param name="Processes">How many host processes share the examples (for schedules that run them one at a time).</param>
/// <param name="Parallel">How many examples one host runs at once (1: one at a time).</param>
/// <param name="Runs">How many times each example runs.</param>
public sealed record RunTarget(
    string Name,
    string Key,
    int Runtime,
    int CompileFor,
    string Host,
    bool Saturate = false,
    IReadOnlyDictionary<string, string>? Environment = null,
    int Processes = 1,
    int Parallel = 8,
    int Runs = 1)
{
    /// <summary>The runtimes the guide names besides .NET 10 (which the test process itself is).</summary>
    public static readonly IReadOnlyList<RunTarget> Runtimes =
    [
        new("on .NET 8", "net8", 8, 8, "net8.0"),
        new("on .NET 9", "net9", 9, 9, "net9.0"),
        new("on .NET 11", "net11", 11, 10, "net11"),
    ];

    /// <summary>Schedules that break timing assumptions, on .NET 10.</summary>
    public static readonly IReadOnlyList<RunTarget> Schedules =
    [
        new("with the thread pool saturated", "saturated", 10, 10, "net10.0", Saturate: true, Processes: 32, Parallel: 1),
        new("on one processor", "one-cpu", 10, 10, "net10.0", Environment: new Dictionary<string, string> { ["DOTNET_PROCESSOR_COUNT"] = "1" }, Processes: 16, Parallel: 1),
        new("run three more times", "repeated", 10, 10, "net10.0", Processes: 3, Runs: 3),
    ];

    public static IEnumerable<RunTarget> All => Runtimes.Concat(Schedules);

    /// <summary>Whether an example claims to run on this target's runtime (no <c>// requires:</c> newer than it).</summary>
    public bool Takes(Example example, ExampleHeader header) => example.IsCSharp && (header.RequiresDotNet ?? TargetFrameworks.Baseline) <= Runtime;

    public override string ToString() => Name;
}
