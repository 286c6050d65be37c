using System.Text.RegularExpressions;

namespace SnippetHarness;

/// <summary>
/// One docfx code include, <c>[!code-csharp[](../snippets/page/Example.cs#region)]</c>, as written on a page.
/// Docfx only recognises it alone on its line, so anything else that starts with <c>[!code</c> is malformed.
/// </summary>
public sealed partial record SnippetInclude(string Page, int Line, string Language, string Path, string? Region)
{
    public static bool LooksLikeInclude(string line) => line.TrimStart().StartsWith("[!code", StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses an include line, or returns null when docfx would not render it as one.</summary>
    public static SnippetInclude? TryParse(string page, int line, string text)
    {
        var m = Syntax().Match(text);
        return m.Success
            ? new SnippetInclude(page, line, m.Groups["lang"].Value, m.Groups["path"].Value, m.Groups["region"].Success ? m.Groups["region"].Value : null)
            : null;
    }

    // [!code-<lang>[<name>](<path>[#<region>] ["title"])] and nothing else on the line. Line ranges (#L1-L5)
    // and ?name= queries are deliberately not accepted: regions are the one way to pick code.
    [GeneratedRegex("""^\s{0,3}\[!code-(?<lang>[\w+#-]+)\[[^\]]*\]\((?<path>[^#?"\s)]+)(?:#(?<region>[\w.-]+))?(?:\s+"[^"]*")?\)\]\s*$""")]
    private static partial Regex Syntax();
}
