namespace SnippetHarness;

/// <summary>Checks an example's display regions: well-formed tags, at least one region, each compiling on its own.</summary>
public sealed class RegionCheck
{
    private readonly RegionCompiler _compiler = new();
    private readonly Lazy<RegionCompiler> _webCompiler = new(() => new RegionCompiler(web: true));

    /// <returns>A failure message naming file and line, or null.</returns>
    /// <param name="web">The example uses ASP.NET Core: its regions compile against its reference assemblies too.</param>
    public string? Check(Example example, string source, bool web = false)
    {
        var (regions, problems) = RegionReader.Read(source.ReplaceLineEndings("\n").Split('\n'));
        var failures = problems.Select(p => $"{example.RelativePath}:{p.Line}: {p.Message}").Concat(UnknownMarks(example, source, regions)).ToList();
        if (regions.Count == 0)
        {
            failures.Add($"{example.RelativePath}:1: no display region: mark the code the page shows with // <name> ... // </name>");
        }

        foreach (var (name, errors) in (web ? _webCompiler.Value : _compiler).Compile(example.RelativePath, source, regions.Values))
        {
            if (errors.Length > 0)
            {
                failures.Add($"{example.RelativePath}:{regions[name].TagLine}: region '{name}' does not compile on its own " +
                             "(a reader copying it would get these errors; widen the region or split the example):\n  " +
                             string.Join("\n  ", errors.Select(Diagnostics.Format)));
            }
        }

        return failures.Count == 0 ? null : string.Join('\n', failures);
    }

    /// <summary>For examples shown as they are (Python): only that the tags, if any, are well formed.</summary>
    public static string? CheckTags(Example example, string source)
    {
        var (regions, problems) = RegionReader.Read(source.ReplaceLineEndings("\n").Split('\n'), example.Language);
        var failures = problems.Select(p => $"{example.RelativePath}:{p.Line}: {p.Message}").Concat(UnknownMarks(example, source, regions)).ToList();
        return failures.Count == 0 ? null : string.Join('\n', failures);
    }

    // A '// mistake:' or '// fix:' header line must name regions the file has.
    private static IEnumerable<string> UnknownMarks(Example example, string source, IReadOnlyDictionary<string, Region> regions)
    {
        var header = ExampleHeader.Parse(source);
        return header.Mistakes.Concat(header.Fixes).Where(r => !regions.ContainsKey(r))
            .Select(r => $"{example.RelativePath}:{header.MarkLines[r]}: the header marks region '{r}', which the file does not have");
    }
}
