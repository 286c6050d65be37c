namespace SiteHarness;

/// <summary>An accessibility rule a page breaks, with each element that breaks it.</summary>
public sealed record AxeViolation(string Rule, string Impact, string Help, IReadOnlyList<(string Target, string Html)> Nodes);

/// <summary>What a browser saw on one page of the site.</summary>
/// <param name="Page">The page's path under the site's root, e.g. <c>docs/core-concepts.html</c>.</param>
/// <param name="ConsoleErrors">Console errors and uncaught exceptions, in the order they happened.</param>
/// <param name="FailedRequests">Requests that failed or answered 400 or above.</param>
/// <param name="Violations">Critical and serious axe-core violations.</param>
/// <param name="MobileOverflow">At 390 px wide, how many pixels the page is wider than the screen (0: no sideways scroll).</param>
/// <param name="Overflowing">At 1400 px, each code block that scrolls sideways and each table wider than the column.</param>
/// <param name="Diagrams">The Mermaid diagrams the page holds, and how each rendered.</param>
public sealed record PageVisit(
    string Page,
    IReadOnlyList<string> ConsoleErrors,
    IReadOnlyList<string> FailedRequests,
    IReadOnlyList<AxeViolation> Violations,
    int MobileOverflow,
    IReadOnlyList<string> Overflowing,
    IReadOnlyList<DiagramRender> Diagrams);

/// <summary>One diagram as the browser drew it: its accessible title, and why it failed (null: an SVG without error).</summary>
public sealed record DiagramRender(string Title, string? Problem);
