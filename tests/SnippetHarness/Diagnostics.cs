using System.Diagnostics;
using Microsoft.CodeAnalysis;

namespace SnippetHarness;

/// <summary>Formats compiler diagnostics and exceptions as <c>file:line: message</c>.</summary>
public static class Diagnostics
{
    public static string Format(Diagnostic d)
    {
        var span = d.Location.GetMappedLineSpan();
        var where = span.IsValid ? $"{span.Path}:{span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}" : "(no location)";
        return $"{where}: {d.Severity.ToString().ToLowerInvariant()} {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    /// <summary>The example's file and the line of the deepest frame inside it, from the embedded PDB.</summary>
    public static string Locate(Exception ex, Example example)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            var frame = new StackTrace(e, fNeedFileInfo: true).GetFrames()
                .FirstOrDefault(f => f.GetFileName() is { } file && file.Replace('\\', '/').EndsWith(example.RelativePath, StringComparison.Ordinal));
            if (frame is not null)
            {
                return $"{example.RelativePath}:{frame.GetFileLineNumber()}";
            }
        }

        return $"{example.RelativePath}:1";
    }
}
