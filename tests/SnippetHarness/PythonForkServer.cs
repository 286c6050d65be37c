using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace SnippetHarness;

/// <summary>
/// One Python interpreter that has started and imported asyncio, and forks a process for each example it is asked
/// to run (<c>PythonForkServer.py</c>, beside this file): each run is the one <c>python3 -I -B -X utf8 example.py</c>
/// makes, without the interpreter's start (~0.1 CPU-s a run here, 9 of the 10 CPU-s the Python examples took).
/// Where there is no fork (Windows), <see cref="PythonRunner"/> starts an interpreter per run instead.
/// </summary>
internal sealed class PythonForkServer
{
    private readonly Process _process;
    private readonly string _folder = Directory.CreateTempSubdirectory("python-runs-").FullName;
    private readonly Channel<string> _requests = Channel.CreateUnbounded<string>(new() { SingleReader = true });
    private readonly Lock _gate = new();
    private readonly Dictionary<long, TaskCompletionSource<(int? ExitCode, bool TimedOut)>> _waiting = [];
    private readonly Task<string> _standardError;
    private long _lastId;
    private string? _ended;

    public PythonForkServer(string executable)
    {
        using var script = typeof(PythonForkServer).Assembly.GetManifestResourceStream("PythonForkServer.py")!;
        using var reader = new StreamReader(script);
        var start = new ProcessStartInfo(executable, [.. PythonRunner.Flags, "-c", reader.ReadToEnd()])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _process = Process.Start(start)!;
        _standardError = _process.StandardError.ReadToEndAsync();
        _ = Task.Run(WriteRequestsAsync);
        _ = Task.Run(ReadRepliesAsync);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteFolder();
    }

    public async Task<RunOutcome> RunAsync(Example example, TimeSpan limit)
    {
        var id = Interlocked.Increment(ref _lastId);
        var (stdout, stderr) = (Path.Combine(_folder, $"{id}.out"), Path.Combine(_folder, $"{id}.err"));
        var reply = new TaskCompletionSource<(int? ExitCode, bool TimedOut)>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_ended is not null)
            {
                throw new InvalidOperationException(_ended);
            }

            _waiting[id] = reply;
        }

        var request = new JsonObject
        {
            ["id"] = id,
            ["path"] = example.SourcePath,
            ["stdout"] = stdout,
            ["stderr"] = stderr,
            ["limit"] = limit.TotalSeconds,
        };
        _requests.Writer.TryWrite(request.ToJsonString());

        // The server ends a run at its limit; this only guards against the server itself not answering, and then
        // ends it, runs and all, so that every run still waiting fails at once, saying why.
        var patience = limit + TimeSpan.FromSeconds(30);
        (int? ExitCode, bool TimedOut) answer;
        try
        {
            answer = await reply.Task.WaitAsync(patience).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            End($"the Python fork server did not answer within {patience.TotalSeconds:0} s");
            throw new InvalidOperationException(_ended);
        }

        var (exitCode, timedOut) = answer;
        return new RunOutcome(await ReadAndDeleteAsync(stdout).ConfigureAwait(false), await ReadAndDeleteAsync(stderr).ConfigureAwait(false),
            exitCode, null, timedOut);
    }

    private void DeleteFolder()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // a run killed at its limit may still hold a file; the folder is under the temporary folder
        }
    }

    private static async Task<string> ReadAndDeleteAsync(string path)
    {
        if (!File.Exists(path))
        {
            return "";
        }

        var text = await File.ReadAllTextAsync(path).ConfigureAwait(false);
        File.Delete(path);
        return text;
    }

    // One writer, so that requests never interleave on the server's standard input.
    private async Task WriteRequestsAsync()
    {
        try
        {
            await foreach (var request in _requests.Reader.ReadAllAsync().ConfigureAwait(false))
            {
                await _process.StandardInput.WriteLineAsync(request).ConfigureAwait(false);
                await _process.StandardInput.FlushAsync().ConfigureAwait(false);
            }
        }
        catch (IOException)
        {
            // the server has ended: ReadRepliesAsync fails what it was asked with why
        }
    }

    private async Task ReadRepliesAsync()
    {
        try
        {
            while (await _process.StandardOutput.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                if (JsonNode.Parse(line) is not JsonObject { } reply || reply["id"] is not JsonValue id || reply["timedOut"] is not JsonValue timedOut)
                {
                    throw new FormatException($"not a reply: {line}");
                }

                TaskCompletionSource<(int?, bool)>? waiting;
                lock (_gate)
                {
                    _waiting.Remove(id.GetValue<long>(), out waiting);
                }

                waiting?.TrySetResult((reply["exit"]?.GetValue<int>(), timedOut.GetValue<bool>()));
            }

            await _process.WaitForExitAsync().ConfigureAwait(false);
            End($"the Python fork server ({_process.StartInfo.FileName}) ended with exit code {_process.ExitCode}: {await _standardError.ConfigureAwait(false)}");
        }
        catch (Exception e) when (e is IOException or System.Text.Json.JsonException or InvalidOperationException or FormatException)
        {
            End($"the Python fork server ({_process.StartInfo.FileName}) gave a reply this harness cannot read: {e.Message}");
        }
    }

    // Once it has ended or misbehaved, nothing it was running can be told apart any more: each run fails saying why,
    // and so does every later one, at once.
    private void End(string why)
    {
        List<TaskCompletionSource<(int?, bool)>> orphans;
        lock (_gate)
        {
            _ended ??= why;
            orphans = [.. _waiting.Values];
            _waiting.Clear();
        }

        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // it has already exited
        }

        foreach (var orphan in orphans)
        {
            orphan.TrySetException(new InvalidOperationException(_ended));
        }
    }
}
