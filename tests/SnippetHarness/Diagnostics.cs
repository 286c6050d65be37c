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

    /// <summary>"InvalidOperationException: the message", also for an exception a host process reported as text.</summary>
    public static string Describe(Exception ex)
    {
        if (ex is not HostedException)
        {
            return $"{ex.GetType().Name}: {ex.Message}";
        }

        // "System.IO.IOException: disk full" -> "IOException: disk full"
        var colon = ex.Message.IndexOf(": ", StringComparison.Ordinal);
        var type = colon < 0 ? ex.Message : ex.Message[..colon];
        return type[(type.LastIndexOf('.') + 1)..] + (colon < 0 ? "" : ex.Message[colon..]);
    }

    /// <summary>The example's file and the line of the deepest frame inside it, from the embedded PDB.</summary>
    public static string Locate(Exception ex, Example example)
    {
        if (ex is HostedException)
        {
            // "   at Ns.Type.Method() in /path/snippets/page/Example.cs:line 12"
            var line = System.Text.RegularExpressions.Regex.Matches(ex.ToString(), @" in (?<file>[^\r\n]+):line (?<line>\d+)")
                .FirstOrDefault(m => m.Groups["file"].Value.Replace('\\', '/').EndsWith(example.RelativePath, StringComparison.Ordinal));
            return $"{example.RelativePath}:{line?.Groups["line"].Value ?? "1"}";
        }

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
