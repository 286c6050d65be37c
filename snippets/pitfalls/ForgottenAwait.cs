using System;
using System.IO;
using System.Threading.Tasks;

namespace Pitfalls;

public static class ForgottenAwait
{
    // <forgotten-await>
    public static async Task Main()
    {
        var disk = new SlowDisk();
        Task placing = PlaceOrderAsync(disk, orderId: 42);
        Console.WriteLine($"write pending: {disk.WritePending}, "
            + $"PlaceOrderAsync completed: {placing.IsCompleted}");

        disk.FailPendingWrite(new IOException("disk full"));
        try
        {
            await placing;
            Console.WriteLine("the caller saw success");
        }
        catch (IOException ex)
        {
            Console.WriteLine($"the caller saw the failure: {ex.Message}");
        }
    }

    private static async Task PlaceOrderAsync(SlowDisk disk, int orderId)
    {
        disk.WriteAsync($"order {orderId}"); // warning CS4014: the call is not awaited
        await SendConfirmationAsync(orderId);
    }

    // Stands in for e-mailing the customer.
    private static Task SendConfirmationAsync(int orderId)
    {
        Console.WriteLine($"confirmation sent for order {orderId}");
        return Task.CompletedTask;
    }

    /// <summary>
    /// A disk whose write ends only when Main says so, so that the output does not depend
    /// on timing.
    /// </summary>
    private sealed class SlowDisk
    {
        private TaskCompletionSource? _pending;

        public bool WritePending => _pending is { Task.IsCompleted: false };

        public Task WriteAsync(string record)
        {
            var write = new TaskCompletionSource();
            _pending = write;
            return write.Task;
        }

        public void FailPendingWrite(Exception error) => _pending?.SetException(error);
    }
    // </forgotten-await>
}
