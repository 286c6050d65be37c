namespace SnippetHarness;

/// <summary>Turns one example's compile and run into a verdict with a message that points at the source.</summary>
public static class SnippetCheck
{
    /// <returns>A failure message naming file and line, or null when the example passed.</returns>
    public static async Task<string?> JudgeAsync(CompiledExample compiled, ExampleHeader header, IReadOnlyList<ExpectedDiagnostic> expected, TimeSpan limit)
    {
        var example = compiled.Example;
        if (!compiled.Success)
        {
            return $"{example.RelativePath} does not compile:\n" + string.Join('\n', compiled.Errors.Select(Diagnostics.Format));
        }

        if (expected.Count > 0 &&
            await DiagnosticExpectations.CheckAsync(compiled.Compilation, expected, example.RelativePath).ConfigureAwait(false) is { } mismatch)
        {
            return $"{example.RelativePath}: the diagnostics it declares are not the ones reported:\n{mismatch}";
        }

        if (compiled.EntryPoint!.TypeName != example.TypeName)
        {
            return $"{example.RelativePath}:1: Main is in '{compiled.EntryPoint.TypeName}' but must be in '{example.TypeName}' " +
                   "(namespace from the folder, class from the file name), so that the id matches the path.";
        }

        if (header.RunInProcess)
        {
            var child = await ProcessRunner.RunAsync(compiled, limit).ConfigureAwait(false);
            return child.TimedOut
                ? $"{example.RelativePath}:1: did not finish within {limit.TotalSeconds:0.#} s (child process killed).\nOutput so far:\n{child.StandardOutput}"
                : ExpectedOutput.Check(example, ProcessRunner.Transcript(child));
        }

        return Judge(example, await ExampleRunner.RunAsync(compiled, limit).ConfigureAwait(false), limit);
    }

    private static string? Judge(Example example, RunOutcome outcome, TimeSpan limit)
    {
        var printed = $"\nOutput so far:\n{outcome.StandardOutput}{Stderr(outcome)}";
        if (outcome.TimedOut)
        {
            return $"{example.RelativePath}:1: did not finish within {limit.TotalSeconds:0.#} s.{printed}";
        }

        if (outcome.Exception is { } ex)
        {
            return $"{Diagnostics.Locate(ex, example)}: {example.RelativePath} threw {ex.GetType().Name}: {ex.Message}\n{ex}{printed}";
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

        return ExpectedOutput.Check(example, outcome.StandardOutput);
    }

    private static string Stderr(RunOutcome outcome) =>
        outcome.StandardError.Length == 0 ? "" : $"\nStandard error:\n{outcome.StandardError}";
}
