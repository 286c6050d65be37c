namespace SnippetHarness;

/// <summary>Something wrong in the site's sources, at a file (relative to the repository root) and 1-based line.</summary>
public sealed record DocProblem(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
