using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

// Runs compiled examples on the runtime this host was built for, for the tests (tests/SnippetHarness/HostRunner.cs).
//
//   SnippetHost run <assembly> <type>          one example as a console program runs it: its output, its exit code
//   SnippetHost batch <jobs.json> <results>    many examples, each with its output captured; one JSON line each
//
// jobs.json: { "limitMs": 10000, "parallel": 8, "saturate": false, "examples": [ { "id", "assembly", "type", "limitMs" } ] }
// With "saturate", examples run one at a time and every thread-pool thread is kept blocked while each runs, so its
// continuations wait for the pool to inject threads: a schedule that breaks timing assumptions.
return args switch
{
    ["run", var assembly, var type] => await Host.RunAsync(assembly, type),
    ["batch", var jobs, var results] => await Host.BatchAsync(jobs, results),
    _ => Host.Usage(),
};

internal static class Host
{
    public static int Usage()
    {
        Console.Error.WriteLine("usage: SnippetHost run <assembly> <type> | SnippetHost batch <jobs.json> <results.jsonl>");
        return 2;
    }

    public static async Task<int> RunAsync(string assembly, string type) =>
        await InvokeAsync(MainOf(Assembly.LoadFrom(assembly), type));

    public static async Task<int> BatchAsync(string jobsPath, string resultsPath)
    {
        var jobs = JsonNode.Parse(await File.ReadAllTextAsync(jobsPath))!;
        var limit = TimeSpan.FromMilliseconds((int)jobs["limitMs"]!);
        var saturate = (bool?)jobs["saturate"] ?? false;
        var parallel = saturate ? 1 : (int?)jobs["parallel"] ?? 8;
        var examples = jobs["examples"]!.AsArray()
            .Select(e => (Id: (string)e!["id"]!, Assembly: (string)e["assembly"]!, Type: (string)e["type"]!,
                Limit: e["limitMs"] is { } ms ? TimeSpan.FromMilliseconds((int)ms) : limit))
            .ToList();

        // Results are written as they come, so what finished survives an example that ends the process.
        using var results = new StreamWriter(resultsPath, append: true, new UTF8Encoding(false)) { AutoFlush = true };
        var gate = new object();
        void Write(JsonObject line)
        {
            lock (gate)
            {
                results.WriteLine(line.ToJsonString());
            }
        }

        Capture.Install(id => Write(new JsonObject { ["crashed"] = id }));
        using var slots = new SemaphoreSlim(parallel);
        await Task.WhenAll(examples.Select(async example =>
        {
            await slots.WaitAsync();
            try
            {
                // Each run in a load context of its own: runs of the same example share no static state.
                var context = new System.Runtime.Loader.AssemblyLoadContext(example.Id, isCollectible: true);
                var outcome = await RunCapturedAsync(example.Id, () => MainOf(context.LoadFromAssemblyPath(example.Assembly), example.Type), example.Limit, saturate);
                context.Unload();
                outcome["id"] = example.Id;
                Write(outcome);
            }
            finally
            {
                slots.Release();
            }
        }));
        return 0;
    }

    private static async Task<JsonObject> RunCapturedAsync(string id, Func<MethodInfo> main, TimeSpan limit, bool saturate)
    {
        var capture = new Capture(id);
        using var blockers = saturate ? Saturation.Start() : null;
        var running = StartOnMainThreadAsync(main, capture);
        var result = new JsonObject();
        try
        {
            var finished = await Task.WhenAny(running, Task.Delay(limit));
            if (finished != running)
            {
                result["timedOut"] = true;
            }
            else
            {
                result["exitCode"] = await running;
            }
        }
        catch (Exception ex)
        {
            result["exception"] = ex.ToString();
        }

        capture.Seal();
        blockers?.Dispose();
        await Task.Delay(200); // work Main left running shows itself as a late write
        result["out"] = capture.Out;
        result["err"] = capture.Error;
        result["lateWrite"] = capture.LateWrite;
        return result;
    }

