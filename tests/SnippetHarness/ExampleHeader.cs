using System.Text.RegularExpressions;

namespace SnippetHarness;

/// <summary>
/// What an example declares about itself in comment lines at the top of its file (outside every region):
/// <list type="bullet">
/// <item><c>// requires: .NET 9 (Task.WhenEach)</c>: the oldest .NET it compiles on, when newer than .NET 8.</item>
/// <item><c>// run: process</c>: run it in a child process of its own (it crashes the process, or needs the thread pool to itself).</item>
/// <item><c>// mistake: region-a, region-b</c>: those regions show a mistake, which the page marks as the wrong version.
/// (A region holding a line that declares a warning, <c>// warning CS4014</c>, is marked so without saying.)</item>
/// <item><c>// fix: region-c</c>: that region shows the fix, which the page marks as the right version.</item>
/// <item><c>#:sdk Microsoft.NET.Sdk.Web</c>: a web app (ASP.NET Core), as a file-based app declares it; it is compiled
/// against ASP.NET Core's reference assemblies too.</item>
/// </list>
/// </summary>
public sealed partial record ExampleHeader(int? RequiresDotNet, int RequiresLine, bool RunInProcess)
{
    /// <summary>The regions declared to show a mistake, lower-cased as region names are compared.</summary>
    public IReadOnlySet<string> Mistakes { get; init; } = new HashSet<string>();

    /// <summary>The regions declared to show the fix.</summary>
    public IReadOnlySet<string> Fixes { get; init; } = new HashSet<string>();

    /// <summary>It declares the web SDK: it uses ASP.NET Core.</summary>
    public bool IsWeb { get; init; }

    /// <summary>The 1-based line of each mistake or fix declaration, by region (for messages).</summary>
    public IReadOnlyDictionary<string, int> MarkLines { get; init; } = new Dictionary<string, int>();

    public static ExampleHeader Parse(string source)
    {
        int? requires = null;
        var requiresLine = 0;
        var process = false;
        var mistakes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var fixes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var markLines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var web = false;
        var lines = source.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length && IsHeaderLine(lines[i]); i++)
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
            else if (WebSdk().IsMatch(lines[i]))
            {
                web = true;
            }
            else if (Mark().Match(lines[i]) is { Success: true } mark)
            {
                foreach (var region in mark.Groups["regions"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    (mark.Groups["kind"].Value == "mistake" ? mistakes : fixes).Add(region.ToLowerInvariant());
                    markLines[region] = i + 1;
                }
            }
        }

        return new ExampleHeader(requires, requiresLine, process) { Mistakes = mistakes, Fixes = fixes, MarkLines = markLines, IsWeb = web };
    }

    // Comment lines at the top; a Python example's header is written with '#'.
    private static bool IsHeaderLine(string line) => line.TrimStart() is var t && (t.StartsWith("//", StringComparison.Ordinal) || t.StartsWith('#'));

    [GeneratedRegex(@"^\s*//\s*requires:\s*\.NET\s+(?<major>\d+)\b")]
    private static partial Regex Requires();

    [GeneratedRegex(@"^\s*//\s*run:\s*process\s*$")]
    private static partial Regex RunProcess();

    [GeneratedRegex(@"^#:sdk\s+Microsoft\.NET\.Sdk\.Web\s*$")]
    private static partial Regex WebSdk();

    [GeneratedRegex(@"^\s*(?://|#)\s*(?<kind>mistake|fix):\s*(?<regions>[\w.,\s-]+?)\s*$")]
    private static partial Regex Mark();
}
