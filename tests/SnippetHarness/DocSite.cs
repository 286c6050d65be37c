namespace SnippetHarness;

/// <summary>
/// The site's sources as docfx.json builds them: the home page <c>index.md</c> and <c>toc.yml</c> at the root,
/// and every page and toc.yml under <c>docs/</c>.
/// </summary>
public sealed class DocSite
{
    public DocSite(string repoRoot)
    {
        Root = repoRoot;
        var docs = Path.Combine(repoRoot, "docs");
        var pageFiles = Directory.Exists(docs) ? Directory.EnumerateFiles(docs, "*.md", SearchOption.AllDirectories) : [];
        var home = Path.Combine(repoRoot, "index.md");
        Pages = [.. (File.Exists(home) ? pageFiles.Prepend(home) : pageFiles).Order(StringComparer.Ordinal).Select(p => DocPage.Load(p, repoRoot))];
        Home = Pages.FirstOrDefault(p => p.FullPath == home);
        RootToc = Path.Combine(repoRoot, "toc.yml");
    }

    public string Root { get; }

    public IReadOnlyList<DocPage> Pages { get; }

    public DocPage? Home { get; }

    public string RootToc { get; }

    public string Relative(string fullPath) => Path.GetRelativePath(Root, fullPath).Replace('\\', '/');

    public DocPage? PageAt(string fullPath) =>
        Pages.FirstOrDefault(p => string.Equals(p.FullPath, Path.GetFullPath(fullPath), StringComparison.Ordinal));
}
