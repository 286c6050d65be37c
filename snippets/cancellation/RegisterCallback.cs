using System;
using System.Threading;
using System.Threading.Tasks;

namespace Cancellation;

public static class RegisterCallback
{
    // <register>
    public static async Task Main()
    {
        var bus = new MessageBus();

        Task<string> next = NextMessageAsync(bus, CancellationToken.None);
        bus.Publish("hello");
        Console.WriteLine($"received: {await next}");

        using var cts = new CancellationTokenSource();
        Task<string> never = NextMessageAsync(bus, cts.Token);
        await cts.CancelAsync();
        try
        {
            await never;
        }
        catch (OperationCanceledException ex)
        {
            Console.WriteLine($"cancelled: {ex.GetType().Name}");
        }

        Console.WriteLine($"handlers still subscribed: {bus.SubscriberCount}");
    }

    // Turns one event of an API that knows nothing about tokens into a cancellable Task.
    private static async Task<string> NextMessageAsync(
        MessageBus bus,
        CancellationToken cancellationToken)
    {
        var received = new TaskCompletionSource<string>(
            TaskCreationOptions.RunContinuationsAsynchronously);
        void OnMessage(object? sender, string message) => received.TrySetResult(message);

        bus.MessageReceived += OnMessage;
        try
        {
            // Disposing the registration unhooks the callback
            // once the message has arrived.
            using CancellationTokenRegistration registration = cancellationToken.Register(
                () => received.TrySetCanceled(cancellationToken));
            return await received.Task;
        }
        finally
        {
            bus.MessageReceived -= OnMessage;
        }
    }

    public sealed class MessageBus
    {
        public event EventHandler<string>? MessageReceived;

        public int SubscriberCount => MessageReceived?.GetInvocationList().Length ?? 0;

        public void Publish(string message) => MessageReceived?.Invoke(this, message);
    }
    // </register>
}
