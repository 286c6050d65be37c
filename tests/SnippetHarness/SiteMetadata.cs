using System.Text.Json;
using System.Text.Json.Nodes;

namespace SnippetHarness;

/// <summary>
/// What the site says about each block it shows, derived from the examples themselves and written to
/// <c>snippets/examples.json</c>, which docfx reads as global metadata (<c>globalMetadataFiles</c>): the file a block
/// comes from and the command that runs it; whether it shows a mistake (a declared warning in the region, or a
/// <c>// mistake:</c> header line) or its fix (<c>// fix:</c>); and, under each output, the runtimes the tests check it on.
/// The template (template/conceptual.extension.js) finds a block's entry by a hash of the block's text, so editing a
/// page never makes the file stale; changing an example does, and the tests then say to bless it again.
/// </summary>
public static class SiteMetadata
{
    public const string RelativePath = "snippets/examples.json";

    /// <summary>The file's content for the site as it stands: one entry per distinct displayed text, sorted.</summary>
    public static string Compute(DocSite site, IReadOnlyList<Example> examples)
    {
        var byFile = examples.ToDictionary(e => e.SourcePath, StringComparer.Ordinal);
        var byOutput = examples.SelectMany(e => ExpectedOutput.RuntimeSpecific(e).Prepend(e.ExpectedOutputPath).Select(o => (Output: o, Example: e)))
            .ToDictionary(p => p.Output, p => p.Example, StringComparer.Ordinal);
        var entries = new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var page in site.Pages)
        {
            foreach (var (_, _, include) in page.Includes)
            {
                if (include is null)
                {
                    continue;
                }

                var target = Path.GetFullPath(Path.Combine(page.Directory, include.Path));
                if (!File.Exists(target) || DisplayedText.Of(target, include.Region) is not { Length: > 0 } text)
                {
                    continue; // the include checks report it
                }

                var entry = include.Language == "mermaid" ? DiagramEntry(site, target)
                    : byOutput.TryGetValue(target, out var produced) ? OutputEntry(site, produced, target)
                    : byFile.TryGetValue(target, out var example) ? CodeEntry(site, example, include.Region)
                    : ProjectFileEntry(site, target, include.Region);
                entries[Hash(text)] = entry;
            }
        }

