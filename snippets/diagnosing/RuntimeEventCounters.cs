#:property EventSourceSupport=true
using System;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.Linq;
using System.Threading;

namespace Diagnosing;

public static class RuntimeEventCounters
{
    // <runtime-event-counters>
    public static void Main()
    {
        using var listener = new ThreadPoolCounters();
        bool all = listener.AllSeen.Wait(TimeSpan.FromSeconds(8));
        Console.WriteLine($"System.Runtime's thread-pool EventCounters, all seen: {all}");
        foreach (string name in listener.Names)
        {
            Console.WriteLine($"  {name}");
        }
    }

    private sealed class ThreadPoolCounters : EventListener
    {
        private readonly SortedSet<string> _names = new(StringComparer.Ordinal);

        public ManualResetEventSlim AllSeen { get; } = new();

        public IEnumerable<string> Names
        {
            get { lock (_names) { return _names.ToList(); } }
        }

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "System.Runtime")
            {
                // The runtime then publishes each counter every second, from a thread
                // of its own.
                var arguments = new Dictionary<string, string?>
                {
                    ["EventCounterIntervalSec"] = "1",
                };
                EnableEvents(source, EventLevel.Informational,
                    EventKeywords.None, arguments);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName == "EventCounters"
                && e.Payload?[0] is IDictionary<string, object> counter
                && counter["Name"] is string name
                && name.StartsWith("threadpool-", StringComparison.Ordinal))
            {
                lock (_names)
                {
                    _names.Add(name);
                    if (_names.Count == 3)
                    {
                        AllSeen.Set();
                    }
                }
            }
        }
    }
    // </runtime-event-counters>
}
