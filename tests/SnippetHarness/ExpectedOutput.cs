namespace SnippetHarness;

/// <summary>
/// Compares an example's output with the file beside it, or, in bless mode (<c>SNIPPETS_ACCEPT=1</c>),
/// writes the actual output into that file. Bless mode refuses to run in CI.
/// </summary>
public static class ExpectedOutput
{
    public static bool AcceptRequested => Environment.GetEnvironmentVariable("SNIPPETS_ACCEPT") is "1" or "true";

    private static bool InCi => Environment.GetEnvironmentVariable("CI") is { Length: > 0 } ci && ci != "false";

    /// <returns>A failure message, or null when the output matches (or was accepted).</returns>
    /// <param name="accept">Bless mode: write the actual output instead of comparing.</param>
    public static string? Check(Example example, string actualOutput, bool accept)
    {
        var actual = TextNormalizer.Normalize(actualOutput);
        if (accept)
        {
            if (InCi)
            {
                return "SNIPPETS_ACCEPT=1 is refused when CI is set: expected output must be reviewed and committed, not rewritten by CI.";
            }

            File.WriteAllText(example.ExpectedOutputPath, actual);
            return null;
        }

        if (!File.Exists(example.ExpectedOutputPath))
        {
            return $"{example.ExpectedOutputRelativePath}:1: missing expected-output file for {example.RelativePath}. " +
                   $"Run `SNIPPETS_ACCEPT=1 dotnet test` to create it, then review it. Actual output:\n{actual}";
        }

        var expected = TextNormalizer.Normalize(File.ReadAllText(example.ExpectedOutputPath));
        if (expected == actual)
        {
            return null;
        }

        return $"{example.ExpectedOutputRelativePath}:{FirstDifferentLine(expected, actual)}: the output of {example.RelativePath} differs from its expected output.\n" +
               UnifiedDiff.Create(expected, actual, example.ExpectedOutputRelativePath + " (expected)", "actual output");
    }

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
