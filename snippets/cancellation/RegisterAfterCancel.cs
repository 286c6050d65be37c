using System;
using System.Threading;

namespace Cancellation;

public static class RegisterAfterCancel
{
    // <register-after-cancel>
    public static void Main()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        int registeringThread = Environment.CurrentManagedThreadId;
        bool ran = false, sameThread = false;
        using CancellationTokenRegistration registration = cts.Token.Register(() =>
        {
            ran = true;
            sameThread = Environment.CurrentManagedThreadId == registeringThread;
        });

        Console.WriteLine($"callback ran before Register returned: {ran}");
        Console.WriteLine($"on the thread that called Register: {sameThread}");
    }
    // </register-after-cancel>
}