        var root = new JsonObject { ["_examples"] = new JsonObject(entries.Select(e => KeyValuePair.Create(e.Key, (JsonNode?)e.Value))) };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }).ReplaceLineEndings("\n") + "\n";
    }

    /// <returns>Why the committed file is not what the examples say now (bless mode writes it instead), or null.</returns>
    public static string? Check(DocSite site, IReadOnlyList<Example> examples, bool accept)
    {
        var path = Path.Combine(site.Root, RelativePath);
        var expected = Compute(site, examples);
        var actual = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        if (expected == actual)
        {
            return null;
        }

        if (accept && !ExpectedOutput.InCi)
        {
            File.WriteAllText(path, expected);
            return null;
        }

        return $"{RelativePath}:1: out of date with the examples (what the site says under each block comes from it): " +
               "run `SNIPPETS_ACCEPT=1 dotnet test --project tests/AsyncPatterns.Tests` to write it, then review the diff.\n" +
               UnifiedDiff.Create(actual, expected, RelativePath + " (committed)", "from the examples");
    }

    /// <summary>FNV-1a over the UTF-16 code units of the normalized text: the template computes the same in JavaScript.</summary>
    public static string Hash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in TextNormalizer.Normalize(text))
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static JsonObject CodeEntry(DocSite site, Example example, string? region)
    {
        var source = File.ReadAllText(example.SourcePath);
        var header = ExampleHeader.Parse(source);
        var entry = new JsonObject { ["file"] = site.Relative(example.SourcePath), ["run"] = RunCommand(example) };
        var declared = region is null ? [] : DeclaredIn(source, region, example.Language);
        // A declared warning marks a mistake, unless the header says the region is the fix (one that still raises a
        // warning it has answered, such as an event handler that must be async void).
        if (region is not null && (header.Fixes.Contains(region) || declared.Count > 0 || header.Mistakes.Contains(region)))
        {
            entry["kind"] = header.Fixes.Contains(region) ? "fix" : "mistake";
            if (declared.Count > 0)
            {
                entry["diagnostics"] = new JsonArray([.. declared.Select(id => (JsonNode?)id)]);
            }
        }

        return entry;
    }

    private static JsonObject OutputEntry(DocSite site, Example example, string output) => new()
    {
        ["file"] = site.Relative(example.SourcePath),
        ["kind"] = "output",
        ["verified"] = VerifiedOn(example, output),
    };

    // A diagram (docs/diagrams): captioned with its accTitle, the line that names it for screen readers too.
    private static JsonObject DiagramEntry(DocSite site, string file) => new()
    {
        ["file"] = site.Relative(file),
        ["kind"] = "diagram",
        ["title"] = File.ReadLines(file).Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("accTitle:", StringComparison.Ordinal))?["accTitle:".Length..].Trim() ?? "",
    };

    // A file of a snippets project (the testing page's tests): its file, and how the repository runs it.
    // Its results (TestResults): what the run proved, captioned with the test file they belong to.
    // A region that declares the warnings it raises (xUnit1031 in a blocking test) is a mistake, as in an example.
    private static JsonObject ProjectFileEntry(DocSite site, string file, string? region)
    {
        var run = "dotnet test --project " + site.Relative(Path.GetDirectoryName(file)!);
        if (file.EndsWith(".results.txt", StringComparison.Ordinal))
        {
            return new() { ["file"] = site.Relative(Path.ChangeExtension(file[..^".results.txt".Length], ".cs")), ["kind"] = "results", ["run"] = run };
        }

        var entry = new JsonObject { ["file"] = site.Relative(file), ["run"] = run };
        var declared = region is null || !file.EndsWith(".cs", StringComparison.Ordinal) ? [] : DeclaredIn(File.ReadAllText(file), region, ExampleLanguage.CSharp);
        if (declared.Count > 0)
        {
            entry["kind"] = "mistake";
            entry["diagnostics"] = new JsonArray([.. declared.Select(id => (JsonNode?)id)]);
        }

        return entry;
    }

    private static string RunCommand(Example example) =>
        example.IsCSharp ? $"dotnet run {Path.GetFileName(example.SourcePath)}" : $"python3 {Path.GetFileName(example.SourcePath)}";

    /// <summary>"Output verified on .NET 8, 9, 10 and 11", from the runs the tests make of that output.</summary>
    public static string VerifiedOn(Example example, string output)
    {
        if (!example.IsCSharp)
        {
            return $"Python 3.{PythonRunner.MinimumMinor} or later";
        }

        var header = ExampleHeader.Parse(File.ReadAllText(example.SourcePath));
        var runtimes = RunTarget.Runtimes.Where(t => t.Takes(example, header)).Select(t => (Runtime: t.Runtime, Output: ExpectedOutput.ForRuntime(example, t.Key)))
            .Append((Runtime: TargetFrameworks.Current, Output: example.ExpectedOutputPath))
            .Where(r => r.Output == output)
            .Select(r => r.Runtime)
            .Order()
            .ToList();
        return ".NET " + (runtimes.Count == 1 ? $"{runtimes[0]}" : string.Join(", ", runtimes[..^1]) + " and " + runtimes[^1]);
    }

    private static List<string> DeclaredIn(string source, string region, ExampleLanguage language)
    {
        var lines = source.ReplaceLineEndings("\n").Split('\n');
        if (!RegionReader.Read(lines, language).Regions.TryGetValue(region, out var r))
        {
            return [];
        }

        return [.. DiagnosticExpectations.Parse(source).Where(d => d.Line >= r.FirstLine && d.Line <= r.LastLine).Select(d => d.Id).Distinct()];
    }
}
