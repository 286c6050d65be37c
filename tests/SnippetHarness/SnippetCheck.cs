namespace SnippetHarness;

/// <summary>Turns one example's compile and run into a verdict with a message that points at the source.</summary>
public static class SnippetCheck
{
    /// <returns>A failure message naming file and line, or null when the example passed.</returns>
    public static async Task<string?> JudgeAsync(CompiledExample compiled, TimeSpan limit)
    {
        var example = compiled.Example;
        if (!compiled.Success)
        {
            return $"{example.RelativePath} does not compile:\n" + string.Join('\n', compiled.Errors.Select(Diagnostics.Format));
        }

        if (compiled.EntryPoint!.TypeName != example.TypeName)
        {
            return $"{example.RelativePath}:1: Main is in '{compiled.EntryPoint.TypeName}' but must be in '{example.TypeName}' " +
                   "(namespace from the folder, class from the file name), so that the id matches the path.";
        }

        var outcome = await ExampleRunner.RunAsync(compiled, limit).ConfigureAwait(false);
        return Judge(example, outcome, limit);
    }

    private static string? Judge(Example example, RunOutcome outcome, TimeSpan limit)
    {
        var output = outcome.Output;
        var printed = $"\nOutput so far:\n{output.StandardOutput}{Stderr(output)}";
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

        if (output.LateWrite is { } late)
        {
            return $"{example.RelativePath}:1: wrote to the console after Main returned (\"{late.TrimEnd()}\"): " +
                   "await all the work Main starts, or the program's output depends on timing.";
        }

        if (output.StandardError.Length > 0)
        {
            return $"{example.RelativePath}:1: wrote to standard error:\n{output.StandardError}";
        }

        return ExpectedOutput.Check(example, output.StandardOutput);
    }

    private static string Stderr(OutputCapture output) =>
        output.StandardError.Length == 0 ? "" : $"\nStandard error:\n{output.StandardError}";
}
