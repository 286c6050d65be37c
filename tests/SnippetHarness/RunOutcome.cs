namespace SnippetHarness;

/// <summary>What happened when an example ran, in this process or in a child process.</summary>
/// <param name="StandardOutput">What it printed to standard output while Main ran.</param>
/// <param name="StandardError">What it printed to standard error.</param>
/// <param name="ExitCode">Main's exit code (or the child process's); null when it threw or timed out.</param>
/// <param name="Exception">In-process only: what Main threw.</param>
/// <param name="TimedOut">It did not finish within the time limit.</param>
/// <param name="Capture">In-process only: keeps recording after Main returns, to catch late writes.</param>
public sealed record RunOutcome(string StandardOutput, string StandardError, int? ExitCode, Exception? Exception, bool TimedOut, OutputCapture? Capture = null)
{
    /// <summary>The first text written after Main returned, if any so far.</summary>
    public string? LateWrite => Capture?.LateWrite ?? ReportedLateWrite;

    /// <summary>A late write a host process reported (it has no capture here to watch).</summary>
    public string? ReportedLateWrite { get; init; }

    /// <summary>
    /// Gives work that Main left running a moment to show itself: a write from it after Main returned is output
    /// the real program may or may not print, so it fails the example.
    /// </summary>
    public Task SettleAsync(TimeSpan grace) =>
        Capture is null || TimedOut || Exception is not null ? Task.CompletedTask : Task.Delay(grace);
}
