using System.Text;

namespace SnippetHarness;

/// <summary>
/// Captures what one example writes to the console while many examples run at once in this process.
/// <see cref="Install"/> replaces <see cref="Console.Out"/> and <see cref="Console.Error"/> once with writers
/// that look up the current example through an <see cref="AsyncLocal{T}"/>. The value flows with the
/// execution context into every task, continuation, timer and thread the example starts, so each example's
/// output lands in its own buffer, whatever thread writes it.
/// </summary>
public sealed class OutputCapture
{
    private static readonly AsyncLocal<OutputCapture?> Current = new();
    private static readonly Lock InstallLock = new();
    private static bool _installed;

    private readonly string _label;
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _error = new();
    private readonly Lock _gate = new();
    private bool _sealed;
    private string? _lateWrite;

    /// <param name="label">Names the example in a crash report, e.g. its file path.</param>
    public OutputCapture(string label) => _label = label;

    public string StandardOutput { get { lock (_gate) { return _out.ToString(); } } }

    public string StandardError { get { lock (_gate) { return _error.ToString(); } } }

    /// <summary>The first text written after <see cref="Seal"/>: output the real program might never print.</summary>
    public string? LateWrite { get { lock (_gate) { return _lateWrite; } } }

    /// <summary>Routes the console of the calling flow (and everything it starts) to this capture.</summary>
    public void Attach()
    {
        Install();
        Current.Value = this;
    }

    /// <summary>Marks the end of the example's Main: later writes are recorded as late, not as output.</summary>
    public void Seal()
    {
        lock (_gate) { _sealed = true; }
    }

    private void Append(bool error, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        lock (_gate)
        {
            if (_sealed)
            {
                _lateWrite ??= text;
                return;
            }

            (error ? _error : _out).Append(text);
        }
    }

    private static void Install()
    {
        lock (InstallLock)
        {
            if (_installed)
            {
                return;
            }

            Console.SetOut(new RoutingWriter(Console.Out, error: false));
            Console.SetError(new RoutingWriter(Console.Error, error: true));
            AppDomain.CurrentDomain.UnhandledException += ReportCrash;
            _installed = true;
        }
    }

    // An exception nobody observes on a background thread (an async void method, say) ends the process; the
    // crashing thread still carries the example's execution context, so the report can at least name the file.
    private static void ReportCrash(object? sender, UnhandledExceptionEventArgs e)
    {
        var who = Current.Value?._label ?? "code outside any example";
        Current.Value = null;
        Console.Error.WriteLine($"error: {who} crashed the process with an unhandled exception: {e.ExceptionObject}");
    }

    /// <summary>
    /// Sends each write to the current example, or to the original writer outside any example.
    /// Console.SetOut wraps this in a synchronized writer, so each call (a whole WriteLine) is atomic.
    /// </summary>
    private sealed class RoutingWriter(TextWriter original, bool error) : TextWriter
    {
        public override Encoding Encoding => original.Encoding;

        public override void Write(char value) => Route(value.ToString());

        public override void Write(string? value) => Route(value);

        public override void Write(char[] buffer, int index, int count) => Route(new string(buffer, index, count));

        public override void Write(ReadOnlySpan<char> buffer) => Route(buffer.ToString());

        public override void WriteLine() => Route(NewLine);

        public override void WriteLine(string? value) => Route(value + NewLine);

        public override void WriteLine(ReadOnlySpan<char> buffer) => Route(string.Concat(buffer, NewLine));

        public override void Flush() => original.Flush();

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
