using Markdig.Syntax;

namespace SnippetHarness;

/// <summary>
/// The checks docfx would make (or should make, where it only warns or renders an empty block), each
/// returning every problem with its file and line.
/// </summary>
public static partial class DocChecks
{
    public static IEnumerable<DocProblem> Titles(DocSite site) =>
        site.Pages.Where(p => string.IsNullOrWhiteSpace(p.Title))
            .Select(p => new DocProblem(p.RelativePath, 1, "page has no title: start it with a '# Title' heading"));

    public static IEnumerable<DocProblem> InlineCode(DocSite site) =>
        from page in site.Pages
        from block in page.Document.Descendants<CodeBlock>()
        select new DocProblem(page.RelativePath, block.Line + 1,
            "inline code block: put the code (or output) in an example under snippets/ and include it with [!code-...[](path#region)]");

    /// <summary>The heading every guide page ends with, mapping what it taught to the asyncio constructs.</summary>
    public const string PythonNoteHeading = "Coming from Python";

    /// <summary>
    /// Every guide page (every page under docs/ but section overviews, <c>index.md</c>, and the asyncio map itself)
    /// ends with a <c>## Coming from Python</c> section.
    /// </summary>
    public static IEnumerable<DocProblem> PythonNotes(DocSite site, string mapPage)
    {
        foreach (var page in site.Pages.Where(p => p.RelativePath.StartsWith("docs/", StringComparison.Ordinal)
                     && Path.GetFileName(p.RelativePath) != "index.md" && p.RelativePath != mapPage))
        {
            var sections = page.Document.Descendants<HeadingBlock>().Where(h => h.Level == 2).ToList();
            var note = sections.FindIndex(h => Text(h) == PythonNoteHeading);
            if (note < 0)
            {
                yield return new DocProblem(page.RelativePath, page.Lines.Count, $"guide page has no '## {PythonNoteHeading}' section: end it with one (see {mapPage})");
            }
            else if (note != sections.Count - 1)
            {
                yield return new DocProblem(page.RelativePath, sections[note].Line + 1, $"'## {PythonNoteHeading}' must be the page's last section");
            }
        }
    }

    private static string Text(HeadingBlock heading) =>
        string.Concat(heading.Inline?.Descendants<Markdig.Syntax.Inlines.LiteralInline>().Select(l => l.Content.ToString()) ?? []);

    /// <summary>Every include names an existing file and, for code, an existing, well-formed region.</summary>
    public static IEnumerable<DocProblem> Includes(DocSite site)
    {
        foreach (var page in site.Pages)
        {
            foreach (var (line, text, include) in page.Includes)
            {
                if (include is null)
                {
                    yield return new DocProblem(page.RelativePath, line, $"malformed include '{text.Trim()}': write [!code-csharp[](path/Example.cs#region)] alone on its line");
                    continue;
                }

                var target = Path.GetFullPath(Path.Combine(page.Directory, include.Path));
                if (!File.Exists(target))
                {
                    yield return new DocProblem(page.RelativePath, line, $"included file '{include.Path}' does not exist");
                    continue;
                }

                foreach (var problem in RegionProblems(site, page, line, include, target))
                {
                    yield return problem;
                }
            }
        }
    }

    private static IEnumerable<DocProblem> RegionProblems(DocSite site, DocPage page, int line, SnippetInclude include, string target)
    {
        var isCode = target.EndsWith(".cs", StringComparison.Ordinal);
        if (include.Region is null)
        {
            if (isCode)
            {
                yield return new DocProblem(page.RelativePath, line, $"'{include.Path}' is included whole: name a region (#name) so the page shows what it teaches");
            }

            yield break;
        }

        var (regions, fileProblems) = RegionReader.Read(target, File.ReadAllLines(target));
        foreach (var p in fileProblems)
        {
            yield return new DocProblem(site.Relative(target), p.Line, p.Message);
        }

        if (!regions.ContainsKey(include.Region))
        {
            var known = regions.Count == 0 ? "it has no regions" : "its regions are " + string.Join(", ", regions.Keys.Order(StringComparer.Ordinal));
            yield return new DocProblem(page.RelativePath, line,
                $"region '{include.Region}' not found in '{include.Path}' ({known}); docfx would render an empty block");
        }
    }

