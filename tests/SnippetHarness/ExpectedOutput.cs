namespace SnippetHarness;

/// <summary>
/// Compares an example's output with the file beside it, or, in bless mode (<c>SNIPPETS_ACCEPT=1</c>),
/// writes the actual output into that file. Bless mode refuses to run in CI.
/// </summary>
public static class ExpectedOutput
{
    public static bool AcceptRequested => Environment.GetEnvironmentVariable("SNIPPETS_ACCEPT") is "1" or "true";

    public static bool InCi => Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci && ci != "false";

    /// <returns>A failure message, or null when the output matches (or was accepted).</returns>
    /// <param name="accept">Bless mode: write the actual output instead of comparing.</param>
    /// <param name="expectedPath">The file to compare with, when not the example's own (a runtime's, see <see cref="ForRuntime"/>).</param>
    public static string? Check(Example example, string actualOutput, bool accept, string? expectedPath = null)
    {
        var path = expectedPath ?? example.ExpectedOutputPath;
        var relative = Path.Combine(Path.GetDirectoryName(example.RelativePath)!, Path.GetFileName(path)).Replace('\\', '/');
        return CheckFile(path, relative, example.RelativePath, actualOutput, accept);
    }

    /// <summary>Compares (or in bless mode writes) any file that holds what something printed.</summary>
    /// <param name="relative">The file's path as failures name it.</param>
    /// <param name="producer">What printed it, as failures name it: an example's path.</param>
    public static string? CheckFile(string path, string relative, string producer, string actualOutput, bool accept)
    {
        var actual = TextNormalizer.Normalize(actualOutput);
        if (accept)
        {
            if (InCi)
            {
                return "SNIPPETS_ACCEPT=1 is refused when CI is set: expected output must be reviewed and committed, not rewritten by CI.";
            }

            File.WriteAllText(path, actual);
            return null;
        }

        if (!File.Exists(path))
        {
            return $"{relative}:1: missing expected-output file for {producer}. " +
                   $"Run `SNIPPETS_ACCEPT=1 dotnet test` to create it, then review it. Actual output:\n{actual}";
        }

        var expected = TextNormalizer.Normalize(File.ReadAllText(path));
        if (expected == actual)
        {
            return null;
        }

        return $"{relative}:{FirstDifferentLine(expected, actual)}: the output of {producer} differs from its expected output.\n" +
               UnifiedDiff.Create(expected, actual, relative + " (expected)", "actual output");
    }

    /// <summary>
    /// The expected output on one runtime: <c>HotTasks.output.net8.txt</c> where the output legitimately differs there
    /// (the example declares it by having that file), else the example's own.
    /// </summary>
    public static string ForRuntime(Example example, string runtimeKey)
    {
        var own = Path.ChangeExtension(example.SourcePath, $".output.{runtimeKey}.txt");
        return File.Exists(own) ? own : example.ExpectedOutputPath;
    }

    /// <summary>Every runtime-specific expected output beside an example.</summary>
    public static IEnumerable<string> RuntimeSpecific(Example example) =>
        Directory.EnumerateFiles(Path.GetDirectoryName(example.SourcePath)!, Path.GetFileNameWithoutExtension(example.SourcePath) + ".output.net*.txt");

    private static int FirstDifferentLine(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var line = 0;
        while (line < e.Length && line < a.Length && e[line] == a[line])
        {
            line++;
        }

        return line + 1;
    }
}
