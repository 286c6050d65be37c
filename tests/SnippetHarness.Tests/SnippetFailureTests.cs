using SnippetHarness;

namespace SnippetHarness.Tests;

/// <summary>Each broken example is reported as a failure that names its file and line, within its time limit.</summary>
public sealed class SnippetFailureTests
{
    private static async Task<ExampleVerdict> VerdictAsync(string id) =>
        await BrokenRepo.Snippets.CheckAsync(id).WaitAsync(TimeSpan.FromSeconds(120), TestContext.Current.CancellationToken);

    [Fact]
    public async Task Wrong_output_gives_a_unified_diff_at_the_first_differing_line()
    {
        var failure = (await VerdictAsync("wrong-output/wrong-output")).Output;
        Assert.NotNull(failure);
        Assert.StartsWith("snippets/wrong-output/WrongOutput.output.txt:2: ", failure, StringComparison.Ordinal);
        Assert.Contains("--- snippets/wrong-output/WrongOutput.output.txt (expected)", failure, StringComparison.Ordinal);
        Assert.Contains("\n-B\n+b\n", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_expected_output_names_the_file_to_create()
    {
        var failure = (await VerdictAsync("missing-output/missing-output")).Output;
        Assert.StartsWith("snippets/missing-output/MissingOutput.output.txt:1: missing expected-output file", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compile_error_gives_the_diagnostic_with_file_and_line()
    {
        var failure = (await VerdictAsync("compile-error/compile-error")).Output;
        Assert.Contains("snippets/compile-error/CompileError.cs:10:27: error CS0103:", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_example_that_uses_another_examples_code_does_not_compile_alone()
    {
        // Compiled together with the rest, it would bind to Neighbour.cs; a reader copies it alone.
        var failure = (await VerdictAsync("not-self-contained/uses-neighbour")).Output;
        Assert.Contains("snippets/not-self-contained/UsesNeighbour.cs:9:", failure, StringComparison.Ordinal);
        Assert.Contains("error CS0103: The name 'Neighbour' does not exist", failure, StringComparison.Ordinal);
        Assert.Null((await VerdictAsync("not-self-contained/neighbour")).FirstFailure);
    }

    [Fact]
    public async Task Exception_names_the_line_that_threw()
    {
        var failure = (await VerdictAsync("throws/throws")).Output;
        Assert.StartsWith("snippets/throws/Throws.cs:12: snippets/throws/Throws.cs threw InvalidOperationException: thrown on purpose", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hanging_example_fails_within_its_limit()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var failure = (await VerdictAsync("hangs/hangs")).Output;
        Assert.StartsWith("snippets/hangs/Hangs.cs:1: did not finish within 5 s.", failure, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Write_after_Main_returned_fails()
    {
        var failure = (await VerdictAsync("late-write/late-write")).Output;
        Assert.StartsWith("snippets/late-write/LateWrite.cs:1: wrote to the console after Main returned (\"written after Main returned\")", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fragment_region_fails_to_compile_on_its_own()
    {
        var verdict = await VerdictAsync("fragment/fragment");
        Assert.Null(verdict.Output);
        Assert.StartsWith("snippets/fragment/Fragment.cs:9: region 'call' does not compile on its own", verdict.Regions, StringComparison.Ordinal);
        Assert.Contains("snippets/fragment/Fragment.cs:10:", verdict.Regions, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_claim_that_compiles_on_an_older_dotnet_is_wrong()
    {
        var verdict = await VerdictAsync("wrong-claim/wrong-claim");
        Assert.StartsWith("snippets/wrong-claim/WrongClaim.cs:1: snippets/wrong-claim/WrongClaim.cs claims .NET 9 but compiles on .NET 8", verdict.Versions, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Newer_api_without_a_claim_is_reported()
    {
        var verdict = await VerdictAsync("missing-claim/missing-claim");
        Assert.Null(verdict.Output);
        Assert.StartsWith("snippets/missing-claim/MissingClaim.cs:1: snippets/missing-claim/MissingClaim.cs does not compile on .NET 8", verdict.Versions, StringComparison.Ordinal);
        Assert.Contains("MissingClaim.cs:11:", verdict.Versions, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_diagnostic_declaration_reports_both_sides()
    {
        var failure = (await VerdictAsync("wrong-diagnostic/wrong-diagnostic")).Output;
        Assert.Contains("snippets/wrong-diagnostic/WrongDiagnostic.cs:11: declares 'warning CS4015'", failure, StringComparison.Ordinal);
        Assert.Contains("snippets/wrong-diagnostic/WrongDiagnostic.cs:11:9: warning CS4014:", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_analyzer_warning_the_example_does_not_declare_fails_it()
    {
        // It prints its expected output; only the analyzers see the mistake, and the example does not say so.
        var failure = (await VerdictAsync("undeclared-warning/undeclared-warning")).Output;
        Assert.StartsWith("snippets/undeclared-warning/UndeclaredWarning.cs: the analyzers report warnings it does not declare:", failure, StringComparison.Ordinal);
        Assert.Contains("snippets/undeclared-warning/UndeclaredWarning.cs:18:", failure, StringComparison.Ordinal);
        Assert.Contains("CA2016", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_example_that_calls_Environment_Exit_is_reported_by_name_and_the_run_goes_on()
    {
        var failure = (await VerdictAsync("ends-process/calls-exit")).Output;
        Assert.StartsWith("snippets/ends-process/CallsExit.cs:11: ended the process it ran in ([exit code] 3); it calls Environment.Exit", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_example_whose_async_void_method_crashes_is_reported_by_name_and_the_run_goes_on()
    {
        var failure = (await VerdictAsync("ends-process/async-void-throws")).Output;
        Assert.StartsWith("snippets/ends-process/AsyncVoidThrows.cs:16: ended the process it ran in ([stderr] Unhandled exception. System.InvalidOperationException: nobody can catch this", failure, StringComparison.Ordinal);
        Assert.Contains("async void method 'Fire'", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_example_whose_output_depends_on_timing_fails_with_the_thread_pool_saturated()
    {
        // It passes in the test process: a pool thread is free there. With every pool thread blocked, it is not.
        Assert.Null((await VerdictAsync("timing/races-the-clock")).Output);
        var saturated = RunTarget.Schedules.Single(t => t.Key == "saturated");
        var failure = await BrokenRepo.Snippets.CheckOnAsync(saturated, "timing/races-the-clock").WaitAsync(TimeSpan.FromSeconds(120), TestContext.Current.CancellationToken);
        Assert.True(failure?.StartsWith("snippets/timing/RacesTheClock.output.txt:1: with the thread pool saturated: the output of snippets/timing/RacesTheClock.cs differs", StringComparison.Ordinal), failure);
        Assert.Contains("+deadline passed already: True", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Python_output_that_differs_gives_a_diff_at_the_first_differing_line()
    {
        var failure = (await VerdictAsync("python/wrong_output.py")).Output;
        Assert.StartsWith("snippets/python/wrong_output.output.txt:2: the output of snippets/python/wrong_output.py differs", failure, StringComparison.Ordinal);
        Assert.Contains("\n-B\n+b\n", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Python_exception_names_the_line_that_raised()
    {
        var failure = (await VerdictAsync("python/raises.py")).Output;
        Assert.Contains("snippets/python/raises.py:2: it wrote to standard error", failure, StringComparison.Ordinal);
        Assert.Contains("RuntimeError: raised on purpose", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hanging_Python_example_fails_within_its_limit()
    {
        var failure = (await VerdictAsync("python/hangs.py")).Output;
        Assert.StartsWith("snippets/python/hangs.py:1: did not finish within 5 s.", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unclosed_Python_region_is_reported_at_its_tag()
    {
        var verdict = await VerdictAsync("python/unclosed.py");
        Assert.Null(verdict.Output);
        Assert.Equal("snippets/python/unclosed.py:2: region 'never-closed' is never closed with # </never-closed>", verdict.Regions);
    }

    [Fact]
    public void Failures_become_GitHub_annotations_at_the_same_file_and_line()
    {
        var annotation = Annotations.ForGitHub("snippets/a/B.cs:12:5: error CS0103: The name 'x' does not exist, really");
        Assert.Equal("::error file=snippets/a/B.cs,line=12::error CS0103: The name 'x' does not exist, really", annotation);
    }
}
