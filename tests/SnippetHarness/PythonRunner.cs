using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SnippetHarness;

/// <summary>
/// Runs a Python example with <c>python3</c> (or the interpreter <c>PYTHON</c> names) in a child process: the
/// same transcript, time limit and comparison as a C# example in a child process. The examples use only the
/// standard library and need Python 3.11 or later. Where the system can fork, the process is forked from one
/// interpreter kept ready (<see cref="PythonForkServer"/>); <see cref="RunAloneAsync"/> starts one as a reader does.
/// </summary>
public static partial class PythonRunner
{
    public const int MinimumMinor = 11;

    private static readonly Lock Gate = new();
    private static Task<(string Executable, string? Problem)>? _probe;
    private static PythonForkServer? _server;

    /// <summary>
    /// How every example is run: isolated (-I: no user site, no PYTHON* variables, no script folder on sys.path), no
    /// .pyc files beside the examples (-B), UTF-8 output whatever the locale. The fork server starts with the same,
    /// so that its runs inherit them.
    /// </summary>
    internal static readonly string[] Flags = ["-I", "-B", "-X", "utf8"];

    private static string Interpreter => Environment.GetEnvironmentVariable("PYTHON") is { Length: > 0 } python ? python : "python3";

    /// <returns>Why the examples cannot run here (no interpreter, or one too old), or null. Probed once.</returns>
    public static async Task<string?> ProblemAsync() => (await ProbeAsync().ConfigureAwait(false)).Problem;

    public static async Task<RunOutcome> RunAsync(Example example, TimeSpan limit)
    {
        if (OperatingSystem.IsWindows())
        {
            return await RunAloneAsync(example, limit).ConfigureAwait(false);
        }

        var executable = (await ProbeAsync().ConfigureAwait(false)).Executable;
        PythonForkServer server;
        lock (Gate)
        {
            server = _server ??= new PythonForkServer(executable);
        }

        try
        {
            return await server.RunAsync(example, limit).ConfigureAwait(false);
        }
        catch (InvalidOperationException e)
        {
            // Not the example's doing, and not an outcome: thrown, so that bless mode cannot write it as the expected output.
            throw new InvalidOperationException($"{example.RelativePath}:1: could not be run: {e.Message}", e);
        }
    }

    /// <summary>Runs the example in an interpreter of its own, as <c>python3 example.py</c> does.</summary>
    public static async Task<RunOutcome> RunAloneAsync(Example example, TimeSpan limit)
    {
        var start = new ProcessStartInfo((await ProbeAsync().ConfigureAwait(false)).Executable, [.. Flags, example.SourcePath])
        {
            WorkingDirectory = Path.GetDirectoryName(example.SourcePath)!,
        };
        return await ChildProcess.RunAsync(start, limit).ConfigureAwait(false);
    }

    /// <summary>The example's file and the line of the deepest traceback frame inside it, or line 1.</summary>
    public static string Locate(Example example, string standardError)
    {
        var name = Path.GetFileName(example.SourcePath);
        var line = TracebackFrame().Matches(standardError)
            .Where(m => Path.GetFileName(m.Groups["file"].Value) == name)
            .Select(m => m.Groups["line"].Value)
            .LastOrDefault() ?? "1";
        return $"{example.RelativePath}:{line}";
    }

    private static Task<(string Executable, string? Problem)> ProbeAsync()
    {
        lock (Gate)
        {
            return _probe ??= FindInterpreterAsync();
        }
    }

    // The interpreter's own path, not the name: where python3 is a version manager's shim (pyenv, asdf), each run
    // through it starts a shell and the manager first, which doubled the Python examples' cost.
    private static async Task<(string Executable, string? Problem)> FindInterpreterAsync()
    {
        const string install = "install Python 3.11 or later (Debian and Ubuntu: apt-get install python3), or set PYTHON to its path";
        try
        {
            var outcome = await ChildProcess.RunAsync(
                new ProcessStartInfo(Interpreter, ["-c", "import sys; print(sys.version_info[0], sys.version_info[1]); print(sys.executable)"]),
                TimeSpan.FromSeconds(30)).ConfigureAwait(false);
            var lines = outcome.StandardOutput.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.TrimEntries);
            var parts = lines[0].Split(' ', StringSplitOptions.TrimEntries);
            if (outcome.ExitCode != 0 || parts.Length != 2)
            {
                return (Interpreter, $"'{Interpreter}' did not report its version: {install}.");
            }

            var (major, minor) = (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
            var executable = lines is [_, { Length: > 0 } path, ..] && File.Exists(path) ? path : Interpreter;
            return major == 3 && minor >= MinimumMinor
                ? (executable, null)
                : (executable, $"'{Interpreter}' is Python {major}.{minor}: the Python examples need 3.{MinimumMinor} or later; {install}.");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (Interpreter, $"'{Interpreter}' was not found: the Python examples need it; {install}.");
        }
    }

    // '  File "/path/to/example.py", line 12, in main'
    [GeneratedRegex(@"File ""(?<file>[^""]+)"", line (?<line>\d+)")]
    private static partial Regex TracebackFrame();
}
