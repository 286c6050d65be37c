using System.Diagnostics;

namespace SnippetHarness;

/// <summary>Runs a program to completion in a child process, capturing its output, within a time limit.</summary>
public static class ChildProcess
{
    /// <returns>What it printed and its exit code; <see cref="RunOutcome.TimedOut"/> when it had to be killed.</returns>
    public static async Task<RunOutcome> RunAsync(ProcessStartInfo start, TimeSpan limit)
    {
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;

        using var process = Process.Start(start)!;
        process.StandardInput.Close(); // a program that reads its input gets end-of-file, not the test host's terminal
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
}
