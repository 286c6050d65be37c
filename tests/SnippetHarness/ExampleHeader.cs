using System.Text.RegularExpressions;

namespace SnippetHarness;

/// <summary>
/// What an example declares about itself in comment lines at the top of its file (outside every region):
/// <list type="bullet">
/// <item><c>// requires: .NET 9 (Task.WhenEach)</c>: the oldest .NET it compiles on, when newer than .NET 8.</item>
/// <item><c>// run: process</c>: run it in a child process of its own (it crashes the process, or needs the thread pool to itself).</item>
/// </list>
/// </summary>
public sealed partial record ExampleHeader(int? RequiresDotNet, int RequiresLine, bool RunInProcess)
{
    public static ExampleHeader Parse(string source)
    {
        int? requires = null;
        var requiresLine = 0;
        var process = false;
        var lines = source.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length && lines[i].TrimStart().StartsWith("//", StringComparison.Ordinal); i++)
        {
            if (Requires().Match(lines[i]) is { Success: true } m)
            {
                requires = int.Parse(m.Groups["major"].Value, System.Globalization.CultureInfo.InvariantCulture);
                requiresLine = i + 1;
            }
            else if (RunProcess().IsMatch(lines[i]))
            {
                process = true;
            }
        }

        return new ExampleHeader(requires, requiresLine, process);
    }

    [GeneratedRegex(@"^\s*//\s*requires:\s*\.NET\s+(?<major>\d+)\b")]
    private static partial Regex Requires();

    [GeneratedRegex(@"^\s*//\s*run:\s*process\s*$")]
    private static partial Regex RunProcess();
}