    // Main runs on a thread of its own, as the runtime runs a console program's (not a pool thread).
    private static Task<int> StartOnMainThreadAsync(Func<MethodInfo> main, Capture capture)
    {
        var started = new TaskCompletionSource<Task<int>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            capture.Attach();
            try
            {
                started.SetResult(InvokeAsync(main()));
            }
            catch (Exception ex)
            {
                started.SetResult(Task.FromException<int>(ex));
            }
        })
        { IsBackground = true, Name = "Main" };
        thread.Start();
        return started.Task.Unwrap();
    }

    private static MethodInfo MainOf(Assembly assembly, string type) =>
        assembly.GetType(type, throwOnError: true)!.GetMethod("Main", BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)!;

    // Every Main shape C# allows: void/int/Task/Task<int>, with or without string[] args.
    private static async Task<int> InvokeAsync(MethodInfo main)
    {
        object?[] args = main.GetParameters().Length == 1 ? [Array.Empty<string>()] : [];
        switch (main.Invoke(null, BindingFlags.DoNotWrapExceptions, binder: null, args, culture: null))
        {
            case Task<int> withCode:
                return await withCode;
            case Task task:
                await task;
                return 0;
            case int code:
                return code;
            default:
                return 0;
        }
    }
}

/// <summary>Keeps every thread-pool thread busy while one example runs, so that its continuations wait for new threads.</summary>
internal sealed class Saturation : IDisposable
{
    private readonly ManualResetEventSlim _release = new();

    private Saturation() { }

    public static Saturation Start()
    {
        var saturation = new Saturation();
        var count = Math.Max(ThreadPool.ThreadCount, Environment.ProcessorCount) + 1;
        var blocked = new CountdownEvent(count - 1);
        var started = 0;
        for (var i = 0; i < count; i++)
        {
            ThreadPool.UnsafeQueueUserWorkItem(_ =>
            {
                if (Interlocked.Increment(ref started) < count)
                {
                    blocked.Signal();
                }

                saturation._release.Wait();
            }, null);
        }

        // Every existing thread is now blocked (the last item waits in the queue for an injected one).
        blocked.Wait();
        return saturation;
    }

    public void Dispose() => _release.Set();
}

/// <summary>
/// What one example writes to the console while several run at once: Console.Out and Console.Error are replaced
/// once by writers that look up the current example through an AsyncLocal, which flows into everything it starts.
/// </summary>
internal sealed class Capture(string id)
{
    private static readonly AsyncLocal<Capture?> Current = new();
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _error = new();
    private bool _sealed;

    public string Out { get { lock (_out) { return _out.ToString(); } } }

    public string Error { get { lock (_out) { return _error.ToString(); } } }

    public string? LateWrite { get; private set; }

    public static void Install(Action<string> crashed)
    {
        Console.SetOut(new Router(Console.Out, error: false));
        Console.SetError(new Router(Console.Error, error: true));
        AppDomain.CurrentDomain.UnhandledException += (_, _) => crashed(Current.Value?.Id ?? "");
    }

    public string Id => id;

    public void Attach() => Current.Value = this;

    public void Seal()
    {
        lock (_out) { _sealed = true; }
    }

    private void Append(bool error, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        lock (_out)
        {
            if (_sealed)
            {
                LateWrite ??= text;
            }
            else
            {
                (error ? _error : _out).Append(text);
            }
        }
    }

    private sealed class Router(TextWriter original, bool error) : TextWriter
    {
        public override Encoding Encoding => original.Encoding;

        public override void Write(char value) => Route(value.ToString());

        public override void Write(string? value) => Route(value);

        public override void Write(char[] buffer, int index, int count) => Route(new string(buffer, index, count));

        public override void WriteLine() => Route(NewLine);

        public override void WriteLine(string? value) => Route(value + NewLine);

        private void Route(string? text)
        {
            if (Current.Value is { } capture)
            {
                capture.Append(error, text);
            }
            else
            {
                original.Write(text);
            }
        }
    }
}
