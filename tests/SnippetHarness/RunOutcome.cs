namespace SnippetHarness;

/// <summary>What happened when an example ran, in this process or in a child process.</summary>
/// <param name="StandardOutput">What it printed to standard output.</param>
/// <param name="StandardError">What it printed to standard error.</param>
/// <param name="LateWrite">In-process only: the first text written after Main returned.</param>
/// <param name="ExitCode">Main's exit code (or the child process's); null when it threw or timed out.</param>
/// <param name="Exception">In-process only: what Main threw.</param>
/// <param name="TimedOut">It did not finish within the time limit.</param>
public sealed record RunOutcome(string StandardOutput, string StandardError, string? LateWrite, int? ExitCode, Exception? Exception, bool TimedOut);
