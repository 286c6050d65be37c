using System.Diagnostics;
using System.Text.Json;

namespace SnippetHarness;

/// <summary>
/// Runs a compiled example in a child process of its own: for examples that crash their process on purpose
/// (an exception escaping an async void method) or that need the thread pool to themselves.
/// </summary>
public static class ProcessRunner
{
    public static async Task<RunOutcome> RunAsync(CompiledExample compiled, TimeSpan limit)
    {
        var dir = Directory.CreateTempSubdirectory("snippet-").FullName;
        try
        {
            var dll = Path.Combine(dir, "Snippet.dll");
            await File.WriteAllBytesAsync(dll, compiled.Image!).ConfigureAwait(false);
            await File.WriteAllTextAsync(Path.Combine(dir, "Snippet.runtimeconfig.json"), RuntimeConfig).ConfigureAwait(false);

            var start = new ProcessStartInfo(DotNetHost, ["exec", dll])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = dir,
            };
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_DbgEnableMiniDump"] = "0";

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(limit);
            try
            {
                await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
                return new RunOutcome(await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false), null, null, TimedOut: true);
            }

            return new RunOutcome(await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false), process.ExitCode, null, TimedOut: false);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>
    /// What the page shows for a child-process run: its standard output, then the first line of its standard
    /// error (the rest is a stack trace with paths) and its exit code when they say something went wrong.
    /// </summary>
    public static string Transcript(RunOutcome outcome)
    {
        var text = TextNormalizer.Normalize(outcome.StandardOutput);
        if (outcome.StandardError.Length > 0)
        {
            text += "[stderr] " + outcome.StandardError.ReplaceLineEndings("\n").Split('\n')[0].TrimEnd() + "\n";
        }

        if (outcome.ExitCode is { } code and not 0)
        {
            text += $"[exit code] {(IsUnhandledExceptionCrash(code) ? UnhandledExceptionExit : code)}\n";
        }

        return text;
    }

    // The runtime ends a process on an unhandled exception with SIGABRT on Linux and macOS (exit code 128 + 6)
    // and with the exception code 0xE0434352 on Windows; the transcript names the event, so it reads the same on all.
    private const string UnhandledExceptionExit = "crashed on an unhandled exception (134 on Linux and macOS, 0xE0434352 on Windows)";

    private static bool IsUnhandledExceptionCrash(int code) => code is 134 or unchecked((int)0xE0434352);

    // The muxer that started this process when there is one (dotnet test sets DOTNET_HOST_PATH), else dotnet on PATH.
    private static string DotNetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    private static readonly string RuntimeConfig = JsonSerializer.Serialize(new
    {
        runtimeOptions = new
        {
            tfm = "net10.0",
            framework = new { name = "Microsoft.NETCore.App", version = Environment.Version.ToString(3) },
        },
    });
}
