using System.Text.RegularExpressions;

namespace SnippetHarness;

/// <summary>A display region: the lines between <c>// &lt;name&gt;</c> and <c>// &lt;/name&gt;</c>.</summary>
/// <param name="Name">The tag name, lower-cased as docfx compares it.</param>
/// <param name="TagLine">1-based line of the opening tag.</param>
/// <param name="FirstLine">1-based first line inside the region.</param>
/// <param name="LastLine">1-based last line inside the region (before the closing tag).</param>
public sealed record Region(string Name, int TagLine, int FirstLine, int LastLine);

/// <summary>A malformed tag, reported at its line.</summary>
public sealed record RegionProblem(int Line, string Message);

/// <summary>
/// Reads docfx code-snippet tags the way docfx's extractors do (comment tags, <c>// &lt;name&gt;</c> in C# and
/// <c># &lt;name&gt;</c> in Python, names matching <c>[\w.-]+</c>, compared case-insensitively), and reports what
/// docfx would silently render as an empty or wrong block: an unclosed tag, a closing tag with no opening, a name
/// used twice, an empty region.
/// </summary>
public static partial class RegionReader
{
    /// <summary>Reads the tags of a file, in the comment syntax its extension implies (.py: <c>#</c>, else <c>//</c>).</summary>
    public static (IReadOnlyDictionary<string, Region> Regions, IReadOnlyList<RegionProblem> Problems) Read(string path, string[] lines) =>
        Read(lines, IsPython(path) ? ExampleLanguage.Python : ExampleLanguage.CSharp);

    public static (IReadOnlyDictionary<string, Region> Regions, IReadOnlyList<RegionProblem> Problems) Read(string[] lines, ExampleLanguage language = ExampleLanguage.CSharp)
    {
        var tag = TagOf(language);
        var regions = new Dictionary<string, Region>(StringComparer.OrdinalIgnoreCase);
        var open = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var problems = new List<RegionProblem>();

        for (var i = 0; i < lines.Length; i++)
        {
            var line = i + 1;
            if (tag.Match(lines[i]) is not { Success: true } m)
            {
                continue;
            }

            var name = m.Groups["name"].Value.ToLowerInvariant();
            if (m.Groups["close"].Success)
            {
                if (!open.Remove(name, out var tagLine))
                {
                    problems.Add(new RegionProblem(line, $"closing tag </{name}> has no opening tag"));
                }
                else if (line - tagLine < 2)
                {
                    problems.Add(new RegionProblem(tagLine, $"region '{name}' is empty"));
                }
                else
                {
                    regions[name] = new Region(name, tagLine, tagLine + 1, line - 1);
                }
            }
            else if (regions.ContainsKey(name) || open.ContainsKey(name))
            {
                problems.Add(new RegionProblem(line, $"region '{name}' is declared twice; docfx would show only one of them"));
            }
            else
            {
                open[name] = line;
            }
        }

        var comment = language == ExampleLanguage.Python ? "#" : "//";
        problems.AddRange(open.Select(o => new RegionProblem(o.Value, $"region '{o.Key}' is never closed with {comment} </{o.Key}>")));
        return (regions, problems);
    }

    /// <summary>Whether a line is a tag line (docfx hides every tag line from every displayed region).</summary>
    public static bool IsTag(string line, ExampleLanguage language = ExampleLanguage.CSharp) => TagOf(language).IsMatch(line);

    public static bool IsPython(string path) => path.EndsWith(".py", StringComparison.Ordinal);

    private static Regex TagOf(ExampleLanguage language) => language == ExampleLanguage.Python ? HashTag() : SlashTag();

    [GeneratedRegex(@"^\s*//\s*<\s*(?<close>/)?\s*(?<name>[\w.-]+)\s*>\s*$")]
    private static partial Regex SlashTag();

    [GeneratedRegex(@"^\s*#\s*<\s*(?<close>/)?\s*(?<name>[\w.-]+)\s*>\s*$")]
    private static partial Regex HashTag();
}
