using System.Reflection;
using System.Runtime.Loader;

namespace SnippetHarness;

/// <summary>Runs a compiled example's Main in a collectible load context and captures its output.</summary>
public static class ExampleRunner
{
    /// <summary>Loads a single example's own assembly into a collectible context, runs it, and unloads it.</summary>
    public static async Task<RunOutcome> RunAsync(CompiledExample compiled, TimeSpan limit)
    {
        var context = new AssemblyLoadContext(compiled.Example.Id, isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(compiled.Image!));
            var main = assembly.GetType(compiled.EntryPoint!.TypeName, throwOnError: true)!
                .GetMethod(compiled.EntryPoint.MethodName, BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)!;
            return await RunAsync(compiled.Example, main, limit).ConfigureAwait(false);
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Runs an example's Main (from its own assembly or the merged one) and captures its output.</summary>
    public static async Task<RunOutcome> RunAsync(Example example, MethodInfo main, TimeSpan limit)
    {
        var capture = new OutputCapture(example.RelativePath);
        var running = StartOnMainThreadAsync(main, capture);
        try
        {
            var exitCode = await running.WaitAsync(limit).ConfigureAwait(false);
            return Outcome(capture, exitCode, null, timedOut: false);
        }
        catch (TimeoutException)
        {
            return Outcome(capture, null, null, timedOut: true);
        }
        catch (Exception ex)
        {
            return Outcome(capture, null, ex, timedOut: false);
        }
    }

    private static RunOutcome Outcome(OutputCapture capture, int? exitCode, Exception? exception, bool timedOut)
    {
        capture.Seal();
        return new RunOutcome(capture.StandardOutput, capture.StandardError, exitCode, exception, timedOut, capture);
    }

    /// <summary>
    /// Calls Main on a thread of its own, as the runtime calls a console program's Main on its main thread:
    /// not a thread-pool thread, and an example that blocks before its first await blocks only that thread.
    /// The thread ends when Main returns its task (or finishes, for a synchronous Main). It is a background
    /// thread only so that an example that never returns cannot keep the test process alive.
    /// </summary>
    private static Task<int> StartOnMainThreadAsync(MethodInfo main, OutputCapture capture)
    {
        var started = new TaskCompletionSource<Task<int>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            capture.Attach();
            started.SetResult(InvokeAsync(main));
        })
        {
            Name = "Main",
            IsBackground = true,
        };
        thread.Start();
        return started.Task.Unwrap();
    }

    // Supports every Main shape C# allows: void/int/Task/Task<int>, with or without string[] args.
    private static async Task<int> InvokeAsync(MethodInfo main)
    {
        object?[] args = main.GetParameters().Length == 1 ? [Array.Empty<string>()] : [];
        var result = main.Invoke(null, BindingFlags.DoNotWrapExceptions, binder: null, args, culture: null);
        switch (result)
        {
            case Task<int> withCode:
                return await withCode.ConfigureAwait(false);
            case Task task:
                await task.ConfigureAwait(false);
                return 0;
            case int code:
                return code;
            default:
                return 0;
        }
    }
}
