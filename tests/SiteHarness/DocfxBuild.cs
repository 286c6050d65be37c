using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using SnippetHarness;

namespace SiteHarness;

/// <summary>One message docfx logged at warning level or above.</summary>
/// <param name="File">The source it names, relative to the folder of docfx.json, when it names one.</param>
/// <param name="Line">The 1-based line it names, when it names one (docfx omits it for code-snippet warnings).</param>
public sealed record DocfxMessage(string Severity, string? Code, string Message, string? File, int? Line);

/// <summary>What one run of the real docfx produced: the site's folder, what it logged, and how it exited.</summary>
public sealed record DocfxResult(string OutputDir, IReadOnlyList<DocfxMessage> Messages, int ExitCode, string Console);

/// <summary>
/// Builds a site with the docfx the repository's tool manifest pins (<c>dotnet docfx</c>), warnings as errors, into a
/// folder of its own, and reads its structured log (<c>--log</c>: one JSON object a line, with file and line).
/// </summary>
public static partial class DocfxBuild
{
    public static async Task<DocfxResult> RunAsync(string docfxJson, string outputDir, TimeSpan limit)
    {
        Directory.CreateDirectory(outputDir);
        var log = Path.Combine(outputDir, "..", Path.GetFileName(outputDir) + ".log.json");
        File.Delete(log); // docfx appends to its log
        var folder = Path.GetDirectoryName(Path.GetFullPath(docfxJson))!;
        var start = new ProcessStartInfo(DotNet, ["docfx", "build", docfxJson, "--output", outputDir, "--warningsAsErrors", "--log", log, .. await BuildStampAsync(folder).ConfigureAwait(false)])
        {
            // The tool manifest is found from the working directory: the folder of docfx.json or above it.
            WorkingDirectory = folder,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        var outcome = await ChildProcess.RunAsync(start, limit).ConfigureAwait(false);
        var console = outcome.StandardOutput + outcome.StandardError;
        if (outcome.TimedOut)
        {
            return new DocfxResult(outputDir, [new DocfxMessage("error", "timeout", $"docfx did not finish within {limit.TotalSeconds:0} s", null, null)], -1, console);
        }

        var messages = File.Exists(log) ? ReadLog(await File.ReadAllLinesAsync(log).ConfigureAwait(false)) : [];
        return new DocfxResult(outputDir, messages, outcome.ExitCode ?? -1, console);
    }

    /// <summary>
    /// The commit the site is built from and its date, for the footer's "last updated" (as the workflows pass them):
    /// <c>--metadata _buildCommit=abc1234 --metadata _buildDate=2026-12-01</c>; nothing outside a git repository.
    /// </summary>
    public static async Task<string[]> BuildStampAsync(string folder)
    {
        var git = await ChildProcess.RunAsync(new ProcessStartInfo("git", ["log", "-1", "--format=%h %cs"]) { WorkingDirectory = folder }, TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        return git is { ExitCode: 0 } && git.StandardOutput.Trim().Split(' ') is [var commit, var date]
            ? ["--metadata", $"_buildCommit={commit}", "--metadata", $"_buildDate={date}"]
            : [];
    }

    /// <summary>
    /// The web address of the repository the folder is in, as docfx derives its edit links from it: the <c>origin</c>
    /// remote on GitHub (<c>https://github.com/owner/name</c>), or null when there is none.
    /// </summary>
    public static async Task<string?> RepositoryUrlAsync(string folder)
    {
        var git = await ChildProcess.RunAsync(new ProcessStartInfo("git", ["remote", "get-url", "origin"]) { WorkingDirectory = folder }, TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        var match = git is { ExitCode: 0 } ? GitHubRemote().Match(git.StandardOutput.Trim()) : Match.Empty;
        return match.Success ? $"https://github.com/{match.Groups[1].Value}/{match.Groups[2].Value}" : null;
    }

    // https://github.com/owner/name(.git) or git@github.com:owner/name(.git)
    [GeneratedRegex(@"github\.com[/:]([^/]+)/(.+?)(?:\.git)?/?$")]
    private static partial Regex GitHubRemote();

    /// <summary>The warnings and errors of a docfx log (info and verbose lines are left out).</summary>
    public static IReadOnlyList<DocfxMessage> ReadLog(IEnumerable<string> lines) =>
        [.. lines.Where(l => l.Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(e => Text(e, "severity") is "warning" or "error")
            .Select(e => new DocfxMessage(
                Text(e, "severity")!,
                Text(e, "code"),
                Text(e, "message") ?? "",
                Text(e, "file"),
                int.TryParse(Text(e, "line"), out var line) && line > 0 ? line : null))];

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.ToString() : null;

    // The muxer that started this process when there is one (dotnet test sets DOTNET_HOST_PATH), else dotnet on PATH.
    private static string DotNet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
}
