using SnippetHarness;

namespace SnippetHarness.Tests;

/// <summary>What a child-process example's page shows reads the same on every operating system.</summary>
public sealed class TranscriptTests
{
    [Theory]
    [InlineData(134)] // SIGABRT on Linux and macOS
    [InlineData(unchecked((int)0xE0434352))] // the CLR's exception code on Windows
    public void An_unhandled_exception_crash_is_named_not_numbered(int exitCode)
    {
        var outcome = new RunOutcome("before\n", "Unhandled exception. System.Exception: boom\n   at Main()\n", exitCode, null, TimedOut: false);

        Assert.Equal(
            "before\n[stderr] Unhandled exception. System.Exception: boom\n[exit code] crashed on an unhandled exception (134 on Linux and macOS, 0xE0434352 on Windows)\n",
            ChildProcess.Transcript(outcome));
    }

    [Fact]
    public void Other_exit_codes_are_shown_as_they_are()
    {
        Assert.Equal("done\n[exit code] 3\n", ChildProcess.Transcript(new RunOutcome("done\n", "", 3, null, TimedOut: false)));
    }

    [Fact]
    public void A_clean_exit_shows_only_the_output()
    {
        Assert.Equal("done\n", ChildProcess.Transcript(new RunOutcome("done\n", "", 0, null, TimedOut: false)));
    }
}
