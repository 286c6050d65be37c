using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace SnippetHarness;

/// <summary>
/// What the tests of a snippets test project (the testing page's) proved when they ran: the built test assembly run
/// by xunit's own runner, its XML report read back, each test's result listed under the file that holds its class.
/// The page shows each file's list (<c>AsyncTests.results.txt</c>) under its code.
/// </summary>
public static partial class TestResults
{
    /// <summary>The results file beside a test file: <c>AsyncTests.cs</c> → <c>AsyncTests.results.txt</c>.</summary>
    public static string PathFor(string source) => Path.ChangeExtension(source, ".results.txt");

    /// <summary>
    /// Runs the project's built assembly and returns, for each of <paramref name="sources"/> that holds tests, the
    /// lines the page shows: <c>passed: Class.Method</c> (with a theory's arguments), sorted.
    /// </summary>
    /// <returns>The results per source file, or the reason there are none (the run failed to report).</returns>
    public static async Task<(IReadOnlyDictionary<string, string> Results, string? Problem)> RunAsync(
        string assemblyPath, IReadOnlyList<string> sources, TimeSpan limit)
    {
        var report = Path.Combine(Directory.CreateTempSubdirectory("test-results-").FullName, "results.xml");
        try
        {
            var run = await ChildProcess.RunAsync(
                new ProcessStartInfo("dotnet", ["exec", assemblyPath, "-xml", report, "-noLogo", "-noColor", "-ignoreFailures"]),
                limit).ConfigureAwait(false);
            if (run.TimedOut || !File.Exists(report))
            {
                return (new Dictionary<string, string>(), $"{assemblyPath} wrote no report ({(run.TimedOut ? "timed out" : $"exit code {run.ExitCode}")}):\n{run.StandardOutput}{run.StandardError}");
            }

            var fileOf = FilesOfClasses(sources);
            var lines = XDocument.Load(report).Descendants("test")
                .Select(t => (Type: (string)t.Attribute("type")!, Name: (string)t.Attribute("name")!, Result: (string)t.Attribute("result")!))
                .GroupBy(t => fileOf.TryGetValue(t.Type.Split('.')[^1], out var file) ? file : "(a class in no source file)")
                .ToDictionary(g => g.Key, g => TextNormalizer.Normalize(string.Join('\n',
                    g.Select(t => $"{Outcome(t.Result)}: {ShortName(t.Type, t.Name)}").Order(StringComparer.Ordinal))), StringComparer.Ordinal);
            return (lines, null);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(report)!, recursive: true);
        }
    }

    private static string Outcome(string result) => result switch
    {
        "Pass" => "passed",
        "Fail" => "FAILED",
        "Skip" => "skipped",
        _ => result.ToLowerInvariant(),
    };

    // "Testing.AsyncTests.Total(items: [\"apple\"])" → "AsyncTests.Total(items: ["apple"])": the namespace
    // goes, and the quotes xunit escapes inside a theory's arguments read as C# again.
    private static string ShortName(string type, string name)
    {
        var ns = type[..(type.LastIndexOf('.') + 1)];
        return (name.StartsWith(ns, StringComparison.Ordinal) ? name[ns.Length..] : name).Replace("\\\"", "\"", StringComparison.Ordinal);
    }

    // Each class is declared in one file of the project: the file its tests are listed under.
    private static Dictionary<string, string> FilesOfClasses(IEnumerable<string> sources) =>
        sources.SelectMany(file => ClassDeclaration().Matches(File.ReadAllText(file)).Select(m => (Class: m.Groups[1].Value, File: file)))
            .GroupBy(c => c.Class)
            .ToDictionary(g => g.Key, g => g.First().File, StringComparer.Ordinal);

    [GeneratedRegex(@"\bclass\s+(\w+)")]
    private static partial Regex ClassDeclaration();
}
