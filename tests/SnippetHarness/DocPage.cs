using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SnippetHarness;

/// <summary>A markdown page of the site, parsed once with Markdig the way docfx reads it.</summary>
public sealed class DocPage
{
    // Docfx builds on Markdig with GitHub-style heading ids; the same extension gives the same anchors.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .Build();

    private DocPage(string fullPath, string relativePath, string text)
    {
        FullPath = fullPath;
        RelativePath = relativePath;
        _text = text.ReplaceLineEndings("\n");
        _lines = _text.Split('\n');
        Document = Markdown.Parse(_text, Pipeline);
        Includes = [.. FindIncludes()];
        Anchors = Document.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
    }

    private readonly string _text;
    private readonly string[] _lines;

    public string FullPath { get; }

    /// <summary>The page's source lines (index 0 is line 1).</summary>
    public IReadOnlyList<string> Lines => _lines;

    /// <summary>Path relative to the repository root, with forward slashes.</summary>
    public string RelativePath { get; }

    public MarkdownDocument Document { get; }

    /// <summary>Lines that start with <c>[!code</c>: parsed includes, or null where malformed (with the line).</summary>
    public IReadOnlyList<(int Line, string Text, SnippetInclude? Include)> Includes { get; }

    /// <summary>The heading ids other pages can link to with <c>page.md#id</c>.</summary>
    public IReadOnlySet<string> Anchors { get; }

    public string Directory => Path.GetDirectoryName(FullPath)!;

    public static DocPage Load(string fullPath, string repoRoot) =>
        new(fullPath, Path.GetRelativePath(repoRoot, fullPath).Replace('\\', '/'), File.ReadAllText(fullPath));

    /// <summary>The page title: front-matter <c>title:</c> or the first level-1 heading.</summary>
    public string? Title
    {
        get
        {
            if (Document.Descendants<YamlFrontMatterBlock>().FirstOrDefault() is { } yaml &&
                yaml.Lines.Lines.Select(l => l.ToString()).FirstOrDefault(l => l.StartsWith("title:", StringComparison.Ordinal)) is { } title)
            {
                return title["title:".Length..].Trim();
            }

            return Document.Descendants<HeadingBlock>().FirstOrDefault(h => h.Level == 1)?.Inline?.FirstChild?.ToString();
        }
    }

    /// <summary>Links other than includes, with their 1-based line.</summary>
    public IEnumerable<(int Line, string Url)> Links =>
        Document.Descendants<LinkInline>()
            .Where(l => l.Url is not null && !IsIncludeLine(l.Line + 1))
            .Select(l => (l.Line + 1, l.Url!));

    private bool IsIncludeLine(int line) => Includes.Any(i => i.Line == line);

    private IEnumerable<(int, string, SnippetInclude?)> FindIncludes()
    {
        // Markdig drops a paragraph's raw lines once it has parsed its inlines: read them from the source.
        foreach (var paragraph in Document.Descendants<ParagraphBlock>())
        {
            var lineCount = paragraph.Span.Length <= 0 ? 1 : _text.AsSpan(paragraph.Span.Start, paragraph.Span.Length).Count('\n') + 1;
            for (var i = paragraph.Line; i < paragraph.Line + lineCount && i < _lines.Length; i++)
            {
                if (SnippetInclude.LooksLikeInclude(_lines[i]))
                {
                    yield return (i + 1, _lines[i], SnippetInclude.TryParse(RelativePath, i + 1, _lines[i]));
                }
            }
        }
    }
}
