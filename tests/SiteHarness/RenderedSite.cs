using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SiteHarness;

/// <summary>One rendered toc (toc.json) and the pages it links to, as paths relative to the site's root.</summary>
public sealed record RenderedToc(string Source, string Path, IReadOnlyList<string> Links);

/// <summary>
/// A site as docfx wrote it: which output each source became (its manifest.json), each page parsed by AngleSharp on
/// first use, and each toc's links.
/// </summary>
public sealed class RenderedSite
{
    private static readonly HtmlParser Parser = new();
    private readonly Dictionary<string, string> _htmlOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Lazy<IDocument>> _documents = new(StringComparer.Ordinal);

    public RenderedSite(string outputDir)
    {
        Root = outputDir;
        var manifest = Path.Combine(outputDir, "manifest.json");
        if (!File.Exists(manifest))
        {
            Tocs = [];
            return;
        }

        using var json = JsonDocument.Parse(File.ReadAllText(manifest));
        var tocs = new List<RenderedToc>();
        foreach (var file in json.RootElement.GetProperty("files").EnumerateArray())
        {
            if (!file.TryGetProperty("source_relative_path", out var source) || !file.TryGetProperty("output", out var output))
            {
                continue;
            }

            var type = file.GetProperty("type").GetString();
            if (type == "Conceptual" && output.TryGetProperty(".html", out var html))
            {
                var path = html.GetProperty("relative_path").GetString()!;
                _htmlOf[source.GetString()!] = path;
                _documents[path] = new Lazy<IDocument>(() => Parser.ParseDocument(File.ReadAllText(System.IO.Path.Combine(Root, path))));
            }
            else if (type == "Toc" && output.TryGetProperty(".json", out var tocJson))
            {
                var path = tocJson.GetProperty("relative_path").GetString()!;
                tocs.Add(new RenderedToc(source.GetString()!, path, ReadTocLinks(System.IO.Path.Combine(Root, path), path)));
            }
        }

        Tocs = tocs;
    }

    public string Root { get; }

    public IReadOnlyList<RenderedToc> Tocs { get; }

    /// <summary>The rendered page's path relative to the site's root (<c>docs/x.html</c>), or null when docfx wrote none.</summary>
    public string? HtmlOf(string sourceRelativePath) =>
        _htmlOf.TryGetValue(sourceRelativePath, out var path) && File.Exists(System.IO.Path.Combine(Root, path)) ? path : null;

    public IReadOnlyCollection<string> Pages => _documents.Keys;

    /// <summary>The source a rendered page came from (<c>docs/x.md</c> for <c>docs/x.html</c>), or null.</summary>
    public string? SourceOf(string htmlPath) => _htmlOf.FirstOrDefault(p => p.Value == htmlPath).Key;

    public IDocument Document(string htmlPath) => _documents[htmlPath].Value;

    // Every href and topicHref at any depth, resolved against the toc's own folder; external links are left out.
    private static List<string> ReadTocLinks(string file, string relativePath)
    {
        var folder = System.IO.Path.GetDirectoryName(relativePath)!.Replace('\\', '/');
        var links = new List<string>();
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        Collect(json.RootElement);
        return links;

        void Collect(JsonElement node)
        {
            if (node.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in node.EnumerateArray())
                {
                    Collect(item);
                }
            }
            else if (node.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in node.EnumerateObject())
                {
                    if (property.Name is "href" or "topicHref" && property.Value.GetString() is { Length: > 0 } href && !href.Contains("://", StringComparison.Ordinal))
                    {
                        links.Add(Normalize(folder.Length == 0 ? href : folder + "/" + href));
                    }
                    else if (property.Name == "items")
                    {
                        Collect(property.Value);
                    }
                }
            }
        }
    }

    /// <summary>A site-relative path with <c>./</c> and <c>../</c> folded, any #fragment dropped.</summary>
    public static string Normalize(string path)
    {
        var hash = path.IndexOf('#', StringComparison.Ordinal);
        var parts = new List<string>();
        foreach (var part in (hash < 0 ? path : path[..hash]).Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part is not ("." or ""))
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }
}
