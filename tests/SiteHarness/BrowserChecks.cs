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

    // Raw HTML in a page (a <button>, say) appears in its source as it is; anything docfx generated does not.
    private static int LineOf(DocPage source, string html)
    {
        var index = source.Lines.ToList().FindIndex(l => l.Trim().Length > 0 && html.Contains(l.Trim(), StringComparison.Ordinal));
        return index < 0 ? 1 : index + 1;
    }
}
