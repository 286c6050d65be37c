using System;
using System.Threading;
using System.Threading.Tasks;

namespace Cancellation;

public static class TokenAllTheWayDown
{
    // <token-all-the-way-down>
    public static async Task Main()
    {
        string[] files = ["a.csv", "b.csv", "c.csv"];

        Console.WriteLine("token passed down to the I/O:");
        await RunAsync((network, ct) => ImportAsync(network, files, ct));

        Console.WriteLine("token dropped one level above the I/O:");
        await RunAsync((network, ct) => ImportDroppingTokenAsync(network, files, ct));
    }

    // Cancels while the first download is in flight, then lets transfers finish.
    private static async Task RunAsync(Func<Network, CancellationToken, Task> import)
    {
        var network = new Network();
        using var cts = new CancellationTokenSource();
        Task running = import(network, cts.Token);

        await network.FirstTransferStarted;
        await cts.CancelAsync();
        network.CompleteTransfers(); // what still waits for the network gets its data
        try
        {
            await running;
        }
        catch (OperationCanceledException ex)
        {
            Console.WriteLine($"  caller caught {ex.GetType().Name}");
        }
    }

    private static async Task ImportAsync(
        Network network, string[] files, CancellationToken cancellationToken)
    {
        foreach (string file in files)
        {
            await DownloadAsync(network, file, cancellationToken);
        }
    }

    private static async Task DownloadAsync(
        Network network, string file, CancellationToken cancellationToken)
    {
        // The innermost await gets the token: cancellation ends the transfer at once.
        await network.TransferAsync(cancellationToken);
        Console.WriteLine($"  {file} downloaded");
    }

    private static async Task ImportDroppingTokenAsync(
        Network network, string[] files, CancellationToken cancellationToken)
    {
        foreach (string file in files)
        {
            // The only place that looks at the token.
            cancellationToken.ThrowIfCancellationRequested();
            await DownloadIgnoringTokenAsync(network, file);
            bool requested = cancellationToken.IsCancellationRequested;
            Console.WriteLine($"  {file} downloaded (cancel requested: {requested})");
        }
    }

    // Takes no token, so it runs to the end whatever the caller wants.
    private static async Task DownloadIgnoringTokenAsync(Network network, string file)
    {
        _ = file;
        await network.TransferAsync();
    }

    // Stands in for the network: a transfer lasts until CompleteTransfers is called.
    private sealed class Network
    {
        private readonly TaskCompletionSource _started = NewSignal();
        private readonly TaskCompletionSource _completed = NewSignal();

        public Task FirstTransferStarted => _started.Task;

        public void CompleteTransfers() => _completed.TrySetResult();

        public Task TransferAsync()
        {
            _started.TrySetResult();
            return _completed.Task;
        }

        public Task TransferAsync(CancellationToken cancellationToken)
        {
            _started.TrySetResult();
            return _completed.Task.WaitAsync(cancellationToken);
        }

        private static TaskCompletionSource NewSignal() =>
            new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
    // </token-all-the-way-down>
}
