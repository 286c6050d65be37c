using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

/// <summary>
/// The entry point of the snippets project: finds every example (a top-level class with a static Main)
/// and runs the one asked for. An example's id comes from its namespace and class name, which the tests
/// require to match its path: CoreConcepts.HotTasks is core-concepts/hot-tasks.
/// </summary>
internal static partial class SnippetRunner
{
    private static async Task<int> Main(string[] args)
    {
        var examples = typeof(SnippetRunner).Assembly.GetTypes()
            .Where(t => !t.IsNested && t != typeof(SnippetRunner) && MainOf(t) is not null)
            .ToDictionary(Id);

        switch (args)
        {
            case ["list"]:
                foreach (var id in examples.Keys.Order(StringComparer.Ordinal))
                {
                    Console.WriteLine(id);
                }

                return 0;
            case [var id] when examples.TryGetValue(id, out var type):
                await RunAsync(type);
                return 0;
            case []:
                // Each in a process of its own, as a reader would run it: some examples crash on purpose.
                foreach (var id in examples.Keys.Order(StringComparer.Ordinal))
                {
                    Console.WriteLine($"== {id} ==");
                    if (await RunInChildProcessAsync(id) is var code and not 0)
                    {
                        Console.WriteLine($"(exit code {code})");
                    }

                    Console.WriteLine();
                }

                return 0;
            default:
                Console.Error.WriteLine($"Unknown example '{string.Join(' ', args)}'. Run with 'list' to see the ids.");
                return 2;
        }
    }

    private static MethodInfo? MainOf(Type type) =>
        type.GetMethod("Main", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic);

    private static async Task RunAsync(Type example)
    {
        var main = MainOf(example)!;
        var result = main.Invoke(null, main.GetParameters().Length == 1 ? [Array.Empty<string>()] : []);
        if (result is Task task)
        {
            await task;
        }
    }

    private static async Task<int> RunInChildProcessAsync(string id)
    {
        // Started as an apphost (dotnet run) or as "dotnet AsyncPatterns.Snippets.dll": start the child the same way.
        var host = Environment.ProcessPath!;
        string[] args = Path.GetFileNameWithoutExtension(host) == "dotnet" ? [typeof(SnippetRunner).Assembly.Location, id] : [id];
        using var child = Process.Start(new ProcessStartInfo(host, args) { UseShellExecute = false })!;
        await child.WaitForExitAsync();
        return child.ExitCode;
    }

    private static string Id(Type type) =>
        string.Join('/', type.Namespace!.Split('.').Append(type.Name).Select(Kebab));

    private static string Kebab(string pascal) => WordBoundary().Replace(pascal, "-").ToLowerInvariant();

    [GeneratedRegex("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")]
    private static partial Regex WordBoundary();
}
