using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace SnippetHarness;

/// <summary>A diagnostic an example declares on the line that must produce it.</summary>
public sealed record ExpectedDiagnostic(int Line, string Id);

/// <summary>
/// Every example is compiled with the analyzer rules of <see cref="AnalyzerRules"/>, and the warnings reported must
/// be exactly the ones it declares, line by line: a missing one, or an extra one, fails. An example that shows a
/// mistake declares what the compiler or an analyzer reports about it at the end of the offending line:
/// <c>SaveAsync(order); // warning CS4014: not awaited</c>. A declared rule that is off or only a suggestion by
/// default (CA2012, for one, in some analysis levels) is raised to a warning for that example, as a project would do
/// in its .editorconfig.
/// </summary>
public static partial class DiagnosticExpectations
{
    public static IReadOnlyList<ExpectedDiagnostic> Parse(string source)
    {
        var lines = source.ReplaceLineEndings("\n").Split('\n');
        return [.. lines.SelectMany((text, i) => Marker().Matches(text)
            .SelectMany(m => m.Groups["ids"].Value.Split(',', StringSplitOptions.TrimEntries))
            .Select(id => new ExpectedDiagnostic(i + 1, id)))];
    }

    /// <returns>A failure message listing what was declared but not reported, and reported but not declared; or null.</returns>
    public static async Task<string?> CheckAsync(Compilation compilation, IReadOnlyList<ExpectedDiagnostic> expected, string relativePath)
    {
        var declared = expected.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        return Compare(await AnalyzerRules.ReportedAsync(compilation, declared).ConfigureAwait(false), expected, relativePath);
    }

    /// <summary>Compares what was reported in one example's file with what it declares.</summary>
    public static string? Compare(IReadOnlyList<Diagnostic> reported, IReadOnlyList<ExpectedDiagnostic> expected, string relativePath)
    {
        var actual = reported.Select(d => new ExpectedDiagnostic(d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Id)).ToHashSet();
        var missing = expected.Where(e => !actual.Contains(e)).ToList();
        var unexpected = reported.Where(d => !expected.Contains(new ExpectedDiagnostic(d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Id))).ToList();
        if (missing.Count == 0 && unexpected.Count == 0)
        {
            return null;
        }

        return string.Join('\n',
            missing.Select(m => $"{relativePath}:{m.Line}: declares 'warning {m.Id}' but the compiler and analyzers report no {m.Id} on this line")
                .Concat(unexpected.Select(d => $"{Diagnostics.Format(d)} (not declared: add '// warning {d.Id}' to the line, or fix the code)")));
    }

    [GeneratedRegex(@"//\s*warning\s+(?<ids>[A-Za-z]+\d+(?:\s*,\s*[A-Za-z]+\d+)*)\b")]
    private static partial Regex Marker();
}