    /// <summary>
    /// An example that needs a .NET newer than 8 (its <c>// requires: .NET N</c> line) is shown with a note saying so
    /// right above its code (<c>&gt; Requires .NET N or later</c>), and no such note stands above an example that
    /// claims something else.
    /// </summary>
    public static IEnumerable<DocProblem> VersionNotes(DocSite site)
    {
        foreach (var page in site.Pages)
        {
            foreach (var (line, _, include) in page.Includes)
            {
                var target = include is null ? null : Path.GetFullPath(Path.Combine(page.Directory, include.Path));
                if (target is null || !target.EndsWith(".cs", StringComparison.Ordinal) || !File.Exists(target))
                {
                    continue;
                }

                var claimed = ExampleHeader.Parse(File.ReadAllText(target)).RequiresDotNet;
                var noted = NoteAbove(page, line);
                if (claimed is { } n && noted != n)
                {
                    yield return new DocProblem(page.RelativePath, line,
                        $"'{include!.Path}' requires .NET {n}: put '> [!NOTE]' and '> Requires .NET {n} or later (<API>).' right above the include");
                }
                else if (claimed is null && noted is { } m)
                {
                    yield return new DocProblem(page.RelativePath, line,
                        $"the note above says .NET {m}, but '{include!.Path}' has no '// requires: .NET {m}' line (it compiles on .NET {TargetFrameworks.Baseline})");
                }
            }
        }
    }

