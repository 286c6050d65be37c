using System.Text;
using System.Text.RegularExpressions;

namespace SnippetHarness;

/// <summary>
/// Makes failures point at the source in pull requests. Every failure message names <c>file:line: what</c>;
/// under GitHub Actions each such line is also emitted as an <c>::error file=..,line=..::</c> workflow command,
/// which the runner recognises anywhere in the log (leading whitespace is allowed), so the annotation lands on
/// the example or page line in the pull request's diff. A local run prints the same text without the commands.
/// </summary>
public static partial class Annotations
{
    public static bool OnGitHubActions => Environment.GetEnvironmentVariable("GITHUB_ACTIONS") == "true";

    public static string Decorate(string failure) => OnGitHubActions ? ForGitHub(failure) + "\n" + failure : failure;

    /// <summary>One <c>::error</c> command per line of the failure that starts with a file and line.</summary>
    public static string ForGitHub(string failure)
    {
        var commands = new StringBuilder();
        foreach (var line in failure.ReplaceLineEndings("\n").Split('\n'))
        {
            if (Location().Match(line.Trim()) is { Success: true } m)
            {
                commands.Append("::error file=").Append(Property(m.Groups["file"].Value))
                    .Append(",line=").Append(m.Groups["line"].Value)
                    .Append("::").Append(Data(m.Groups["message"].Value)).Append('\n');
            }
        }

        return commands.ToString().TrimEnd('\n');
    }

    // Escaping as the runner's workflow-command parser expects.
    private static string Data(string s) => s.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string s) => Data(s).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    // "snippets/a/B.cs:12: message" or "snippets/a/B.cs:12:5: error CS1002: message"
    [GeneratedRegex(@"^(?<file>[\w./-]+\.\w+):(?<line>\d+)(?::\d+)?: (?<message>.+)$")]
    private static partial Regex Location();
}
