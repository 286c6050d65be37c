namespace SnippetHarness;

/// <summary>
/// What a page must show for one include: the region's lines (every tag line hidden), or the whole file, with the
/// indentation they share removed. This is the text the harness compiles and compares, so a rendered block that
/// differs from it shows the reader something the tests never checked.
/// </summary>
/// <remarks>
/// Tabs in the indentation count to the next multiple of four, as docfx expands them. A line of only whitespace
/// counts as blank here; docfx counts its width into the shared indentation, so such a line shifts the whole
/// block, which is the kind of difference the rendered-site check exists to catch.
/// </remarks>
public static class DisplayedText
{
    /// <returns>The text, or null when the region does not exist (a problem the include check reports).</returns>
    public static string? Of(string targetPath, string? region) =>
        Lines(targetPath, region) is { } lines ? TextNormalizer.Normalize(string.Join('\n', lines.Select(l => l.Text))) : null;

    /// <summary>The lines a page shows, as <see cref="Of"/> does, each with its line number in the file.</summary>
    /// <returns>The lines, or null when the region does not exist.</returns>
    public static IReadOnlyList<(int Line, string Text)>? Lines(string targetPath, string? region)
    {
        var lines = File.ReadAllText(targetPath).ReplaceLineEndings("\n").Split('\n');
        if (lines.Length > 0 && lines[^1].Length == 0)
        {
            lines = lines[..^1];
        }

        IEnumerable<(int Line, string Text)> shown = lines.Select((text, i) => (i + 1, text));
        if (region is not null)
        {
            var language = RegionReader.IsPython(targetPath) ? ExampleLanguage.Python : ExampleLanguage.CSharp;
            if (!RegionReader.Read(lines, language).Regions.TryGetValue(region, out var r))
            {
                return null;
            }

            shown = shown.Skip(r.FirstLine - 1).Take(r.LastLine - r.FirstLine + 1).Where(l => !RegionReader.IsTag(l.Text, language));
        }

        var expanded = shown
            .Select(l => (l.Line, Text: ExpandIndent(l.Text)))
            .Select(l => (l.Line, Text: l.Text.Trim().Length == 0 ? "" : l.Text))
            .ToList();
        var indent = expanded.Where(l => l.Text.Length > 0).Select(l => l.Text.Length - l.Text.TrimStart(' ').Length).DefaultIfEmpty(0).Min();
        return [.. expanded.Select(l => (l.Line, l.Text.Length == 0 ? l.Text : l.Text[indent..]))];
    }

    private static string ExpandIndent(string line)
    {
        var width = 0;
        var i = 0;
        for (; i < line.Length && line[i] is ' ' or '\t'; i++)
        {
            width = line[i] == '\t' ? (width / 4 + 1) * 4 : width + 1;
        }

        return new string(' ', width) + line[i..];
    }
}