    // The version in a "Requires .NET N" note among the few non-blank lines just above an include, if any.
    private static int? NoteAbove(DocPage page, int includeLine)
    {
        var seen = 0;
        for (var i = includeLine - 2; i >= 0 && seen < 3; i--)
        {
            var text = page.Lines[i];
            if (text.Trim().Length == 0)
            {
                continue;
            }

            if (SnippetInclude.LooksLikeInclude(text) || text.TrimStart().StartsWith('#'))
            {
                break;
            }

            seen++;
            if (RequiresNote().Match(text) is { Success: true } m)
            {
                return int.Parse(m.Groups["major"].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"Requires \.NET (?<major>\d+)")]
    private static partial System.Text.RegularExpressions.Regex RequiresNote();

    /// <summary>The widest line a page may show as code: wider ones scroll sideways in the article column.</summary>
    public const int MaxCodeWidth = 90;

    /// <summary>
    /// Every line of code a page shows (a region, or a whole file that is not an expected output or a diagram) is at
    /// most <see cref="MaxCodeWidth"/> columns wide, as shown (its shared indentation removed); reported at the line.
    /// </summary>
    public static IEnumerable<DocProblem> CodeWidth(DocSite site)
    {
        var reported = new HashSet<(string, int)>();
        foreach (var page in site.Pages)
        {
            foreach (var (line, _, include) in page.Includes)
            {
                var target = include is null ? null : Path.GetFullPath(Path.Combine(page.Directory, include.Path));
                if (target is null || !File.Exists(target) || IsOutput(target) || include!.Language == "mermaid")
                {
                    continue;
                }

                foreach (var shown in DisplayedText.Lines(target, include.Region) ?? [])
                {
                    var width = shown.Text.TrimEnd().Length;
                    if (width > MaxCodeWidth && reported.Add((target, shown.Line)))
                    {
                        yield return new DocProblem(site.Relative(target), shown.Line,
                            $"line is {width} columns wide as {page.RelativePath}:{line} shows it (at most {MaxCodeWidth}): wrap it");
                    }
                }
            }
        }
    }

    private static bool IsOutput(string path) => Path.GetFileName(path).Contains(".output", StringComparison.Ordinal);

    /// <summary>
    /// Every diagram under docs/diagrams is shown on some page, and names itself for readers who cannot see it: an
    /// <c>accTitle:</c> and an <c>accDescr:</c> line, which Mermaid renders as the SVG's title and description.
    /// </summary>
    public static IEnumerable<DocProblem> Diagrams(DocSite site)
    {
        var folder = Path.Combine(site.Root, "docs", "diagrams");
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        var included = IncludedPaths(site);
        foreach (var diagram in Directory.EnumerateFiles(folder, "*.mmd").Order(StringComparer.Ordinal))
        {
            if (!included.Contains(diagram))
            {
                yield return new DocProblem(site.Relative(diagram), 1, "diagram is not shown on any page: include it with [!code-mermaid[](...)]");
            }

            var lines = File.ReadAllLines(diagram);
            foreach (var key in (string[])["accTitle:", "accDescr:"])
            {
                if (!lines.Any(l => l.TrimStart().StartsWith(key, StringComparison.Ordinal)))
                {
                    yield return new DocProblem(site.Relative(diagram), 1, $"diagram has no '{key}' line: say in words what it shows, for screen readers");
                }
            }
        }
    }

    /// <summary>Every example and every expected-output file under snippets/ is shown on some page.</summary>
    public static IEnumerable<DocProblem> Coverage(DocSite site, IEnumerable<Example> examples)
    {
        var included = IncludedPaths(site);

        foreach (var example in examples)
        {
            if (!included.Contains(example.SourcePath))
            {
                yield return new DocProblem(example.RelativePath, 1, "example is not included by any page");
            }

            if (File.Exists(example.ExpectedOutputPath) && !included.Contains(example.ExpectedOutputPath))
            {
                yield return new DocProblem(example.ExpectedOutputRelativePath, 1, "expected output is not shown on any page: include it under its code");
            }
        }
    }

    private static HashSet<string> IncludedPaths(DocSite site) => site.Pages
        .SelectMany(p => p.Includes.Where(i => i.Include is not null).Select(i => Path.GetFullPath(Path.Combine(p.Directory, i.Include!.Path))))
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Every source file of a project under snippets/ (the tests the testing page shows) is shown on some page.</summary>
    public static IEnumerable<DocProblem> ProjectCoverage(DocSite site, IEnumerable<string> sourcePaths)
    {
        var included = IncludedPaths(site);

        return sourcePaths
            .Where(path => !included.Contains(Path.GetFullPath(path)))
            .Select(path => new DocProblem(Path.GetRelativePath(site.Root, path).Replace('\\', '/'), 1, "file of a snippets project is not included by any page"));
    }

    /// <summary>Every relative link on a page points at an existing file, and at an existing heading when it has a #fragment.</summary>
    public static IEnumerable<DocProblem> Links(DocSite site)
    {
        foreach (var page in site.Pages)
        {
            foreach (var (line, url) in page.Links)
            {
                if (IsExternal(url) || url.StartsWith("#tab/", StringComparison.Ordinal))
                {
                    continue; // docfx tabs are written as links to #tab/<id>
                }

                var (path, anchor) = SplitFragment(url);
                var target = path.Length == 0 ? page.FullPath : Path.GetFullPath(Path.Combine(page.Directory, Uri.UnescapeDataString(path)));
                if (!File.Exists(target) && !Directory.Exists(target))
                {
                    yield return new DocProblem(page.RelativePath, line, $"link target '{url}' does not exist");
                }
                else if (anchor is not null && site.PageAt(target) is { } linked && !linked.Anchors.Contains(anchor))
                {
                    yield return new DocProblem(page.RelativePath, line, $"link '{url}': {linked.RelativePath} has no heading with id '{anchor}'");
                }
            }
        }
    }

    /// <summary>Every toc href resolves, and every page is reachable from the root toc.yml (the home page always is).</summary>
    public static IEnumerable<DocProblem> Toc(DocSite site)
    {
        if (!File.Exists(site.RootToc))
        {
            yield return new DocProblem("toc.yml", 1, "the site has no root toc.yml");
            yield break;
        }

        var reachable = new HashSet<string>(StringComparer.Ordinal);
        if (site.Home is not null)
        {
            reachable.Add(site.Home.FullPath);
        }

        var problems = new List<DocProblem>();
        var pending = new Queue<string>([site.RootToc]);
        var seenTocs = new HashSet<string>(StringComparer.Ordinal);
        while (pending.TryDequeue(out var toc))
        {
            if (!seenTocs.Add(toc))
            {
                continue;
            }

            foreach (var link in TocReader.Read(toc, site.Relative(toc)))
            {
                if (IsExternal(link.Href))
                {
                    continue;
                }

                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(toc)!, SplitFragment(link.Href).Path));
                if (Directory.Exists(target))
                {
                    target = Path.Combine(target, "toc.yml");
                }

                if (!File.Exists(target))
                {
                    problems.Add(new DocProblem(link.TocFile, link.Line, $"toc href '{link.Href}' does not exist"));
                }
                else if (Path.GetFileName(target) == "toc.yml")
                {
                    pending.Enqueue(target);
                }
                else
                {
                    reachable.Add(target);
                }
            }
        }

        foreach (var page in site.Pages.Where(p => !reachable.Contains(p.FullPath)))
        {
            problems.Add(new DocProblem(page.RelativePath, 1, "page is not reachable from toc.yml: add it to a toc"));
        }

        foreach (var problem in problems)
        {
            yield return problem;
        }
    }

    private static bool IsExternal(string url) =>
        url.Contains("://", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.Ordinal) || url.StartsWith("xref:", StringComparison.Ordinal);

    private static (string Path, string? Anchor) SplitFragment(string url)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? url : url[..hash];
        var query = path.IndexOf('?', StringComparison.Ordinal);
        return (query < 0 ? path : path[..query], hash < 0 ? null : url[(hash + 1)..]);
    }
}
