using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace Coordination;

public static class GetOrAddOnce
{
    // <get-or-add-once>
    private sealed record Profile(string User);

    public static async Task Main()
    {
        int loads = 0;
        async Task<Profile> LoadProfileAsync(string user)
        {
            Interlocked.Increment(ref loads);
            await Task.Delay(10); // stands in for a database query
            return new Profile(user);
        }

        // GetOrAdd runs the factory outside its locks, so two callers that miss at once
        // both run it. The barrier makes that happen every time: each factory waits
        // until the other caller is inside its own factory too.
        using Barrier bothInside = new(participantCount: 2);
        bool raced = true;
        T Race<T>(T value)
        {
            raced &= bothInside.SignalAndWait(TimeSpan.FromSeconds(5));
            return value;
        }

        int factoryCalls = 0;
        Task<Profile> NewTask(string user)
        {
            Interlocked.Increment(ref factoryCalls);
            return Race(LoadProfileAsync(user)); // the load starts before the race
        }

        ConcurrentDictionary<string, Task<Profile>> tasks = new();
        Profile[] got = await Task.WhenAll(
            Task.Run(() => tasks.GetOrAdd("ada", NewTask)),
            Task.Run(() => tasks.GetOrAdd("ada", NewTask)));
        Report("Task<Profile> values", factoryCalls, loads, got);

        factoryCalls = 0;
        loads = 0;
        Lazy<Task<Profile>> NewLazy(string user)
        {
            Interlocked.Increment(ref factoryCalls);
            return Race(new Lazy<Task<Profile>>(() => LoadProfileAsync(user)));
        }

        ConcurrentDictionary<string, Lazy<Task<Profile>>> lazies = new();
        got = await Task.WhenAll(
            Task.Run(() => lazies.GetOrAdd("ada", NewLazy).Value),
            Task.Run(() => lazies.GetOrAdd("ada", NewLazy).Value));
        Report("Lazy<Task<Profile>> values", factoryCalls, loads, got);
        Console.WriteLine($"the race was forced both times: {raced}");
    }

    private static void Report(string what, int factoryCalls, int loads, Profile[] got)
    {
        bool same = object.ReferenceEquals(got[0], got[1]);
        Console.WriteLine($"{what}: factory calls: {factoryCalls}, loads: {loads}");
        Console.WriteLine($"  both callers got the same profile: {same}");
    }
    // </get-or-add-once>
}
