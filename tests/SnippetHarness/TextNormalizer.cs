namespace SnippetHarness;

/// <summary>Makes expected and actual output comparable across platforms and editors.</summary>
public static class TextNormalizer
{
    /// <summary>Unifies line endings, trims trailing whitespace on each line and trailing blank lines.</summary>
    public static string Normalize(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd()).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines.Count == 0 ? "" : string.Join('\n', lines) + "\n";
    }
}
