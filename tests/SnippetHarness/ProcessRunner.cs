using System.Diagnostics;
using System.Text.Json;

namespace SnippetHarness;

/// <summary>
/// Runs a compiled example in a child process of its own: for examples that crash their process on purpose
/// (an exception escaping an async void method) or that need the thread pool to themselves.
/// </summary>
public static class ProcessRunner
{
    public static async Task<RunOutcome> RunAsync(CompiledExample compiled, TimeSpan limit)
    {
        var dir = Directory.CreateTempSubdirectory("snippet-").FullName;
        try
        {
            var dll = Path.Combine(dir, "Snippet.dll");
            await File.WriteAllBytesAsync(dll, compiled.Image!).ConfigureAwait(false);
            await File.WriteAllTextAsync(Path.Combine(dir, "Snippet.runtimeconfig.json"), RuntimeConfig).ConfigureAwait(false);

            var start = new ProcessStartInfo(DotNetHost, ["exec", dll]) { WorkingDirectory = dir };
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_DbgEnableMiniDump"] = "0";
            return await ChildProcess.RunAsync(start, limit).ConfigureAwait(false);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    // The muxer that started this process when there is one (dotnet test sets DOTNET_HOST_PATH), else dotnet on PATH.
    private static string DotNetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    // Both shared frameworks, so that a web example (ASP.NET Core) runs as well as a console one.
    private static readonly string RuntimeConfig = JsonSerializer.Serialize(new
    {
        runtimeOptions = new
        {
            tfm = "net10.0",
            frameworks = new[]
            {
                new { name = "Microsoft.NETCore.App", version = Environment.Version.ToString(3) },
                new { name = "Microsoft.AspNetCore.App", version = Environment.Version.ToString(3) },
            },
        },
    });
}
