using System.Text.RegularExpressions;

namespace SnippetHarness;

/// <summary>
/// The naming convention that ties a file to its id and to the names inside it:
/// <c>snippets/core-concepts/HotTasks.cs</c> has id <c>core-concepts/hot-tasks</c> and declares
/// class <c>HotTasks</c> in namespace <c>CoreConcepts</c>. The runner in snippets/ derives the id from
/// the type, the harness from the path; this class keeps the two in step.
/// </summary>
public static partial class ExampleIds
{
    public static string FromRelativePath(string pathUnderSnippets)
    {
        var parts = pathUnderSnippets.Replace('\\', '/').Split('/');
        var file = Path.GetFileNameWithoutExtension(parts[^1]);
        return string.Join('/', parts[..^1].Append(Kebab(file)));
    }

    /// <summary>The namespace a file must declare: each folder in PascalCase, joined by dots.</summary>
    public static string ExpectedNamespace(string pathUnderSnippets)
    {
        var folders = pathUnderSnippets.Replace('\\', '/').Split('/')[..^1];
        return string.Join('.', folders.Select(Pascal));
    }

    public static string Kebab(string pascal) => WordBoundary().Replace(pascal, "-").ToLowerInvariant();

    public static string Pascal(string kebab) =>
        string.Concat(kebab.Split('-', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    // "HotTasks" -> "Hot-Tasks", "IOBound" -> "IO-Bound", "Http2Client" -> "Http2-Client"
    [GeneratedRegex("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")]
    private static partial Regex WordBoundary();
}
