namespace SnippetHarness;

/// <summary>The steps that judge one example's compile and run, each failure naming the file and line.</summary>
public static class SnippetCheck
{
    public static string CompileErrors(Example example, IEnumerable<Microsoft.CodeAnalysis.Diagnostic> errors) =>
        $"{example.RelativePath} does not compile:\n" + string.Join('\n', errors.Select(Diagnostics.Format));

    /// <returns>Why the compiled example cannot be run as it stands, or null.</returns>
    public static async Task<string?> CompileFailureAsync(CompiledExample compiled, IReadOnlyList<ExpectedDiagnostic> expected)
    {
        var example = compiled.Example;
        if (!compiled.Success)
        {
            return CompileErrors(example, compiled.Errors);
        }

        if (await DiagnosticExpectations.CheckAsync(compiled.Compilation, expected, example.RelativePath).ConfigureAwait(false) is { } mismatch)
        {
            return Mismatch(example, expected.Count, mismatch);
        }

        return compiled.EntryPoint!.TypeName == example.TypeName
            ? null
            : $"{example.RelativePath}:1: Main is in '{compiled.EntryPoint.TypeName}' but must be in '{example.TypeName}' " +
              "(namespace from the folder, class from the file name), so that the id matches the path.";
    }

    public static string Mismatch(Example example, int declared, string mismatch) => declared == 0
        ? $"{example.RelativePath}: the analyzers report warnings it does not declare:\n{mismatch}"
        : $"{example.RelativePath}: the diagnostics it declares are not the ones reported:\n{mismatch}";

    public static Task<RunOutcome> RunAsync(CompiledExample compiled, ExampleHeader header, TimeSpan limit) =>
        header.RunInProcess ? ProcessRunner.RunAsync(compiled, limit) : ExampleRunner.RunAsync(compiled, limit);

    /// <returns>Why the run does not match the expected output, or null.</returns>
    public static string? Judge(Example example, ExampleHeader header, RunOutcome outcome, TimeSpan limit, bool accept, string? expectedPath = null)
    {
        var printed = $"\nOutput so far:\n{outcome.StandardOutput}{Stderr(outcome)}";
        if (outcome.TimedOut)
        {
            return $"{example.RelativePath}:1: did not finish within {limit.TotalSeconds:0.#} s.{printed}";
        }

        if (header.RunInProcess)
        {
            return ExpectedOutput.Check(example, ChildProcess.Transcript(outcome), accept, expectedPath);
        }

        if (outcome.Exception is { } ex)
        {
            return $"{Diagnostics.Locate(ex, example)}: {example.RelativePath} threw {Diagnostics.Describe(ex)}\n{ex}{printed}";
        }

        if (outcome.ExitCode is not 0)
        {
            return $"{example.RelativePath}:1: Main returned exit code {outcome.ExitCode}.{printed}";
        }

        if (outcome.LateWrite is { } late)
        {
            return $"{example.RelativePath}:1: wrote to the console after Main returned (\"{late.TrimEnd()}\"): " +
                   "await all the work Main starts, or the program's output depends on timing.";
        }

        if (outcome.StandardError.Length > 0)
        {
            return $"{example.RelativePath}:1: wrote to standard error (run it with '// run: process' if that is the point):\n{outcome.StandardError}";
        }

        return ExpectedOutput.Check(example, outcome.StandardOutput, accept, expectedPath);
    }

    /// <summary>
    /// Judges an example that could end its process (<see cref="ProcessEndingScreen"/>), run in a child process of its
    /// own: as one in the test process would be, and when it did end its process, saying so by name.
    /// </summary>
    public static string? JudgeIsolated(Example example, ProcessEnding ending, RunOutcome outcome, TimeSpan limit, bool accept, string? expectedPath = null)
    {
        if (outcome.TimedOut)
        {
            return $"{example.RelativePath}:1: did not finish within {limit.TotalSeconds:0.#} s.\nOutput so far:\n{outcome.StandardOutput}{Stderr(outcome)}";
        }

        if (outcome.ExitCode is not 0)
        {
            return $"{example.RelativePath}:{ending.Line}: ended the process it ran in ({ChildProcess.Transcript(outcome with { StandardOutput = "" }).Trim().ReplaceLineEndings("; ")}); " +
                   $"{ending.What}, so it ran in a child process of its own and the other examples went on. " +
                   "If ending the process is what it shows, put '// run: process' at the top of the file and the crash in its expected output." +
                   $"\nOutput so far:\n{outcome.StandardOutput}{Stderr(outcome)}";
        }

        if (outcome.StandardError.Length > 0)
        {
            return $"{example.RelativePath}:1: wrote to standard error (run it with '// run: process' if that is the point):\n{outcome.StandardError}";
        }

        return ExpectedOutput.Check(example, outcome.StandardOutput, accept, expectedPath);
    }

    /// <returns>Why a Python run does not match the expected transcript, or null.</returns>
    public static string? JudgePython(Example example, RunOutcome outcome, TimeSpan limit, bool accept)
    {
        if (outcome.TimedOut)
        {
            return $"{example.RelativePath}:1: did not finish within {limit.TotalSeconds:0.#} s.\nOutput so far:\n{outcome.StandardOutput}{Stderr(outcome)}";
        }

        var mismatch = ExpectedOutput.Check(example, ChildProcess.Transcript(outcome), accept);
        return mismatch is null || outcome.StandardError.Length == 0
            ? mismatch
            : $"{mismatch}\n{PythonRunner.Locate(example, outcome.StandardError)}: it wrote to standard error:\n{outcome.StandardError}";
    }

    /// <summary>A failure message with where it was run said after its file and line: "a.cs:3: on .NET 8: ...".</summary>
    public static string? Within(string? failure, string context)
    {
        if (failure is null)
        {
            return null;
        }

        var at = System.Text.RegularExpressions.Regex.Match(failure, @"^[\w./-]+:\d+(?::\d+)?: ");
        return at.Success ? failure.Insert(at.Length, context + ": ") : $"{context}: {failure}";
    }

    private static string Stderr(RunOutcome outcome) =>
        outcome.StandardError.Length == 0 ? "" : $"\nStandard error:\n{outcome.StandardError}";
}
