using System.Text.RegularExpressions;
using SnippetHarness;

namespace SiteHarness;

/// <summary>
/// Checks of the site as docfx built it, each returning every problem at the source page and line it comes from:
/// what docfx itself reported, whether each block shows exactly what the tests checked, and whether every page is
/// rendered and reachable from the navigation.
/// </summary>
public static partial class RenderedChecks
{
    /// <summary>Every warning and error docfx logged (the build treats warnings as errors), at its file and line.</summary>
    public static IEnumerable<DocProblem> DocfxMessages(DocSite site, DocfxResult result)
    {
        foreach (var m in result.Messages)
        {
            var file = m.File?.Replace('\\', '/') ?? "docfx.json";
            yield return new DocProblem(file, m.Line ?? Locate(site, file, m.Message), $"docfx {m.Severity} {m.Code}: {m.Message}");
        }

        if (result.ExitCode != 0 && result.Messages.Count == 0)
        {
            yield return new DocProblem("docfx.json", 1, $"docfx exited with code {result.ExitCode} without logging why:\n{result.Console}");
        }
    }

    /// <summary>
    /// Every include of every page renders one block, in order, showing exactly the text the tests compiled or compared:
    /// the region as the harness reads it (<see cref="DisplayedText"/>), or the whole output file. None is empty.
    /// </summary>
    public static IEnumerable<DocProblem> Blocks(DocSite site, RenderedSite rendered)
    {
        foreach (var page in site.Pages)
        {
            if (rendered.HtmlOf(page.RelativePath) is not { } html)
            {
                continue; // Navigation reports it
            }

            // A missing file renders a warning box instead of a block; docfx reports it, and the rest still pair up.
            var includes = page.Includes
                .Where(i => i.Include is not null && File.Exists(Path.Combine(page.Directory, i.Include.Path)))
                .ToList();
            var blocks = rendered.Document(html).QuerySelectorAll("article pre > code").ToList();
            for (var i = 0; i < includes.Count && i < blocks.Count; i++)
            {
                var (line, _, include) = includes[i];
                var target = Path.GetFullPath(Path.Combine(page.Directory, include!.Path));
                var shown = TextNormalizer.Normalize(blocks[i].TextContent);
                var expected = DisplayedText.Of(target, include.Region) ?? "";
                var what = include.Region is null ? $"'{include.Path}'" : $"region '{include.Region}' of '{include.Path}'";
                if (blocks[i].Closest("figure.block")?.QuerySelector("figcaption") is null)
                {
                    yield return new DocProblem(page.RelativePath, line,
                        $"{what} has no caption in {html}: {SiteMetadata.RelativePath} has no entry for its text (bless it with SNIPPETS_ACCEPT=1)");
                }

                if (shown.Length == 0)
                {
                    yield return new DocProblem(page.RelativePath, line,
                        $"{what} renders as an empty block in {html}: docfx found nothing to show for [!code-{include.Language}[...]]");
                }
                else if (shown != expected)
                {
                    yield return new DocProblem(page.RelativePath, line,
                        $"{what} renders differently in {html} from the text the tests checked:\n" +
                        UnifiedDiff.Create(expected, shown, site.Relative(target) + " (tested)", html + " (rendered)"));
                }
            }

            if (includes.Count != blocks.Count)
            {
                var at = includes.Count > blocks.Count ? includes[blocks.Count].Line : page.Lines.Count;
                yield return new DocProblem(page.RelativePath, at,
                    $"{page.RelativePath} has {includes.Count} include(s) but {html} renders {blocks.Count} code block(s)");
            }
        }
    }

    /// <summary>Every page is rendered, and linked from a toc the navigation reads.</summary>
    public static IEnumerable<DocProblem> Navigation(DocSite site, RenderedSite rendered)
    {
        var linked = rendered.Tocs.SelectMany(t => t.Links).ToHashSet(StringComparer.Ordinal);
        foreach (var page in site.Pages)
        {
            if (rendered.HtmlOf(page.RelativePath) is not { } html)
            {
                yield return new DocProblem(page.RelativePath, 1, "docfx rendered no page for it (is it in docfx.json's content?)");
            }
            else if (!linked.Contains(html))
            {
                yield return new DocProblem(page.RelativePath, 1, $"{html} is rendered, but no rendered toc links to it: the navigation cannot reach it");
            }
        }

        foreach (var toc in Directory.EnumerateFiles(site.Root, "toc.yml", SearchOption.AllDirectories)
                     .Select(site.Relative)
                     .Where(t => t == "toc.yml" || t.StartsWith("docs/", StringComparison.Ordinal)))
        {
            if (rendered.Tocs.All(t => t.Source != toc))
            {
                yield return new DocProblem(toc, 1, "docfx rendered no toc.json for it");
            }
        }
    }

    /// <summary>
    /// Every page ends with the site's footer: the date and commit it was built from and, when docfx knows the
    /// repository (<paramref name="repository"/>, from the git remote), a link to it and an "edit this page" link to
    /// the page's own source in GitHub's editor.
    /// </summary>
    public static IEnumerable<DocProblem> Footer(DocSite site, RenderedSite rendered, string? repository)
    {
        foreach (var page in site.Pages)
        {
            if (rendered.HtmlOf(page.RelativePath) is not { } html)
            {
                continue; // Navigation reports it
            }

            var document = rendered.Document(html);
            var footer = document.QuerySelector("footer .site-footer");
            if (footer is null || !LastUpdated().IsMatch(footer.TextContent))
            {
                yield return new DocProblem(page.RelativePath, 1, $"{html} has no footer saying when the site was last updated (from which commit)");
            }

            if (repository is null)
            {
                continue;
            }

            if (footer?.QuerySelector($"a[href='{repository}']") is null)
            {
                yield return new DocProblem(page.RelativePath, 1, $"{html}'s footer does not link to the repository {repository}");
            }

            var edit = document.QuerySelector("a.edit-link")?.GetAttribute("href");
            if (edit is null || !edit.StartsWith(repository + "/edit/", StringComparison.Ordinal) || !edit.EndsWith("/" + page.RelativePath, StringComparison.Ordinal))
            {
                yield return new DocProblem(page.RelativePath, 1, $"{html} has no edit link to {page.RelativePath} in {repository} (found: {edit ?? "none"})");
            }
        }
    }

    [GeneratedRegex(@"Last updated \d{4}-\d{2}-\d{2} \(commit [0-9a-f]{7,}\)")]
    private static partial Regex LastUpdated();

    // docfx names no line for some messages (a code snippet it cannot find, a toc entry) but quotes what it could not
    // use: the first line of the file holding a quoted part of the message, or a path it names, is the line to look at.
    private static int Locate(DocSite site, string file, string message)
    {
        var path = Path.Combine(site.Root, file);
        if (!File.Exists(path))
        {
            return 1;
        }

        var lines = File.ReadAllLines(path);
        var candidates = Quoted().Matches(message).Select(m => m.Groups[1].Value)
            .Concat(SitePath().Matches(message).SelectMany(m => new[] { m.Groups[1].Value, Path.GetFileName(m.Groups[1].Value) }))
            .Where(c => c.Length > 0);
        foreach (var candidate in candidates)
        {
            var index = Array.FindIndex(lines, l => l.Contains(candidate, StringComparison.Ordinal));
            if (index >= 0)
            {
                return index + 1;
            }
        }

        return 1;
    }

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex Quoted();

    // "Invalid file link:(~/docs/no-such-page.md)."
    [GeneratedRegex(@"\(~/([^)]+)\)")]
    private static partial Regex SitePath();
}
