using SnippetHarness;

namespace SiteHarness;

/// <summary>What a browser visit found wrong on a page, each at the page's source file and the line it comes from.</summary>
public static class BrowserChecks
{
    public static IEnumerable<DocProblem> LoadErrors(DocPage source, PageVisit visit) =>
        visit.ConsoleErrors.Select(e => new DocProblem(source.RelativePath, 1, $"{visit.Page}: console error: {e}"))
            .Concat(visit.FailedRequests.Select(r => new DocProblem(source.RelativePath, 1, $"{visit.Page}: request failed: {r}")));

    /// <summary>Each element that breaks a critical or serious axe rule, at the first source line that holds it (else line 1).</summary>
    public static IEnumerable<DocProblem> Accessibility(DocPage source, PageVisit visit) =>
        from v in visit.Violations
        from node in v.Nodes
        select new DocProblem(source.RelativePath, LineOf(source, node.Html),
            $"{visit.Page}: {v.Impact} accessibility violation '{v.Rule}' ({v.Help}) at {node.Target}: {node.Html}");

    public static IEnumerable<DocProblem> MobileScroll(DocPage source, PageVisit visit) =>
        visit.MobileOverflow > 0
            ? [new DocProblem(source.RelativePath, 1, $"{visit.Page} scrolls sideways on a 390 px screen: it is {visit.MobileOverflow} px too wide")]
            : [];

    /// <summary>At 1400 px, no code block scrolls sideways and no table reaches past the column (a table: at its header row).</summary>
    public static IEnumerable<DocProblem> WideContent(DocPage source, PageVisit visit) =>
        visit.Overflowing.Select(o => new DocProblem(source.RelativePath, o.StartsWith("table", StringComparison.Ordinal) ? TableLine(source, o) : 1,
            $"{visit.Page} at 1400 px: {o}"));

    /// <summary>Every diagram the page includes is drawn as an SVG without error, each reported at its include.</summary>
    public static IEnumerable<DocProblem> Diagrams(DocPage source, PageVisit visit)
    {
        var includes = source.Includes.Where(i => i.Include?.Language == "mermaid").Select(i => i.Line).ToList();
        for (var i = 0; i < visit.Diagrams.Count; i++)
        {
            if (visit.Diagrams[i].Problem is { } problem)
            {
                yield return new DocProblem(source.RelativePath, i < includes.Count ? includes[i] : 1, $"{visit.Page}: diagram '{visit.Diagrams[i].Title}': {problem}");
            }
        }

        if (visit.Diagrams.Count != includes.Count)
        {
            yield return new DocProblem(source.RelativePath, includes.Count > 0 ? includes[0] : 1,
                $"{visit.Page} includes {includes.Count} diagram(s) but the browser found {visit.Diagrams.Count}");
        }
    }

    // "table wider than the column (1210 px): asyncio | C# | Difference": the first table row holding those headers.
    private static int TableLine(DocPage source, string problem)
    {
        var headers = problem[(problem.IndexOf("): ", StringComparison.Ordinal) + 3)..].Split(" | ");
        var index = source.Lines.ToList().FindIndex(l => l.TrimStart().StartsWith('|') && headers.All(h => l.Contains(h.Trim('`'), StringComparison.Ordinal)));
        return index < 0 ? 1 : index + 1;
    }

    // Raw HTML in a page (a <button>, say) appears in its source as it is; anything docfx generated does not.
    private static int LineOf(DocPage source, string html)
    {
        var index = source.Lines.ToList().FindIndex(l => l.Trim().Length > 0 && html.Contains(l.Trim(), StringComparison.Ordinal));
        return index < 0 ? 1 : index + 1;
    }
}
